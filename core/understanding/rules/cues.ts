/**
 * Shared word lists for the rules (safety, risk flags). They run on normalised text
 * (normalizeText: NFKC, lower case), so full-width punctuation is already folded.
 */

/** Says the danger is happening now. */
export const PRESENT = /正在|现在|还在|仍在|又在|此刻|马上|快来|赶紧|救命|快点|快救|速来|立刻|立即|这会儿|这会(?![议员场不没])|目前|一直|到现在|至今|而家|依家|宜家|仲喺度|眼下/u;

/** Places the event in the past (a missing child stays missing, so that rule ignores these); PRESENT wins over it. */
export const PAST_TIME =
  /上个?月|上周|上星期|上礼拜|去年|前年|以前|之前|曾经|那次|上次|前些?天|前几天|几天前|几个月前|好几年|前几年|前些年|几年前|早几年|年轻的时候|年轻时|那年|小时候|年前|昨天|昨晚|前天|前晚|那天|当时|上回|前阵子|前段时间|自从|那时候?|那会儿|当年|多年前|早些年/u;

/**
 * A time word of today said after a past one (「昨晚烧炭盆取暖 早上两个人喊不醒」): what follows it is today's.
 * 「早上」「上午」 count only where a stretch or clause begins, since 「昨天早上」「上周三下午」 are still the past.
 */
export const TODAY_AFTER_PAST = /今天|今早|今晨|今儿|今晚|刚才|刚刚|[\s,。!?;](?:早上|早晨|一早|清早|上午|中午|下午|傍晚)/u;

/** The person is out of the danger now (taxonomy §3: a threat reported afterwards from safety is urgent). */
export const SAFE_NOW =
  /各回各家|各自回(?:了)?(?:家|屋)|(?:两|双)(?:家|边|方|个人)(?:都|已经)回(?:了|到)?(?:家|屋)|(?:现在|目前|暂时)(?:住在|躲在|待在|在)(?:朋友|亲戚|娘家|同学|同事|外面|别处|宾馆|旅馆|单位)(?![^,。!?]{0,3}(?:踹|砸|敲|撞|打|骂|喊|堵|守|等|转|闹|拿|拎|提))|已经(?:搬走|搬出|离开|躲开|逃出来)|躲到了?(?:朋友|亲戚|娘家)|(?:现在|目前)(?:安全|没事)了?|(?:躲|住|藏|逃)(?:在|到|进|去)了?我?(?:朋友|亲戚|娘家|婆家|妹妹|姐姐|哥哥|弟弟|邻居|同事|同学|闺蜜|妈妈|我妈|我爸|爸妈|父母|老乡|别人|表姐|表妹|姑姑|姨妈|舅舅)(?:家|那里|那儿|那边)|(?:躲|住|逃)(?:在|到|进|去)了?(?:派出所|妇联|庇护所|救助站|宾馆|酒店|旅馆)|(?:很|比较|暂时|已经)安全了?|(?:都|已经|全都)(?:已经)?(?:送到|送进|住进|在)了?[^,。!?]{0,4}(?:医院|卫生院)(?:了|挂水|输液|打点滴|观察|治疗)/u;

/**
 * Points back at a report already made (「刚才反映的」「上次报过的那家」「之前说的」): a danger word told
 * inside such a reference names the earlier incident, it does not say it is happening again.
 */
export const REPORT_REFERENCE =
  /(?:刚才|刚刚|之前|上午|早上|下午|中午|昨天|昨晚|上次|前面|先前|早先|前天|那天|我|我们)[^,。!?]{0,3}(?:报|说|讲|反映|提|举报|报告|报警说|打电话说|发)(?:过|了)?的|补充(?:一下|一点|说明|几句)?/u;
/** Every reference to a report in a text, to blank them all (「补充一下我昨天反映的…」 holds two). */
export const REPORT_REFERENCES = new RegExp(REPORT_REFERENCE.source, 'gu');

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
export const HABITUAL = /经常|总是|老是|常常|(?<!一)动不动(?!弹)|每次|隔三差五|三天两头|多次|好几次|几次|时常|常年|好多年|几十年|半辈子|天天|喝了?酒就|喝醉了?就|下雨就|好几起|几起了|这两天|这几天|这段时间|有时候|时不时|偶尔/u;

