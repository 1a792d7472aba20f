/**
 * Shared word lists for the rules (safety, risk flags). They run on normalised text
 * (normalizeText: NFKC, lower case), so full-width punctuation is already folded.
 */

/** Says the danger is happening now. */
export const PRESENT = /正在|现在|还在|仍在|又在|此刻|马上|快来|赶紧|救命|快点|快救|速来|立刻|立即|这会儿|目前|一直|到现在|至今|而家|依家|宜家|仲喺度|眼下/u;

/** Places the event in the past (a missing child stays missing, so that rule ignores these); PRESENT wins over it. */
export const PAST_TIME =
  /上个?月|上周|上星期|上礼拜|去年|前年|以前|之前|曾经|那次|上次|前些?天|前几天|几天前|几个月前|好几年|那年|小时候|年前|昨天|昨晚|前天|前晚|那天|当时|上回|前阵子|前段时间/u;

/** The person is out of the danger now (taxonomy §3: a threat reported afterwards from safety is urgent). */
export const SAFE_NOW =
  /(?:现在|目前|暂时)(?:住在|躲在|待在|在)(?:朋友|亲戚|娘家|同学|同事|外面|别处|宾馆|旅馆|单位)|已经(?:搬走|搬出|离开|躲开|逃出来)|躲到了?(?:朋友|亲戚|娘家)|(?:现在|目前)(?:安全|没事)了?/u;

/** A repeated pattern rather than one event now. */
export const HABITUAL = /经常|总是|老是|常常|动不动|每次|隔三差五|三天两头|多次|好几次|几次|时常|常年|好多年|几十年|半辈子|天天|喝了?酒就|喝醉了?就|下雨就|好几起|几起了|这两天|这几天|这段时间|有时候|时不时|偶尔/u;

/** Said before a danger word: a worry or a rule, not an event. */
export const HYPOTHETICAL =
  /万一|容易|会不会|可能会|迟早|哪天|差点|差一点|险些|隐患|防止|预防|以免|以防|要是|如果|假如|一旦|小心|避免|生怕|恐怕|早晚|随时|不然|否则|难免|演练|演习|宣传|培训|知识|禁止|严禁|不准|注意|防范|应急|怎么预防/u;

/** A worry: for most hazards it means "not yet", for a threat it is how a victim talks. */
export const WORRY = /怕|担心|担忧|生怕|恐怕/u;

/** Ends right before a danger word to deny it or make it a possibility (「会爆炸」). */
export const NEGATED_BEFORE = /(?:没|没有|未|不是|并没有|并未|不会|别|无|会)(?:直接|真的|再|有)?$/u;

/** The danger is over, whatever it was. */
export const RESOLVED = /没事了|现在没事|已经没事|平息了|已经处理|处理好了|已经解决|解决了|已经好了/u;

/** Within the family or between partners (violence there is domestic violence). */
export const FAMILY =
  /老公|丈夫|老婆|妻子|媳妇|男朋友|女朋友|男友|女友|前夫|前妻|对象|我爸|我妈|父亲|母亲|继父|继母|儿子|女儿|公公|婆婆|岳父|岳母|家暴|家里人|亲戚|女婿|儿媳/u;
