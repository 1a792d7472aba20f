/**
 * Shared word lists for the rules (safety, risk flags). They run on normalised text
 * (normalizeText: NFKC, lower case), so full-width punctuation is already folded.
 */

/** Says the danger is happening now. */
export const PRESENT = /正在|现在|还在|仍在|又在|此刻|马上|快来|赶紧|救命|快点|快救|速来|立刻|立即|这会儿|目前|一直|到现在|至今|而家|依家|宜家|仲喺度|眼下/u;

/** Places the event in the past (a missing child stays missing, so that rule ignores these); PRESENT wins over it. */
export const PAST_TIME =
  /上个?月|上周|上星期|上礼拜|去年|前年|以前|之前|曾经|那次|上次|前些?天|前几天|几天前|几个月前|好几年|那年|小时候|年前|昨天|昨晚|前天|前晚|那天|当时|上回|前阵子|前段时间|自从|那时候?|那会儿|当年|多年前|早些年/u;

/** The person is out of the danger now (taxonomy §3: a threat reported afterwards from safety is urgent). */
export const SAFE_NOW =
  /(?:现在|目前|暂时)(?:住在|躲在|待在|在)(?:朋友|亲戚|娘家|同学|同事|外面|别处|宾馆|旅馆|单位)|已经(?:搬走|搬出|离开|躲开|逃出来)|躲到了?(?:朋友|亲戚|娘家)|(?:现在|目前)(?:安全|没事)了?|(?:躲|住|藏|逃)(?:在|到|进|去)了?我?(?:朋友|亲戚|娘家|婆家|妹妹|姐姐|哥哥|弟弟|邻居|同事|同学|闺蜜|妈妈|我妈|我爸|爸妈|父母|老乡|别人|表姐|表妹|姑姑|姨妈|舅舅)(?:家|那里|那儿|那边)|(?:躲|住|逃)(?:在|到|进|去)了?(?:派出所|妇联|庇护所|救助站|宾馆|酒店|旅馆)|(?:很|比较|暂时|已经)安全了?|(?:都|已经|全都)(?:已经)?(?:送到|送进|住进|在)了?[^,。!?]{0,4}(?:医院|卫生院)(?:了|挂水|输液|打点滴|观察|治疗)/u;

/**
 * Points back at a report already made (「刚才反映的」「上次报过的那家」「之前说的」): a danger word told
 * inside such a reference names the earlier incident, it does not say it is happening again.
 */
export const REPORT_REFERENCE =
  /(?:刚才|刚刚|之前|上午|早上|下午|中午|昨天|昨晚|上次|前面|先前|早先|前天|那天|我|我们)[^,。!?]{0,3}(?:报|说|讲|反映|提|举报|报告|报警说|打电话说|发)(?:过|了)?的|补充(?:一下|一点|说明|几句)?/u;

/** Details that describe a person, vehicle or place already reported (a follow-up, not a new event). */
export const DESCRIPTION =
  /车牌|牌照|穿(?:着|的|一件|一身)|戴(?:着|个|一)|个子|身高|光头|长相|长得|纹身|口音|\d+岁|[二三四五六七八九]十(?:多|来)?岁|开(?:的是|着一辆|一辆)|(?:白|黑|红|灰|银|蓝)色的?(?:车|面包车|轿车|电动车|衣服|外套)|门牌号?|地址是|位置在|在[^,。!?]{0,8}(?:第\S排|号楼|栋|单元)/u;

/** Ends right before a danger word that names the incident a report was about (「早上反映的那起打架」). */
export const REFERENCE_BEFORE = /(?:报|说|讲|反映|提|举报|报告)(?:过|了)?的(?:那|这)?(?:起|个|次|场|家|伙|帮|件|户)?$/u;

/** Just after a danger word: it is back (「煤气味又闻到了」「又着火了」). */
export const RENEWED_AFTER = /^[^,。!?]{0,3}又/u;

/** Opens the clause after a danger word to say it is still going on (「昨晚开始着火，现在还在烧」). */
export const STILL_GOING =
  /^[^,。!?]{0,4}(?:还在|仍在|仍然在|一直在|正在)(?:烧|冒烟|冒火|冒|着|漏|喷|打(?!官司|电话|针|工|听|扫|牌|麻将|球)|砍|追|砸|涨|淹|灌|塌|掉|晃|吐|抽|流血)|^[^,。!?]{0,4}(?:火|烟)(?:还|越来越|很|好)大|^[^,。!?]{0,4}越烧越大|^[^,。!?]{0,4}还没(?:灭|扑灭|救出来)/u;

/** Just after a danger word: the danger is the start of a time told as past (「起火之后」「那次打架以后」). */
export const AFTER_EVENT = /^(?:了|过)?(?:以后|之后|过后|后来|那次|那回|那年|的时候|时)/u;

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