/** Said before a danger word: a worry or a rule, not an event. */
export const HYPOTHETICAL =
  /万一|容易|会不会|可能会|迟早|哪天|差点|差一点|险些|隐患|防止|预防|以免|以防|要是|如果|假如|一旦|小心|避免|生怕|恐怕|早晚|随时|不然|否则|难免|演练|演习|宣传|培训|知识|禁止|严禁|不准|注意|防范|应急|怎么预防/u;

/**
 * A danger supposed with its consequence (「真着火了跑都跑不出来」「真塌了谁负责」): 「真」 just before the
 * danger word and the outcome just after it; 「真的着火了」 is no supposition.
 */
const REALLY = '(?<!的)真要?';
export const SUPPOSED_BEFORE = new RegExp(`${REALLY}$`, 'u');
export const SUPPOSED_AFTER = /^了?[^,。!?]{0,4}(?:跑|逃|出不去|出不来|来不及|怎么办|咋办|就完了|谁负责|谁管|后果)/u;

/** A fire, blast or collapse only supposed (「万一着火」「真着火了」): a hazard that can hurt someone, not one under way. */
export const SUPPOSED_HAZARD = new RegExp(`(?:(?:万一|要是|如果|假如|一旦)[^,，。!！?？]{0,8}|${REALLY})(?:着火|起火|失火|烧起来|漏气|爆炸|炸了|塌)`, 'u');

/** A worry: for most hazards it means "not yet", for a threat it is how a victim talks. */
export const WORRY = /怕|担心|担忧|生怕|恐怕/u;

/** Ends right before a danger word to deny it or make it a possibility (「会爆炸」「他也没说要打我」; 「这会」 is "now"). */
export const NEGATED_BEFORE =
  /(?:没|没有|未|不是|并没有|并未|不会|别|无|(?<![这那])会|以为)(?:直接|真的|真|是|再|有)?$|(?:没|没有|并没有?|从没|从来没)(?:说|讲|想)(?:过)?(?:要|想)?$/u;

/** The danger is over, whatever it was. */
export const RESOLVED = /没事了|现在没事|已经没事|平息了|已经处理|处理好了|已经解决|解决了|已经好了/u;

/** Within the family or between partners (violence there is domestic violence). */
export const FAMILY =
  /老公|丈夫|我男人|我家男人|孩子他爸|孩子他妈|老婆|妻子|媳妇|男朋友|女朋友|男友|女友|前夫|前妻|对象|我爸|我妈|父亲|母亲|继父|继母|儿子|女儿|公公|婆婆|岳父|岳母|家暴|家里人|亲戚|女婿|儿媳/u;

/**
 * Growing as the writer speaks (「越来越重」「那股味儿更冲了」「比早上还大」): a statement about now, whatever time word
 * the message also holds.
 */
export const GROWING =
  /越来越(?:重|大|浓|冲|呛|近|多|高|厉害|猛|急|凶|响)|越(?:涨|烧|漏|闹|打)越(?:高|大|凶|多|厉害)|(?:更加?|还|越发)(?:重|大|浓|冲|呛|厉害|严重)了|比[^,。!?]{0,6}(?:还|更)(?:重|大|浓|冲|呛|厉害)/u;

/** The danger named before is getting worse now (「煤气味越来越重了」「水还在涨」「他又拿着刀回来了」). */
export const WORSENING = new RegExp(
  `${GROWING.source}|还在(?:涨|漫|烧|漏|冒|往上|往里|砸|追|打(?!官司|电话|工|针|牌|麻将|球))|又(?:回来|来了|拿着|拿起|拿刀|提着|打起来|闻到|冒|涨|烧起来|着了)|(?:回来|折回来)了?[^,。!?]{0,4}(?:拿着|提着|带着)`,
  'u',
);

/** Says the message is a joke or banter (「笑死」「哈哈」「xswl」「开玩笑的」「😂」). */
export const JOKE = /笑死|哈哈|嘻嘻|呵呵呵|xswl|hhh+|233+|开玩笑|开个玩笑|逗你|逗你玩|说着玩|玩笑话|狗头|doge|😂|🤣|😆|😜|🙃|\[捂脸\]|\[笑哭\]|\[狗头\]/u;

/** What a message says that marks it as a real call for help, whatever jokes surround it. */
export const REAL_CALL = /快来|快叫|快打|报警|110|119|120|不是开玩笑|没开玩笑|不开玩笑|认真的|真的出事/u;

/** The event is planned or expected later (「明晚约好了打架」「下周要来拆」), not under way. */
export const FUTURE =
  /明天|明晚|明早|明儿|后天|下周|下星期|下礼拜|下个月|这周末|周末|月底|过两天|过几天|改天|到时候|约好了?|约了|约架|约在|说好了?(?:在|明|后|下)|(?:今晚|晚上|下午|中午|晚点)\d{0,2}点?(?:要|准备|约)/u;

/** A hazard that comes and goes and is not there now (「有时候有煤气味，现在闻不到了」). */
export const INTERMITTENT_GONE =
  /^(?=.*(?:有时候?|有的时候|时不时|偶尔|时有时无|一阵一阵|断断续续|隔一阵|隔三差五|老是|经常|每次|一到))(?=.*(?:现在(?:又)?(?:没|闻不到|看不到|不|好了|正常)|(?:闻|看|听)不(?:到|见)了|(?:又|就)?没(?:有)?(?:味|了)|散了|一会儿就(?:没|好|散)))/su;

/** Following, stalking or pestering someone (「那个跟踪我的男的」「跟了我快一个月」). */
export const STALKING = /跟踪|尾随|盯梢|跟(?:了|着)我|一路跟|缠着我|纠缠|骚扰我/u;

/** The police took the attackers away (「派出所来把人带走了」): the fight is over, whatever it cost. */
export const TAKEN_AWAY_BY_POLICE = /(?:派出所|警察|民警|公安|巡警|110)[^,。!?]{0,8}(?:带走|抓走|押走|铐走)/u;

/** The person missing has been found (「今天早上已经找到了」): the model's emergency falls to urgent at most. */
export const FOUND_AGAIN = /(?<!没|没有|还没)(?:已经找到了|找回来了|平安回家了?|人(?:已经)?回来了|已经回家了)/u;

/**
 * What an attacker, a fire, water or gas does while the danger lasts: the verbs the aspect cues of
 * ONGOING_ACT attach to (「在砸」「拿着」「踹个不停」). Not the everyday 打 (打工、打电话、打官司).
 */
const DANGER_ACTS =
  '(?:砸|踹|撞|敲|捶|打(?!工|电话|官司|针|牌|麻将|球|扫|算|听|车|卡|包|折|印|字|游戏|招呼|架子|开)|砍|捅|追|掐|揪|拽|骂|闹|喊|嚷|吼|威胁|逼|撬|闯|烧|冒|漏|喷|涨|淹|灌|漫|塌|晃|吐|抽搐|流血)';

/**
 * Grammatical aspect that tells an action as going on at this moment (「他喝醉了在门外砸门」「门口有人拿着刀」
 * 「又来砸门了」「踹个不停」): the progressive 在 before a danger verb, the durative 着, someone at the door,
 * a danger back again or just begun, getting worse. Past, conditional and reported framing is judged by
 * the caller (rules/aspect.ts). Global: use it with matchAll only.
 */
export const ONGOING_ACT = new RegExp(
  [
    `(?:正|都)?在(?:往|朝|向|对着?|冲着?|把)?[^,。!?被了过的]{0,4}?${DANGER_ACTS}(?![了过完])`,
    `(?:${DANGER_ACTS}|拿|举|提|拎|握|挥|抄|攥|揣|扛|锁|困|压|躲|藏|围|守|顶|抵|按|堵)着(?!急|想|凉|迷|手|落|陆|电话|伞|灯|哈欠|玩)`,
    `(?:门外|门口|门前|窗外|楼道里?)[^,。!?]{0,4}(?:有人|站着|蹲着|守着|堵着|不走|转悠|徘徊|${DANGER_ACTS})|(?:在|堵在|守在|站在|蹲在|围在|赖在)[^,。!?]{0,4}(?:门外|门口|门前|窗外|楼道)`,
    `${DANGER_ACTS}(?:个不停|不停|个没完)|(?:不停地?|一直)(?:往|朝|向|对着?|冲着?)?[^,。!?了过的]{0,4}?${DANGER_ACTS}`,
    `又(?:来|回来|跑来|找上门|上门|开始|着火|起火|冒烟|闻到|${DANGER_ACTS})|(?:打|烧|砸|闹|冒|漏|涨)起来了`,
    WORSENING.source,
  ].join('|'),
  'gu',
);

/**
 * ONGOING_ACT or a plain "now" (「现在」「此刻」「还在」「快来」): beside a danger the rules found, a "now"
 * says that danger is on. Global: use it with matchAll only.
 */
export const ONGOING = new RegExp(`正在|现在|此刻|这会儿|眼下|还在|仍在|又在|一直在|快来|救命|救救|而家|依家|仲喺度|${ONGOING_ACT.source}`, 'gu');

/** A "now" about how the report is handled or about the danger being over (「现在处理到哪一步了」「现在已经散了」). */
export const NOW_NOT_DANGER =
  /(?:现在|目前|至今|到现在|一直|还)[^,。!?]{0,6}?(?:处理|进展|进度|怎么样|什么情况|啥情况|到哪|到了没|来了没|有人管|有没有人|没人|没有人|没(?:回复|消息|结果|动静|下文))|(?:现在|目前)(?:已经|都)?[^,。!?]{0,2}(?:散了|走了|跑了|停了|灭了|退了|没事|好了|安全)/gu;

/** A clause that asks (「…要负责吗」「谁赔」「算不算正当防卫」) rather than tells. */
export const ASKING = /[?吗呢么][\s!。.~…]*$|谁|怎么办|能不能|可不可以|要不要|算不算|是不是|是否|有没有/u;

/** Just after an aspect cue in its clause: the action is done, with its result (「拿着刀砍伤了我」「把门砸坏了」). */
export const DONE_AFTER = /(?:伤|死|残|断|破|坏|倒|翻|塌|完|跑|走)了/u;

/** Opens a supposed case (「要是有人砸我家门…」): what follows in the sentence is not happening. */
export const CONDITIONAL = /如果|假如|假设|假使|万一|要是|倘若|若是|一旦|比如|比方|设想/u;

/** The danger is one read or watched about (news, a drama, a case in a textbook), not one the writer is near. */
export const MEDIA = /新闻|报道(?:说|称|里|中)|电视(?:上|里|剧)|电影(?:里|中)|小说(?:里|中)|剧里|案例|考题|题目/u;

/** Heard of somewhere far off (「听说邻县有个烟花厂爆炸了」): not a danger near the writer. */
export const FAR_HEARSAY =
  /(?:听说|据说|网上|刷到|看到)[^。!?]{0,12}(?:邻县|隔壁县|外县|外省|外地|外市|邻市|别的(?:省|市|县|镇|地方)|其他(?:省|市|县|镇)|国外)/u;

/** Opens with a supposition or the news (「如果有人拿着刀砸门…」「新闻里说…」): what follows is not under way. */
export const SUPPOSED_OPENING = new RegExp(`^[^,，。!！?？]{0,6}(?:${CONDITIONAL.source}|${MEDIA.source}|看新闻)`, 'u');

/** Told from hearsay or the media (「新闻里」「听说」): for a message that asks, not an event it is in. */
export const HEARSAY = new RegExp(`${MEDIA.source}|听说|据说|网上看到`, 'u');

/** Ends an aspect cue's clause to make it a time frame, not an event (「他砸门的时候」「追我时」). */
export const WHEN_FRAME = /的时候|时候|之时|那会儿/u;

/** Just before an aspect cue: an intention or a possibility, not yet under way (「说要拿着刀来」). */
export const NOT_YET_BEFORE = /(?:要|想|准备|打算|会|敢|能|可以|让)$/u;
