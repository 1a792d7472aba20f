import type { Subtype } from '../../taxonomy/codes.js';
import { FAMILY, FUTURE, INTERMITTENT_GONE, STALKING, TAKEN_AWAY_BY_POLICE } from './cues.js';

export type Hazard =
  | 'fire'
  | 'electric'
  | 'electrical_fire'
  | 'gas'
  | 'violence'
  | 'self_harm'
  | 'missing_person'
  | 'trapped'
  | 'drowning'
  | 'flood'
  | 'medical'
  | 'traffic'
  | 'fraud'
  | 'collapse'
  | 'break_in'
  | 'stalker'
  | 'carbon_monoxide'
  | 'chemical'
  | 'caught_in_machine'
  | 'general';
export type EmergencyNumber = '110' | '119' | '120';

/** One kind of present danger (taxonomy §3 emergency), described by the words residents use for it. */
export interface HazardRule {
  hazard: Hazard;
  /** Words that describe the danger itself, matched inside one clause. */
  cue: RegExp;
  /** Must also appear somewhere in the message (e.g. rain or a river for a flood). */
  requires?: RegExp;
  /** Anywhere in the clause: these words mean it is something else (chimney smoke is pollution). */
  otherwise?: RegExp;
  /** Anywhere in the message: it is another kind of problem, even if told as happening now. */
  otherKind?: RegExp;
  /** Anywhere in the message: the event is over (compensation talk, the child was found) or is something else. */
  aftermath?: RegExp;
  /** Past time words end the danger (not so for a missing person, who stays missing). */
  pastEndsIt: boolean;
  /**
   * The cue is a state of a person that lasts (「叫不醒」): a time word of today after a past one dates it today
   * (「昨晚烧炭盆取暖 早上两个人喊不醒」 is this morning's, not last night's).
   */
  stateLasts?: boolean;
  /**
   * The cue itself sets the danger for now or tonight (「今晚就想把这事了了」): a message that asks counts it
   * without a clause told as going on.
   */
  imminent?: boolean;
  /**
   * Anywhere in the message: the danger lasts now (a missing person still not found, 「已经两天了」; someone perhaps
   * under what came down a moment ago): a message that asks or refers back counts it without a clause told as going on.
   */
  lastsNow?: RegExp;
  /** 「担心」「怕」 before the cue mean "not yet" (a threatened victim also says 「怕」). */
  worryMeansNotYet: boolean;
  numbers: EmergencyNumber[];
  subtype(text: string): Subtype;
  /**
   * The subtype that taxonomy §2's edge rules give this danger (a missing child → livelihood.care, a threat
   * between partners → domestic_violence), or null: when set, it overrules the model's label.
   */
  fixedSubtype?(text: string): Subtype | null;
}

/** Someone gone off to take their own life (self-harm), or a child kept by one side of a family quarrel (dispute.family). */
/**
 * What the warnings of self-harm told by their signs share (the means at hand with a farewell, a shroud bought
 * for oneself): no time word dates them, they last until someone says they are over, and taxonomy §2 files them
 * under public_order.other.
 */
const SELF_HARM_WARNING_COMMON = {
  hazard: 'self_harm',
  pastEndsIt: false,
  lastsNow: /./u,
  worryMeansNotYet: false,
  numbers: ['110', '120'],
  subtype: () => 'public_order.other',
  fixedSubtype: () => 'public_order.other',
} satisfies Partial<HazardRule>;

/** What every hazardous-chemical leak shares: the numbers, and its subtype. */
const CHEMICAL_LEAK_COMMON = {
  hazard: 'chemical',
  pastEndsIt: true,
  worryMeansNotYet: true,
  numbers: ['119', '120'],
  subtype: () => 'public_safety.production',
  // Taxonomy §2: hazardous chemicals are public_safety.production, whatever the smoke looks like.
  fixedSubtype: () => 'public_safety.production',
} satisfies Partial<HazardRule>;

const GONE_FOR_ANOTHER_REASON = /自杀|轻生|不想活|想死|寻死|想不开|农药|安眠药|拖累|遗书|离婚|抚养|男方|女方/u;

/**
 * Still missing as the writer asks (「到现在还没消息」「天快黑了」「已经两天了」「外面一直在下雨」): the danger lasts, so a
 * status query about the person counts it (taxonomy §3).
 */
const STILL_MISSING =
  /还(?:是)?没(?:有)?(?:消息|音讯|下落|找到|找着|回来|回家|到家|联系上)|(?:到现在|至今|一直)[^,。!?]{0,4}没(?:有)?(?:消息|音讯|下落|找到|找着|回来|回家|联系上)|天(?:都)?(?:快|要|马上)(?:要)?黑了|(?:已经|都)(?:一|两|三|几|好几|\d+|[一二三四五六七八九十]+)(?:天|夜|个晚上|个?多?(?:小时|钟头))了|(?:外面|外头)[^,。!?]{0,4}下(?:着)?(?:大)?(?:雨|雪)|一天一夜|一夜(?:没|未)(?:回|归)|(?:药|降糖药|降压药|胰岛素)[^,。!?]{0,4}没(?:有)?带|没(?:有)?带[^,。!?]{0,3}(?:药|降糖药|降压药|胰岛素)|(?:晚上|夜里|夜间|山上|外面)[^,。!?]{0,4}(?:冷|降温|零下)/u;

/** What the missing-person rules share: a debtor or a swindler who cannot be found is not missing; found again ends it. */
const MISSING_PERSON_COMMON = {
  // A shop owner who introduces himself (「我是开超市的老板」) may report a missing child: that is no business deal.
  otherKind:
    /借钱|借了|欠|入股|投资|集资|还钱|医药费|赔偿|赔钱|(?<!拐)骗(?!走)|(?<!(?:我|我们|本人)(?:是|在)[^,。!?]{0,8})(?:老板|房东|房主|卖家|中介|包工头|承包商|商家|店主|物业)/u,
  // Found, or a false alarm (「原来躲在柜子后面，虚惊一场」).
  aftermath: /(?<!没|没有|还没)(?:找到了|找回来了|已经回家|已经回来|回来了)(?!吗)|虚惊一场|原来(?:躲|藏)在/u,
  lastsNow: STILL_MISSING,
  pastEndsIt: false,
  worryMeansNotYet: true,
  numbers: ['110'],
  subtype: () => 'livelihood.care',
  // Taxonomy §2: a missing child or elderly person is livelihood.care, whoever tells it.
  fixedSubtype: (text: string) => (GONE_FOR_ANOTHER_REASON.test(text) ? null : 'livelihood.care'),
} satisfies Partial<HazardRule>;


/** Found, or the one who took the child turns out to be family or a neighbour (「原来是她小姨」). */
const KNOWN_AFTER_ALL = new RegExp(`${MISSING_PERSON_COMMON.aftermath.source}|原来是|是(?:他|她|孩子)的?(?:亲戚|舅舅|叔叔|姑姑|阿姨|小姨|姨妈|邻居)`, 'u');

const PERSON =
  '(?:孩子|小孩|女孩|男孩|姑娘|小伙子|智障|精神病|儿子|女儿|闺女|孙子|孙女|外孙|娃|宝宝|小朋友|学生|老人|老爷子|老太太|老大爷|大爷|大娘|奶奶|爷爷|外婆|外公|姥姥|姥爷|老父亲|老母亲|父亲|母亲|我爸|我妈|老伴|婆婆|公公|\\d+岁|[一二两三四五六七八九十]{1,2}岁)';

/** Things lost, not a person (「钱包不见了」「手机找不到了」; 「结个账人就不见了」 is a person). */
const THING_GONE = /(?:钱|费|款|存折|手机|钱包|首饰|东西|车|账本?|资料)(?:(?!人)[^,。!?]){0,3}(?:不见了|不知道去|找不到|不知去向|下落不明)/u;
/** A relative away at work or school (「她儿子在外地打工联系不上」): out of touch, not lost. */
const AWAY_ELSEWHERE = /在外地|在外(?:面|头)?(?:打工|上班|工作|读书|上学)|外出(?:打工|务工)|出差/u;
/** Neither a thing lost nor a relative away: what the missing-person cues must not be in the clause of. */
const NOT_A_MISSING_PERSON = new RegExp(`${THING_GONE.source}|${AWAY_ELSEWHERE.source}`, 'u');
/** Gone the moment the carer looked away (「一抬头就不见了」「一转身人就没影了」). */
const VANISHED_IN_A_MOMENT =
  /(?:一转眼|转眼|一眨眼|眨眼|一回头|一抬头|一扭头|一转身|转个身|一低头|一不留神|一不注意|没看住)[^,。!?]{0,6}(?:不见|没影|没了人影|找不(?:到|着)|看不(?:见|到)(?:人|了))/u;
/** Searched for a while already (「找了快半个钟头了」「找了四十分钟」): gone since, not a moment ago. */
const SEARCHED_FOR_LONG =
  /(?:找|寻)了(?:快|有|将近|差不多|都|足足|整整|好)?(?:半|一|两|几|\d+|[一二三四五六七八九十]+)个?多?(?:钟头|小时|分钟)/u;
/** Someone said to have vanished (what a search is for). */
const VANISHED = /不见|没影|走丢|走散|跟丢|找不(?:到|着)|人(?:就|也)?没了/u;

/** The school run: a bus, a teacher, school letting out. */
const SCHOOL_RUN = /校车|放学|学校|老师|班主任|幼儿园|年级|接孩子|接娃/u;
/** An hour or more gone by (「快一个钟头了」「两个多小时了」). */
const HOURS_GONE = /(?:快|都|已经|有|将近|差不多|超过)?(?:半|一|两|几|\d+|[一二三四五六七八九十]+)个?多?(?:钟头|小时)(?:了|还)/u;
/** Not on the bus, not at school, not home, not met by the family (「不在车上」「家里人也没接到」). */
const NOT_WHERE_EXPECTED =
  /不在(?:校)?车上|没(?:有)?(?:上|坐)[^,。!?]{0,2}(?:校车|车)|没(?:有)?(?:到|回)(?:家|学校|幼儿园)|(?:家里人?|家长|家人|我们|大人|奶奶|爷爷|外婆|外公|妈妈|爸爸)[^,。!?]{0,3}(?:也|都)?没(?:有)?接到|不在(?:学校|教室|班上|家)/u;

/** Led or driven off with someone (「跟一个陌生男的走了」「被不认识的人抱走」). */
const GONE_WITH = '走了|走掉|带走|领走|牵走|抱走|拉走|接走|骗走|离开|(?<![赶轰撵推扔请])出去|出了?[^,。!?]{0,3}门|上了?[^,。!?]{0,6}车';
/** Someone fetched a child whom the family did not send (「家长说没托人来接」「我们家今天没人去接」). */
const NOBODY_SENT =
  /(?:没|没有|并没有?|根本没|从来没|不是)(?:托|让|叫|请|派|安排|委托|找)(?:过)?(?:人|谁|别人|任何人|亲戚)?[^,。!?]{0,3}(?:去|来)?(?:接|带)|没(?:有)?人(?:去|来)接/u;

/** Self-harm signalled indirectly: a farewell that says it alone. */
const SELF_HARM_FAREWELL =
  /(?:再见|永别|告别|拜拜)了?[,，、 ]?(?:这个)?(?:世界|人间)|下辈子(?:再见|再做|再报答|见|再来)|来世再|遗言|遗书|告别信|绝笔|这辈子就(?:到这|这样|到此)|(?:我|人)走了[^,。!?]{0,4}(?:别|不要|不用)找我|别再找我了|永远(?:离开|再见)|最后(?:一次|再)(?:叫你|看看|说一声)|不会再麻烦(?:你们|大家|你|我|家里)了/u;
/** Affairs put in order, things given away. */
const SELF_HARM_ARRANGING =
  /(?:东西|衣服|电脑|手机|宠物|猫|狗|鱼|首饰|存款|钱|房子|车|积蓄|工资卡|银行卡)[^,。!?]{0,8}(?:都)?(?:送给|送人|分给|留给|交给|托付|转给|塞给)|(?:密码|存折|保险单|房产证|钥匙)[^,。!?]{0,6}(?:都)?(?:告诉|发给|交给|给了|塞给|发出来|放在)|(?:转|给)了?(?:我|他|她)?[^,。!?]{0,4}(?:所有的?|全部的?)(?:积蓄|存款|钱)|(?:孩子|猫|狗|爸妈|父母)[^,。!?]{0,3}(?:就)?(?:交给|托付给|拜托)|以后用不上了|以后用不着了|后事|安排好了/u;
/** A photo of pills, blades or blood sent as a message. */
const SELF_HARM_PHOTO =
  /(?:药|药片|药瓶|安眠药|农药|刀片|血|手腕|绳子)[^,。!?]{0,6}(?:的)?(?:照片|图片|视频)|(?:照片|图片|视频|拍了)[^,。!?]{0,10}(?:药瓶|药片|一堆药|一把药|安眠药|农药|刀片|全是血|都是血|手腕)/u;
/** Weaker farewells, an emergency only with the person out of reach. */
const WEAK_FAREWELL =
  /谢谢(?:大家|你们|你)[^,。!?]{0,6}照顾|谢谢[^,。!?]{0,6}(?:这些年|这么多年|多年来|一直以来)|(?:以后|往后)(?:就)?不(?:用|会)?再?麻烦(?:你们|大家|社区|你)了|照顾好(?:自己|爸妈|我妈|我爸|孩子|妈妈)|帮我照顾好?(?:我妈|妈|我爸|爸|孩子|爸妈|爷爷|奶奶)|对不起(?:大家|你们|我们|爸妈|爸爸妈妈|家里|孩子)|(?:我|人)走了|别找我|不要找我|解脱了?|再也不(?:回来|见)|说了?再见/u;
/** Wanting to die said earlier: by itself a worry, an emergency once the person is out of reach. */
const PAST_SUICIDE_TALK = /(?:说过|提过|念叨过?|嚷过|讲过|流露过)[^,。!?]{0,6}(?:不想活|想死|活着没意思|死了算了|不如死了|活够了|活不下去)/u;
/** The person no longer answers. */
const UNREACHABLE =
  /(?:电话|手机|微信|消息|视频|语音)[^,。!?]{0,8}(?:没人接|不接|打不通|关机|不回|没回)|联系不上|找不到人|关机|打不通|不接电话|敲[^,。!?]{0,3}门[^,。!?]{0,4}(?:没(?:有)?人?|不)(?:开|应|回应)|(?:一点|没有|没)?动静都?没(?:有)?|不回(?:消息|微信|信息)|没人接|(?:宿舍|家里|屋里|房间)[^,。!?]{0,3}没(?:有)?人|人不见了|打(?:过去|给[^,。!?]{0,3}|了[^,。!?]{0,4}电话)[^,。!?]{0,4}(?:不接|没人接|没接|关机|打不通)/u;

/** A power line, the kind that can kill (not a phone line or a charging cable). */
const POWER_LINE = /电线(?!杆)|高压线|电缆|电力线|供电线|火线|变压器|电线杆|电杆|线杆/u;
/** Live: sparks, crackling, smoke. */
const SPARKING = /冒火花|打火花|闪火花|火花|火星|打火|冒火|冒烟|滋滋|噼里啪啦|噼啪|啪啪响|放电|电弧|带电|漏电/u;
/** Down: broken, hanging to the ground, lying across something. */
const LINE_DOWN =
  /掉(?:在|到|下来|地上|了下来)|垂(?:到|在|下来)|耷拉到|拖(?:在|到)地|落(?:在|到)?地|搭在|断了|断掉|压断|砸断|刮断|撞断|拉断|扯断|烧断|倒了|倒在|倒下/u;
/** A tree or a pole brought down onto a line. */
const FELLED = /(?:树|树枝|树干|大树|广告牌|招牌)[^,。!?]{0,6}(?:倒|断|砸|压|刮)/u;

/** Indirect self-harm that counts alone: wanting to sleep and never wake, pills saved up for it. */
const SELF_HARM_STRONG_INDIRECT =
  /睡(?:一觉|过去|着)?[^,。!?]{0,6}(?:再也|永远|就)(?:不(?:要|想|用|会)?|别)(?:醒|起来)|(?:一觉|一睡)(?:就)?不(?:再)?醒|(?:不想|不要|不愿意?)(?:再)?醒(?:来|过来)|(?:攒|囤|存|备)(?:了|着|下)?[^,。!?]{0,6}(?:安眠药|安定|药片|一堆药|好多药|很多药|农药|百草枯|敌敌畏)|偷偷(?:攒|囤|存)[^,。!?]{0,4}药/u;
/** Weary of everything: a warning sign, an emergency with the means at hand. */
const SELF_HARM_WEARY =
  /(?:什么|一切|啥|所有的?事)都[^,。!?]{0,2}(?:累了|厌倦了?|没意思|没意义|无所谓了)|(?:活|过)得(?:好|太|真)?累|撑不下去|熬不下去|不想再(?:撑|熬|坚持)|(?:真的|好|太)累了[^,。!?]{0,4}不想|没(?:有)?(?:意思|盼头)了/u;
/** The means at hand: pills gone missing, poison or charcoal hidden, a rope bought. */
const SELF_HARM_MEANS =
  /(?:药|安眠药|降压药|药片|药瓶)[^,。!?]{0,6}(?:少了|不见了|没了|空了|全吃)|(?:藏|放|买|准备|带)(?:着|了|好)?[^,。!?]{0,6}(?:农药|安眠药|百草枯|敌敌畏|老鼠药|木炭|炭|刀片|绳子)|(?:农药|安眠药|百草枯|敌敌畏|老鼠药|木炭|刀片)[^,。!?]{0,4}(?:藏|放)在|(?:攒|囤)[^,。!?]{0,4}药|(?:药|药片|药丸|安眠药|降压药)[^,。!?]{0,4}(?:攒|囤)(?:齐|够|好|了|下|着)/u;

/**
 * Death or the end of it all said obliquely (「人要是不在了」「我也撑不下去了」「一了百了」「活着没意思」): a warning
 * sign, an emergency once set for tonight or now or planned.
 */
const OBLIQUE_DEATH =
  /(?<![老家病别])(?:人|我)要是(?:哪天)?不在了|我(?:要是)?(?:走|死)了(?:以后|之后)|我[^,。!?]{0,3}(?:撑|熬|活)不下去了?|一了百了|活着(?:真|也|还有什么)?没(?:意思|意义|盼头)|死了算了/u;
/**
 * Set for tonight or now, or planned (「今晚就想把这事了了」「我已经想好了，就今晚」); a matter named with 的
 * (「今天就想把房租的事了结」) is business being settled.
 */
const SET_FOR_NOW =
  /(?:今晚|今天晚上|今夜|今天|现在|马上|等会儿?|一会儿)[^,。!?的]{0,10}(?:了了|了结|了断|结束(?:自己|生命|这一切|一切)|一了百了|解脱|去死|寻死|跳(?:下去|河|江|楼|桥)|喝(?:农)?药|吃药)|(?:就|定在)(?:今晚|今天晚上|今夜)|(?:今晚|今夜|今天晚上)就走|(?:已经|都)(?:想|准备|买|写|安排)好了?[^,。!?]{0,4}(?:药|绳子|炭|农药|地方|遗书|后事)/u;

/** The means of suicide: poison, pills, a blade, a rope, charcoal. */
const MEANS = '(?:农药|百草枯|敌敌畏|老鼠药|耗子药|安眠药|药片|一瓶药|一把药|药|刀片|菜刀|水果刀|刀|绳子|麻绳|木炭|炭)';
/** The means bought, ready, on the table or at hand (「农药已经买回来摆在桌子上」「刀就在我手边」). */
const MEANS_READY = new RegExp(
  `${MEANS}[^,。!?]{0,4}(?:已经|都|早就?)?(?:买回来|买好|准备好|备好|藏好|摆在|摆好|放在(?:桌|手边|床头|枕头|身边|车里|口袋)|就在|拿在|握在|攥在)|` +
    `${MEANS}[^,。!?]{0,3}(?:在|就在)[^,。!?]{0,3}(?:手边|手上|手里|身边|桌上|桌子上|床头|枕头|车里)|` +
    `(?:已经|都)(?:买|准备|备)(?:好|了)[^,。!?]{0,4}(?:农药|百草枯|敌敌畏|安眠药|绳子|木炭|炭|刀片)`,
  'u',
);
/** Despair or a farewell said with the means (「撑不住了」「解脱」「不想拖累」「以后…麻烦你们照看」「后事」). */
const DESPAIR =
  /撑不住|撑不下去|熬不住|活不下去|活不成|不想活|解脱|拖累|(?:以后|往后)[^,。!?]{0,10}(?:麻烦|拜托|托付)(?:你们|大家|社区)|(?:麻烦|拜托)(?:你们|大家)[^,。!?]{0,6}(?:照看|照顾)|就想找(?:个)?人说一声|后事|这辈子[^,。!?]{0,6}(?:还不上|完了)|没(?:有)?(?:活路|盼头)了|走投无路/u;

/** Someone at the edge of a height. */
const HEIGHT_EDGE = /楼顶|天台|阳台|窗台|窗户外|桥|栏杆|护栏|楼边|屋顶|房顶|塔吊|高架|楼沿|屋檐|河堤|江边|水库边|悬崖/u;

/** Indoor wiring and appliances that can start a fire. */
const SOCKET = /插座|插头|插线板|接线板|排插|插排|拖线板|拖板|充电器|充电头|电源线|电线|开关|电闸|电表箱|电表|配电箱|电箱|电热毯|取暖器|电暖器|小太阳|电饭煲|热水壶|电热水器|电路|线路/u;
/** Live now: sparks, crackling, smoke, a burning smell, melting. */
const SOCKET_LIVE =
  /冒火花|打火花|闪火花|火花|火星|打火|冒火|冒烟|冒黑烟|滋滋|吱吱|噼里啪啦|噼啪|啪啪响|烧焦|焦味|焦糊|糊味|烧糊|(?:塑料|胶皮|橡胶)[^,。!?]{0,3}味|烫得?(?:不能摸|吓人|厉害)|(?:化了|熔了|融化|烧化|烧黑|发黑)/u;

/** Pregnant, or about to give birth. */
const PREGNANT = /怀孕|孕妇|怀着|怀了|有身孕|身怀|孕期|产妇|大肚子|预产期|临产|要生了|快生了|[一二三四五六七八九十\d]+个多?月的身孕|怀孕[一二三四五六七八九十\d]+个多?月|孕[一二三四五六七八九十\d]+周/u;
/** What makes a pregnancy an emergency now. */
const OBSTETRIC_SIGN =
  /流血|出血|见红|大出血|血崩|流了?(?:好多|很多|一地)的?血|羊水|破水|(?:肚子|腹部|小肚子|下腹)[^,。!?]{0,3}(?:疼|痛)|腹痛|疼得(?:厉害|打滚|受不了|直叫)|抽搐|抽筋|晕(?:倒|过去|了)|昏迷|宫缩|阵痛|要生了|快生了|生在|孩子(?:头)?(?:出来|露出来)/u;

/** Gas told by its added smell (「臭鸡蛋的味道」「一股臭味像煤气」). */
const ROTTEN_EGG = /臭鸡蛋(?:的|一样的?|似的)?(?:味|气味)|(?:臭|怪|刺鼻的?)味[^,。!?]{0,4}像(?:是)?(?:煤气|燃气|天然气|液化气)/u;

/** A hiss, a heavy smell, fumes or people coughing where gas is named. */
const GAS_SIGNS =
  /嘶嘶|呲呲|嗤嗤|咝咝|(?:很重|很大|好大|很冲|刺鼻|浓)的?(?:气味|味道|味儿)|头晕恶心|满屋子?都是(?:气)?味|氯气|氨气|毒气|有毒气体|(?:黄|白|绿|黄色|白色|绿色|刺鼻)的?(?:气体|烟雾)[^,。!?]{0,4}(?:飘|冒|涌|过来)|(?:好多|很多|一群|不少)人[^,。!?]{0,4}(?:咳嗽|流眼泪|眼睛睁不开|喘不上气)/u;
/** The smell growing as the writer speaks (「那股味儿更冲了」「味道越来越大」「比早上还浓」). */
const SMELL_STRONGER = /(?:味|味道|味儿|气味)[^,。!?]{0,4}(?:越来越|越发|更加?|还|比[^,。!?]{0,6}(?:还|更))(?:冲|大|重|浓|刺鼻|呛|明显)/u;

/** A drum, tank or container of chemicals leaking or broken (「化学品仓库有个桶漏了」「厂里一个罐子漏了」). */
const CONTAINER_LEAKING =
  /(?:桶|罐|罐子|储罐|铁桶|塑料桶|容器|槽|化学品|危化品|药剂|试剂)[^,。!?]{0,6}(?:漏|泄漏|泄露|破了|裂了|倒了|翻了|冒烟|冒气|锈穿)/u;
/** Fumes coming off it, or people choking on them now (「冒黄烟」「好几个工友咳得站不住」「眼睛睁不开」). */
const CHEMICAL_FUMES_HURTING =
  /(?:冒|飘|散|涌|喷)(?:出)?[^,。!?]{0,6}(?:黄|白|绿|刺鼻|呛)[^,。!?]{0,4}(?:烟|气|雾)|(?:好几个|几个|好多|很多|一群|不少|\d+个|[两三四五六七八九十]+个)[^,。!?]{0,2}(?:人|工友|工人|同事)[^,。!?]{0,6}(?:咳|头晕|晕|呕|吐|喘不上|流眼泪|眼睛)|咳得[^,。!?]{0,4}(?:站不住|喘不上|直不起)|眼睛[^,。!?]{0,3}(?:睁不开|火辣辣|刺痛)|喘不上气/u;

/** Lives alone, or is old or ill with nobody near (a welfare check). */
const LIVES_ALONE =
  /独居|独自(?:一人|一个人)?(?:住|生活|在家)|一个人[^,。!?]{0,4}(?:住|生活|过日子)|一个人在家|自己一个人|孤寡|空巢|孤老|五保户|老伴(?:走了|去世|不在)|子女(?:都)?(?:在外地|不在身边|在外面|在外打工)|[七八九]十[一二三四五六七八九多几]?岁|[789]\d岁|瘫痪|卧床|有(?:心脏病|高血压|糖尿病)/u;
/** A day or more without a sign of life. */
const LONG_SILENCE =
  /一天|一整天|一天一夜|两天|三天|几天|好几天|(?:\d+|十几|二十几|二十多|一二十)个?(?:多)?小时|从昨天|昨天(?:早上|上午|中午|下午|晚上|夜里)?(?:到现在|开始|起|一直|就)|前天|到现在|一直/u;
/** No answer at the phone or the door, not seen. */
const NO_ANSWER =
  /(?:电话|手机|微信|视频|消息)[^,。!?]{0,10}(?:没人接|不接|没接|打不通|关机|不回|没回)|(?:敲|拍|喊)[^,。!?]{0,4}(?:门|窗)[^,。!?]{0,6}(?:没(?:有)?人?|不|也不|都不)(?:开|应|答应|回应|理)|没(?:有)?人(?:开门|应|答应|回应)|(?:没(?:有)?|不见)(?:出门|出来|开门|露面|见到人|见着人|见人|人影|动静)|(?:报纸|牛奶|快递|饭菜|饭)[^,。!?]{0,6}(?:没拿|没收|没动|还在门口|堆在门口)|打(?:过去|给[^,。!?]{0,3}|了[^,。!?]{0,3}电话)[^,。!?]{0,8}(?:没人接|不接|没接|打不通|关机)|没人接|联系不上|不见人/u;

/** Lying or collapsed and not responding, or stroke signs. */
const UNRESPONSIVE =
  /没(?:有)?(?:任何|一点)?反应|一动不动|动也不动|叫不应|喊不应|叫(?:他|她)?(?:也|都)?不(?:应|答应|理)|(?:怎么|咋)?(?:叫|喊|推|摇|拍)(?:都|也)?(?:叫|喊|推|摇|拍)?不醒|醒不过来|不省人事|嘴(?:角|巴)?[^,。!?]{0,3}(?:歪|往[^,。!?]{0,2}(?:耷拉|垂|斜|掉)|耷拉|下垂)|口角歪斜|口眼歪斜|(?:一边|半边|一侧|左边|右边)(?:的)?(?:脸|身子|身体|手|胳膊|腿)[^,。!?]{0,4}(?:动不了|没劲|没力|不能动|麻|不听使唤)|说话(?:不清|含糊|大舌头)/u;

/** The cherry-red face or lips of carbon monoxide poisoning (「脸红红的」「嘴唇发红」). */
const CHERRY_RED = /(?:脸|脸色|脸蛋|嘴唇|皮肤)[^,。!?]{0,3}(?:红红|通红|潮红|发红|樱桃红|红得)/u;

/** A small child. */
const SMALL_CHILD = /孩子|小孩|小朋友|娃|宝宝|男孩|女孩|幼儿|儿童|[一二两三四五六\d]岁/u;
/** A child outside a window, on a bracket or a railing. */
const CHILD_EDGE_PLACE = '(?:空调外机|空调机|外机|空调架|支架|栏杆|护栏|窗台|窗户?外|窗外|窗沿|防盗窗|阳台(?:外|边|沿)|楼顶边|房顶|屋顶|雨棚|遮阳棚)';
const CHILD_AT_EDGE = new RegExp(
  `(?:站|爬|坐|蹲|趴|挂|骑|翻|探|吊)(?:在|到|出|上|着|了)?[^,。!?]{0,10}${CHILD_EDGE_PLACE}|${CHILD_EDGE_PLACE}[^,。!?]{0,8}(?:站|爬|坐|蹲|趴|挂|骑|翻|吊)(?:着|了)?|往(?:外|上)爬|爬(?:出|到)[^,。!?]{0,3}(?:窗|外面)|(?:半个身子|身子|头|上半身)[^,。!?]{0,3}(?:探|伸|挂)(?:出|在)[^,。!?]{0,3}(?:外|窗)`,
  'u',
);

/** A hillside, a slope, a retaining wall. */
const SLOPE = /山坡|山体|后山|山上|坡上|土坡|边坡|高坡|护坡|挡土墙|山崖|崖|坡/u;
/** Soil, sand or small stones trickling off a slope (「一直往下溜土」): the warning sign, not the slide. */
const CRUMBS = '(?:土|沙|泥沙|渣|小石|石子|碎石)';
/**
 * The slope giving way now: sliding, mud and stones rushing down, a crack widening (in its own clause too: 「…裂开一道
 * 口子，现在越来越宽了」). A crack alone, or soil and small stones crumbling off it, is a warning sign (「较急」: move
 * the households below out), not yet the slide.
 */
const LANDSLIDE = new RegExp(
  `(?:${SLOPE.source})[^,。!?]{0,10}(?:在?往下(?:滑|溜|塌|垮)(?!${CRUMBS})|滑下来|滑了|下滑|滑坡|塌|垮|溜下来)|` +
    `(?:泥巴?|泥土|泥浆|泥水|黄泥|石头|石块|土块|碎石|土石|沙石|大石)[^,。!?]{0,8}(?:往下(?:冲|滑)|冲下来|冲进|冲到|滑下来|塌下来)|` +
    `泥石流|滑坡|塌方|(?:缝|口子|裂口|裂缝)[^,。!?]{0,10}(?:越来越(?:大|宽|长|深)|越裂越|变(?:大|宽|长)了|在?(?:扩大|变宽|加宽)|比[^,。!?]{0,6}(?:宽|大|长|深)了)|越来越宽|越裂越(?:大|宽)|` +
    // Widening by the hour (「裂缝一上午宽了好几指」): moving now, not over the season.
    `(?:缝|口子|裂口|裂缝)[^,。!?]{0,6}(?:一上午|一下午|一晚上|一夜|一会儿|半天|几个小时|一个小时)[^,。!?]{0,3}(?:宽|大|长|深)了`,
  'u',
);

/** Many people (a dozen pupils, twenty workers). */
const MANY_PEOPLE =
  /(?:好多|很多|一群|一批|不少|一大半|一半|几十|十几|十多|十来|一二十|二十几|二十多|三十几|\d{2,3}多?|[二三四五六七八九]?十[一二三四五六七八九]?(?:多|来|几)?(?=个|名|位))(?:个|名|位)?[^,。!?]{0,12}?(?:人|学生|孩子|小孩|工人|村民|客人|老人|小朋友|员工|同学|宾客)|全班|整个班|全家|一家(?:人|[三四五六七八]口)/u;

/** Open water or a pool someone can drown in. */
const WATER = '(?:河|江|湖|海|塘|池塘|鱼塘|水塘|水库|水池|池子|泳池|游泳池|污水池|化粪池|水渠|水沟|水潭|深潭|河沟|水坑|水里|水中)';
/** In the water and in trouble, or fallen in (a person, not a car or a phone: a car in the river is a road emergency). */
const DROWNING = new RegExp(
  `${WATER}里?[^,。!?]{0,6}(?:挣扎|扑腾|呼救|喊救命|往下沉|沉下去|一沉一浮|浮不起来|上不来|爬不上来)|落水(?!管)|溺水|淹着了|被(?:水|河水|大水|洪水|浪)(?:冲|卷)走|` +
    `(?:人|孩子|小孩|小朋友|老人|老头|老太|大爷|大妈|爷爷|奶奶|男的|女的|男子|女子|男孩|女孩|学生|小伙子?|娃|工人|他|她)[^,。!?]{0,6}(?:(?:掉|跌|摔|滑|翻|栽)(?:进|到|下|入)|掉)了?(?:去)?[^,。!?]{0,2}${WATER}`,
  'u',
);

/** Someone attacked, or things smashed (a call for help about violence). */
const ATTACKED = /打|砍|捅|刀|踢|掐|推|杀|砸|摔东西/u;
/** Someone collapsed or taken ill (「倒在厕所里了」「晕过去了」「喘不上气」), not things thrown down (「摔东西」). */
const COLLAPSED_PERSON = /倒在|倒地|晕倒|昏倒|晕过去|昏过去|不省人事|摔倒|跌倒|摔了一?跤|抽搐|喘不上|没(?:了)?呼吸|犯病|发病|心脏病|中风/u;
/** A cause that makes it another matter than health: fire, water, gas, electricity, a crash, a collapse, a fall at work or in the road. */
const OTHER_CAUSE_OF_HARM = /火|烟|水|煤气|燃气|电|车|撞|塌|压|埋|困|工地|车间|井|坑|狗|蛇/u;

/** What both call-for-help rules share. */
const CALL_FOR_HELP = {
  otherwise: /出人命了?(?:吗|怎么办)|笑|玩笑|游戏|电视|小说|电影/u,
  // 「饿死了外卖还没到，救命」「作业写不完救命」: daily troubles, unless someone is hurt.
  otherKind:
    /^(?!.*(?:血|晕|摔|打人|砍|刀|火|烟|水|困|倒|不动|呼吸|抽搐|疼|痛|伤))(?=.*(?:外卖|作业|游戏|考试|论文|加班|上班|ddl|停车场|车库|绕不出|找不到(?:出口|路|车位)|迷路|导航|排队|密码|登录|app|小程序|系统|表格|打印|手续|流程|老板|领导|甲方|饿|热死|冷死|困死|累死|烦死|追剧|排位|上分|减肥|堵车|wifi|网速|饿|热|冷|困|累|烦))/su,
  aftermath: /出院|赔|医药费|说法|鉴定|已经送|抢救过来|救过来|没事了/u,
  pastEndsIt: true,
  worryMeansNotYet: true,
  numbers: ['110', '119', '120'],
  subtype: (text: string): Subtype =>
    /打|砍|捅|刀/u.test(text) ? (FAMILY.test(text) ? 'public_order.domestic_violence' : 'public_order.violence') : /摔|病|晕|血/u.test(text) ? 'livelihood.health' : 'public_order.other',
  // Someone collapsed, with no attacker and no other hazard (「救命啊我爸倒在厕所里了」), is a medical emergency (taxonomy §2):
  // the family word is no domestic violence.
  fixedSubtype: (text: string): Subtype | null => (COLLAPSED_PERSON.test(text) && !ATTACKED.test(text) && !OTHER_CAUSE_OF_HARM.test(text) ? 'livelihood.health' : null),
} satisfies Partial<HazardRule>;

/** Someone hurt or in a danger, named beside the writer's 「救命」 (not 打球、吐槽、伤心、追剧). */
const HARM_NAMED =
  /血|晕|昏|摔|跌|打(?:人|我|她|他|孩子|老婆|起来)|砍|捅|刀|枪|着火|起火|冒烟|浓烟|煤气|燃气|水里|河里|淹|落水|溺水|困住|被困|卡住|压住|夹住|出不来|倒在|倒地|不动了|呼吸|喘不|抽搐|疼|痛|伤(?!心|感|脑筋)|追(?!剧|星|番)|抢劫|掉(?:进|下|到)|撞(?:伤|倒|了人|到人|人)|(?:人|我|孩子|老人)[^,。!?]{0,3}被[^,。!?]{0,3}撞|触电|中毒|吐(?!槽)|噎|咬|闯进|砸|跟踪|尾随|掐|绑|锁在|关在|不行了|死人|快来/u;

/** Where someone is trapped says whose it is: a flood, a work site, a road or a pit, else a building. */
function trappedSubtype(text: string): Subtype {
  return /洪|河水|大水|淹|山|滑坡|泥石流|塌方|暴雨|大雪|狂风|台风|雷/u.test(text)
    ? 'public_safety.disaster'
    : /工地|工厂|车间|脚手架|塔吊|厂|沟槽|基坑|工棚|施工/u.test(text)
      ? 'public_safety.production'
      : /井|坑|沟|路|桥|车/u.test(text)
        ? 'public_safety.road'
        : 'public_safety.building';
}

/** A small child shut in a parked car: a child left without care (livelihood.care), not a road or fire matter. */
const CHILD_LOCKED_IN_CAR =
  /车(?:里|内|上)[^,。!?]{0,3}(?:锁|关|困)着[^,。!?]{0,8}(?:孩子|小孩|宝宝|婴儿|娃)|(?:孩子|小孩|宝宝|婴儿|娃)[^,。!?]{0,4}(?:锁|关|困)在[^,。!?]{0,4}车(?:里|内|上)/u;

/** Given way: a wall, a scaffold, a shed or a house come down. */
const COLLAPSED = /塌|垮|倒塌|坍塌|砸下来|倒了|倒下来/u;
/** Someone pinned or buried under it (「底下压了两个人」「把两个工人埋在里面」). */
const PINNED =
  /(?:底下|下面|下头|下边|里面|里头)[^,。!?]{0,3}(?:压|埋|砸)(?:了|着|住)[^,。!?]{0,4}(?:人|工人|工友|孩子|小孩|老人)|(?:压|埋)(?:了|着|住)[^,。!?]{0,2}(?:[一二两三四五六七八九几\d]|好几)个(?:人|工人|工友)|把[^,。!?]{0,4}(?:人|工人|工友|孩子|小孩|老人)[^,。!?]{0,2}(?:压|埋)(?:在|住|了)|(?:压|埋)在(?:里面|里头|下面|底下|废墟)/u;
/** An old person or a child still inside what came down (「隔壁王大爷还在里面」). */
const STILL_INSIDE = new RegExp(`(?:${PERSON}|大爷|大娘|老太|老头|老两口|阿婆|阿公|人)[^,。!?]{0,2}还在(?:里面|里头|屋里|下面|底下)`, 'u');
/** Someone perhaps under it, nobody knows (「不晓得我叔在不在里面」「怕是有人埋在下面」). */
const MAYBE_INSIDE =
  /(?:不知道|不晓得|不清楚|不确定|搞不清|说不准)[^,。!?]{0,8}(?:在不在|有没有人(?:在)?|是不是(?:还)?在|还在不在)[^,。!?]{0,3}(?:里面|里头|里边|下面|底下|屋里)|(?:可能|好像|怕是|恐怕|估计)(?:还)?有人(?:在|被)?[^,。!?]{0,3}(?:里面|里头|下面|底下|埋|压)/u;
/** It came down a moment ago (「刚才轰的一声垮下来」): whoever is under it is there now. */
const JUST_CAME_DOWN = /刚才|刚刚|就在刚才|才(?:塌|垮|倒)|这会儿|现在/u;
/** Still heard under it, or gone silent (「一个还能喊 一个没声了」「能听见他在哼哼」). */
const SIGNS_OF_LIFE = /还(?:能|会)(?:喊|叫|哼|应|说话)|能听(?:见|到)[^,。!?]{0,4}(?:喊|叫|哼|呻吟|哭|敲)|(?:在|还在)(?:哼哼|呻吟)|没(?:了)?(?:声|声音|动静)了/u;

/** A machine that can catch a hand or an arm (冲床、压底机、搅拌机、传送带). */
const MACHINE =
  /机器|机床|冲床|冲压机|压力机|压底机|压机|注塑机|切纸机|裁断机|粉碎机|搅拌机|绞肉机|压面机|和面机|滚筒|传送带|输送带|皮带轮|卷扬机|轧机|车床|铣床|刨床|锯床|脱粒机|收割机|旋耕机|绞车/u;
/** The parts a machine catches (not 手机、手续), or the whole person. */
const BODY_PART = '(?:手(?!机|续|套|表|推车)|手掌|手指|指头|胳膊|手臂|胳臂|手腕|腿|脚|头发|辫子|袖子|衣袖|人)';
/** Caught, crushed or drawn in, or stuck in it. */
const CAUGHT = '(?:(?:压|夹|卷|绞|轧|碾|吸)(?:住|进)|(?:卡|夹|压)在)';
/**
 * A hand, an arm, hair or a sleeve caught, crushed or drawn in (「把小王的手压住了」「胳膊被卷进去了」「手卡在里面」),
 * or someone caught by the machine (「小王被冲床压住了」).
 */
const BODY_CAUGHT = new RegExp(
  `${BODY_PART}[^,。!?]{0,8}?${CAUGHT}|${CAUGHT}[^,。!?]{0,4}${BODY_PART}|被[^,。!?]{0,4}(?:${MACHINE.source})[^,。!?]{0,2}${CAUGHT}`,
  'u',
);
/** A claim about the injury (「算工伤吗」「老板赔不赔」) makes it a labour matter, whatever the danger now. */
const WORK_INJURY_CLAIM = /工伤|赔偿|医药费|报销|仲裁|劳动法|劳动合同/u;

/** A fall (「跌了一跤」「摔倒了」「绊了一下」). */
const FELL = /(?:摔|跌|绊|滑)(?:了|倒|在|下)|(?:摔|跌)了?一?跤|倒在地上/u;
/** Cannot get up, or the voice fading (「爬不起来」「喊得声音越来越轻」); not bedridden (「起不来床」). */
const CANNOT_GET_UP =
  /(?:爬|站|坐)不起来(?!床)|起不来了|起不了身|动弹不得|(?:声音|喊声|叫声|应声)[^,。!?]{0,4}越来越(?:轻|小|弱|低)|喊得[^,。!?]{0,4}越来越(?:轻|小|弱)/u;
/** What makes a fall someone else's matter (a crash, a push, a hazard on the road, at work, on the estate). */
const FALL_OTHER_CAUSE = /撞|被[^,。!?]{0,3}推|推倒|打(?:倒|伤)|车祸|工地|车间|井盖|坑|台阶|楼梯|路面|地滑|结冰|物业|电梯/u;

/** Where someone can fall from. */
const HEIGHT = '(?:脚手架|架子|梯子|人字梯|楼顶|屋顶|房顶|楼上|阳台|窗台|窗户|高处|塔吊|吊篮|树上|墙头|(?:\\d+|[二三四五六七八九十]+)(?:楼|层))';
/** Who falls: a person, not a flowerpot or a tile (「楼上掉下来个花盆」 is a falling object). */
const FALLER = '(?:人|工人|工友|师傅|小工|同事|他|她|孩子|小孩|老人|大爷|老头|我爸|我妈|老公|男的|女的)';
/** Someone fallen from a height (「脚手架上掉下来一个人」「工人从三楼的架子上摔下来」). */
const FELL_FROM_HEIGHT = new RegExp(
  `${HEIGHT}上?[^,。!?]{0,4}(?:掉|摔|跌|坠|栽)了?下(?:来|去)了?[^,。!?]{0,2}(?:一|两|几)?个?${FALLER}|` +
    `${FALLER}[^,。!?]{0,8}${HEIGHT}上?[^,。!?]{0,4}(?:掉|摔|跌|坠|栽)了?下(?:来|去)|坠楼|高空坠落`,
  'u',
);
/** Badly hurt and lying there now: a bone broken, bleeding, moaning, unable to get up, not moving. */
const BADLY_HURT =
  /(?:腿|胳膊|手|脚|腰|骨头|脖子)[^,。!?]{0,3}(?:折|断)了|骨折|(?:在|还在)?(?:那|地上)?(?:哼哼|呻吟|惨叫|叫唤)|(?:流|出)了?(?:好多|很多|一地|满地)?的?血|满(?:头|脸|身)(?:是)?血|头破血流|(?:爬|站|坐)不起来|起不来|动不了|一动不动|不动了|没(?:了)?反应|昏(?:过去|迷)|晕过去|不省人事|叫不醒/u;
/** A building site or a factory: a fall there is a work-safety matter (taxonomy §2 public_safety.production). */
const WORK_SITE = /工地|脚手架|塔吊|吊篮|施工|工人|工友|小工|架子工|厂|车间/u;

/** Voice input's homophones for fire (「着伙了」「着活了」): what a resident in a hurry dictates. */
const FIRE_HOMOPHONE = /(?<![靠接跟顺沿凭望随])着(?:伙|活)(?:了|啦|喽)/u;
/** A fire burning (「着火了」「起火」「火苗」「烧起来」), or a battery exploding. */
const FIRE_WORDS =
  /(?<![开点打生])着火(?!点|药)|起火|失火|火灾(?!隐患|报警|演练|保险)|火光|(?:电动车|电瓶车?|电池|充电宝)[^,。!?]{0,4}(?:在炸|炸了|爆了|爆炸)|烧起来|燃起来|火苗|火势|明火|大火|爆燃|爆炸|冒火(?!花)|炸了|自燃|越烧越大|火星子?|(?:草垛|房子|车|屋|柴|房顶)[^,。!?]{0,3}着了/u;
/** Fire told in Cantonese (「着咗火」「火烛呀」「火烧屋」). */
const CANTONESE_FIRE = /着(?:咗|左|晒)火|火烛|火烧(?:屋|楼|房|铺|档|车|山|紧|咗|呀|啊|喇|啦)/u;
/** Cannot get down or out, in Cantonese (「我哋喺七楼落唔到去」「出唔到去」「困咗喺度」). */
const CANTONESE_TRAPPED = /落唔(?:到|倒)(?:去|楼|嚟)?|出唔(?:到|倒|返)(?:去|嚟)?|走唔(?:到|倒|甩|出)|逃唔(?:到|出)|困(?:住)?咗/u;

/**
 * Gas by name, with voice input's homophones (「煤汽味」「媒气味」「燃汽味」「天然汽」), which mean the same smell.
 */
const GAS_NAME = '煤气|燃气|天然气|液化气|沼气|煤汽|媒气|媒汽|燃汽|天然汽|液化汽';

/** Priority order: the first rule that finds a present danger decides. */
/** Words that put someone's life in a threat (「弄死」「砍死」「要你的命」「要他命」). */
const KILL_THREAT =
  /弄死|打死|砍死|捅死|劈死|烧死|杀了|杀死|宰了|整死|搞死|同归于尽|(?:捅|砍|杀)(?:死|了)?谁|要了?(?:你|我|他|她)(?:们)?的?(?:狗|老|小)?命|(?:砍|剁|捅|劈|宰)(?:了|死|残|伤)?(?:你|我|他|她)(?:们|全家)?(?![^,。!?]{0,2}(?:价|一刀))(?!家|的)/u;
/** A threat only against coming back (「再来就打断你的腿」「再敢上门就…」). */
const KEEP_AWAY = /再(?:敢)?(?:来|上门|找上门|过来|踏进)(?:一次|一回|一步)?[^,。!?]{0,3}就/u;
/** Words that threaten to maim (「打断你的腿」「废了你」「弄残他」): said with a weapon in hand, as grave as a threat to kill. */
const MAIM_THREAT = /打断(?:[^,。!?]{0,4}?的)?(?:腿|手|胳膊|脊梁)|把(?:你|我|他|她)[^,。!?]{0,3}(?:腿|手)(?:打|砍)断|废了(?:你|我|他|她)|弄残|打残/u;
/** A weapon, a blunt object or a farm tool in someone's hand (「手里拎着锤子」「抄起一根钢管」「扛着锄头」). */
const ARMED =
  /(?:拿|拎|提|举|握|抄|揣|攥|扛)(?:着|了|起|出)?(?:一?把|一?根|一?块|一?桶|一?瓶|一?壶)?(?:刀|菜刀|砍刀|镰刀|水果刀|斧头?|斧子|锤子|铁锤|榔头|大锤|棍子?|棒子?|木棒|钢管|铁棍|铁棒|砖头?|锄头|镐头?|铁锹|铁铲|扁担|钉耙|汽油|硫酸)/u;
/** Debt collectors or loan sharks (not the lender himself: a personal loan gone sour stays dispute.debt). */
const DEBT_COLLECTORS = /(?:要债|讨债|催债|催收|收债|追债|收账|要账|放贷|放高利贷)(?:的|公司|人员)|高利贷/u;
/** A gang rather than one person (「一伙纹身的」「一帮社会上的」). */
const GANG_OF = /(?:一伙|一帮|一群|一拨)[^,。!?]{0,6}(?:人|的|混混|社会|纹身|小青年)/u;
/** Unpaid wages are a labour dispute, whoever is owed. */
const WAGES = /工钱|工资|欠薪|薪水|包工头|讨薪/u;
/**
 * A neighbours' quarrel: a neighbour named and what they quarrel over, the shared corridor too (「就为楼道里那点地方」
 * 「楼道放鞋柜的事」), not the corridor as the place a fight is heard (「女的在楼道里喊救命」).
 */
const NEIGHBOUR_QUARREL =
  /^(?=.*(?:楼上|楼下|邻居|隔壁|对门))(?=.*(?:漏水|渗水|滴水|装修|噪音|太吵|吵到|车位|挡(?:路|门)|狗叫|养狗|地界|界墙|过道|堆(?:东西|杂物)|(?:楼道|走廊)(?:里)?(?:那点|的)?(?:地方|空间|位置)|(?:楼道|走廊)(?:里)?(?:堆|占|放)))/su;
/** A quarrel over land (「为宅基地又吵起来了」): a threat growing out of it keeps dispute.land. */
const LAND_QUARREL = /宅基地|承包地|责任田|自留地|地界|田埂|地边|征地|拆迁/u;
/** A personal debt between the two (「欠他的钱还没还上」「说我不还钱就砍我」). */
const DEBT_QUARREL = /欠(?:他|她|我|你)?(?:们)?的?[^,。!?]{0,3}(?:钱|款|债)|借(?:了)?(?:他|她|我|你)?(?:们)?的?[^,。!?]{0,4}(?:钱|块|万)|还钱|不还|没还上/u;
const EX_PARTNER = /前(?:男友|女友|男朋友|女朋友|夫|妻|任)|分手/u;
/**
 * Whose violence it is, where taxonomy §2 says: violent debt collection is public_order.gang; a threat that grows
 * out of a neighbours' quarrel or a personal debt keeps the dispute's subtype; violence between partners, former
 * ones too, is domestic violence. Null otherwise.
 */
function violenceEdgeSubtype(text: string): Subtype | null {
  const debt = DEBT_QUARREL.test(text) && !WAGES.test(text);
  if (DEBT_COLLECTORS.test(text) || (debt && GANG_OF.test(text))) return 'public_order.gang';
  if (LAND_QUARREL.test(text)) return 'dispute.land';
  if (NEIGHBOUR_QUARREL.test(text)) return 'dispute.neighbor';
  if (debt) return 'dispute.debt';
  return EX_PARTNER.test(text) ? 'public_order.domestic_violence' : null;
}
/** A blade drawn or slammed down (「从腰里掏出一把刀拍在柜台上」). */
const BLADE_SHOWN = /(?:掏|亮|抽|摸|拿)出[^,。!?]{0,4}(?:刀|斧|匕首|枪|棍|钢管)|(?:刀|斧头?|匕首)[^,。!?]{0,3}(?:拍|插|砍|剁|扎|戳)在/u;
/** Someone shut in (「把卷帘门拉下来了」「不让我走」). */
const SHUT_IN = /(?:卷帘门|大门|店门|门)[^,。!?]{0,4}(?:拉下|拉上|关上|锁上|锁了|反锁)|不让(?:我|我们|人)?(?:走|出去|离开)|把(?:我|我们)[^,。!?]{0,3}(?:关|锁)在/u;

/** A threat on a condition (「再不给钱就把厂子砸了」「敢报警就弄死你」): a risk to assess, not an attack under way. */
const CONDITIONAL_THREAT = /(?:再|敢|要是|如果|不|找到)[^,。!?]{0,10}就[^,。!?]{0,4}(?:弄死|打死|杀|砍|捅|烧|打|扣|同归于尽|砸)/u;

/** Fighting, beating, blades drawn, killing threatened, people seized: violence under way. */
const VIOLENCE_WORDS =
  /(?:有人|好几个人|几个人)(?:已经)?被推倒|打架|干仗|干架|打锤|打起来|打成一团|斗殴|互殴|群殴|殴打|打人|动手打|动起手|(?<!要)动手了|拳打脚踢|暴打|围殴|砍人|捅人|砍伤|捅伤|被打(?!扰|折|针|疫苗|招呼|电话|卡|包)|挨打|掐脖子|打(?:我|她|他|孩子|老婆|老人)(?![们的]?(?:电话|手机|号码|招呼))|(?<![要去说会])(?:拿|持|举|提|拎|抄|握|挥)(?:着|起|住)?(?:一?把|一?根)?(?:刀|菜刀|砍刀|斧|枪|汽油|硫酸)|(?:拿|持|举|抄|挥|拎|提)(?:着|起|住)?(?:棍|棒|钢管|铁棍|镐|锄头|铁锹|扁担)[^,。!?]{0,6}(?:追|打|砍|砸人|找人)|(?:泼|浇|倒)(?:了)?(?:汽油|硫酸)|(?:说|扬言|威胁|放话|喊|叫嚣|嚷|要|想|准备|发誓)[^,。!?]{0,12}(?:杀了|杀死|弄死|打死|砍死|捅死|整死|搞死|宰了|弄残|同归于尽|灭门|杀全家|杀人|放火烧|烧死|烧了(?:你|我|他|她))|扣着人|(?:非法)?扣押(?:人|了人|着人)|绑架|按在|在[^,。!?]{0,4}打(?:人|工人|我|他|她|孩子)(?![们的]?(?:电话|手机|号码|招呼|视频|微信))|(?<![要去说就来])(?:砸|踹)(?:我们?家?的?)?(?:东西|门|窗|车|店)|撞门|(?:正在|还在|在)[^,。!?]{0,6}打砸|皮带抽|(?:拿着|挥着|举着)[^,。!?]{0,3}(?:碎?酒瓶|钢管|铁棍|棍子|刀)|(?:把|将)(?![^,。!?]{0,6}?(?:账|钱|货|资料|东西|设备|证|卡|车))[^,。!?]{0,6}(?:带走|抓走|拖走|押走)|绑走|非法拘禁|拖上.{0,4}车|(?:按在|围着|还在)[^,。!?]{0,6}(?:打(?!地基|桩|庄|牌|麻将|球|电话|工|扫|针|卡|折|包|印|听|钻|孔|洞|井|夯|磨)|踢)|推倒.{0,6}(?:踢|打)|别打了|(?:正|还|都)在?打着(?!电话|伞|灯|手电|哈欠|招呼|牌|麻将|球|游戏|针|点滴|吊瓶)|(?:正在|还在)(?:撬|偷)|(?:推土机|挖掘机|铲车)[^。!?]{0,16}(?:推|拆|开到|开进)[^。!?]{0,10}(?:家|屋|院)/u;
/** The fight is over: treatment, compensation, the victim somewhere safe, the other side gone. */
const VIOLENCE_OVER =
  /医药费|赔偿|赔钱|验伤|伤情鉴定|做了笔录|做笔录|立案|出院|调解|打伤了|被打伤|打断|缝了|缝针|住院|在医院|骨折|说法|负责|躲(?:在|到)(?:我妈|邻居|朋友|娘家|亲戚|闺蜜|同事|别人|外面)|(?:人|他|他们)(?:已经)?(?:刚)?(?:走了|跑了|走)|已经(?:走了|跑了|离开了)|劝走|拉开了|被拉开|打完|人?散了|打了一顿|一顿打|挂彩|打出血|打破|工伤|道歉|事后|(?:回|住到|住在|躲到|去了)(?:娘家|我妈家|亲戚家|朋友家|闺蜜家|别人家)|(?:拦|劝|拉)(?:下|住)了/u;
/** A door or window forced by someone now (「把我家门砸开一条缝了」「门被踹开了」). */
const DOOR_FORCED = /(?:门|窗)[^,。!?]{0,3}被[^,。!?]{0,3}(?:砍|劈|砸|踹)(?:了|开|烂|坏|破)|把[^,。!?]{0,6}(?:门|窗)[^,。!?]{0,2}(?:砸|踹|劈|砍|撞)开/u;
/** A weapon said to be still in someone's hand (「刀还在他手上」「斧头攥在他手里」). */
const WEAPON_IN_HAND = /(?:刀|菜刀|砍刀|斧头?|匕首|锤子|榔头|棍子?|钢管|铁棍)[^,。!?]{0,3}(?:在|攥在|握在|拿在|拎在|提在)[^,。!?]{0,3}手(?:上|里)/u;
/**
 * The attack under way now, or the victim hiding from it (「在客厅砸东西」「我锁在卫生间里」): a threat for tonight
 * told beside it is no fight planned for later.
 */
const ATTACK_UNDER_WAY =
  /正在打|已经打|还在打|打起来了|动手了|在砍|在追|拿着刀|在门口|到楼下|到门口|冲进|砸门|快来|救命|在[^,。!?]{0,4}砸|(?:锁|躲|藏|关)在[^,。!?]{0,3}(?:卫生间|厕所|洗手间|浴室|房间|卧室|里屋|柜子)/u;

/**
 * At the writer's own door or window now, knocking or calling their name (「现在就在我家门外面，一直敲门喊我名字」「他就站在
 * 门口不走」), or outside where the writer hides; not at a factory, school or estate gate (「下夜班他就在厂门口等」), where
 * he waits, not comes in.
 */
const AT_MY_DOOR = new RegExp(
  [
    '(?:在|站在|守在|堵在|蹲在|等在|坐在|趴在)(?:我|我们)?(?:家|屋|房间|宿舍|出租屋|租的房子?)?的?(?:门外|门口|门前|窗外|窗户外)',
    '(?<![厂校区司位站场园])门(?:外|口|前)[^,。!?]{0,4}(?:不走|不肯走|赖着不走)',
    '(?:正|还|一直)?在(?:敲|拍|砸|踹|撞|拧)(?:我家?的?|我们家的?)?(?:门|窗)|(?:一直|不停地?)(?:敲|拍|砸|踹|撞|拧)(?:我家?的?|我们家的?)?(?:门|窗)',
    '(?:敲|拍)(?:着)?门[^,。!?]{0,4}(?:喊|叫)(?:着)?我',
    // Outside the place the writer hides in (「我躲在便利店里，他还在外面等着」).
    '(?:还|就|一直|正)在外(?:面|头|边)(?:等|守|站|蹲|转|徘徊)',
  ].join('|'),
  'u',
);

/** Where an attacker waits for the victim now: at the door, outside, downstairs. */
const AT_THE_DOOR = /门口|门外|门前|楼下|楼道|院子|院里|屋外|窗外|外面|外头|家门|店里|屋里|家里/u;
/** Medicine, a household poison or a battery, swallowed by mistake (「把降压药当糖吃了」「误喝了消毒液」). */
const MEDS = '(?:药|药片|药丸|胶囊|降压药|降糖药|安眠药|感冒药|退烧药|消毒液|84|洁厕灵|洗衣液|洗洁精|农药|老鼠药|耗子药|鼠药|杀虫剂|电池|纽扣电池|磁珠)';
const AS_SWEETS = '当(?:糖|糖豆|零食|饮料|水)(?:吃|喝)了';
const SWALLOWED_BY_MISTAKE = new RegExp(
  `(?:误食|误服|误吞|误喝|偷吃了|吞了|吞下|${AS_SWEETS})[^,。!?]{0,10}${MEDS}|${MEDS}[^,。!?]{0,8}(?:${AS_SWEETS}|被[^,。!?]{0,4}(?:吃|吞|喝)了)`,
  'u',
);
/** What no child takes as a dose: a child who ate or drank it did so by mistake. */
const POISON_TO_A_CHILD = /(?:吃了|喝了)[^,。!?]{0,10}(?:降压药|降糖药|安眠药|消毒液|84|洁厕灵|洗衣液|洗洁精|农药|老鼠药|耗子药|鼠药|毒鼠强|杀虫剂|纽扣电池|磁珠)/u;
const CHILD = /孩子|小孩|宝宝|娃|孙子|孙女|小朋友|[一二两三四五\d]岁/u;
/** A poison drunk or eaten by anyone, by mistake or not (「喝了打菜的农药」): no dose of it is safe. */
const POISONS = '(?:农药|老鼠药|耗子药|鼠药|毒鼠强|百草枯|敌敌畏|杀虫剂|除草剂|消毒液|洁厕灵)';
const POISON_TAKEN = new RegExp(`(?:喝了|吃了|喝下|吞了|喝过)[^,。!?]{0,8}${POISONS}|${POISONS}[^,。!?]{0,6}(?:喝了|吃了|喝下|吞了)`, 'u');
/** What the swallowing rules share; self-harm by pills is the self-harm rule's, and treatment ends it. */
const SWALLOWED_COMMON = {
  otherKind: /自杀|轻生|不想活|想死|寻死/u,
  aftermath: /洗胃|催吐|吐出来了|(?:已经)?(?:送|到)[^,。!?]{0,4}(?:医院|卫生院)|出院|没事了|医生说|赔/u,
  pastEndsIt: true,
  worryMeansNotYet: true,
  numbers: ['120'],
  subtype: () => 'livelihood.health',
} satisfies Partial<HazardRule>;

export const HAZARD_RULES: HazardRule[] = [
  {
    hazard: 'gas',
    cue: new RegExp(
      `(?:${GAS_NAME})[^,。!?]{0,12}(?:味|泄漏|泄露|漏气|漏了|在漏|喷|嘶嘶|呲呲|嗤嗤|咝咝|冒火|着了)|闻到.{0,6}(?:${GAS_NAME})|(?:煤气|一氧化碳)中毒|${ROTTEN_EGG.source}|(?:气罐|燃气管|煤气管|燃气表|天然气管|阀门|燃气灶|煤气灶)[^,。!?]{0,10}(?:破|断|裂|漏|喷|呲呲|嘶嘶|脱落|冒气)|挖断.{0,4}(?:燃气|煤气|天然气)|漏气(?:了|味)|(?:打开|开着)煤气`,
      'u',
    ),
    otherwise: /报警器|安装|检测|安检|整改|燃气费|缴费|停气|开户|轮胎|厂|排放|排气|园区|工业园/u,
    // A rotten-egg smell from rubbish, a drain or a sewer (and no gas named) is pollution.
    otherKind: /^(?!.*(?:煤气|燃气|天然气|液化气))(?=.*(?:垃圾|下水道|化粪池|污水|厕所|粪|养殖|河|沟|臭水|地漏))/su,
    aftermath: new RegExp(`修好了|没味了|又没了|就没(?:有)?了|没有味了|没味道了|闻不(?:到|出)了|${INTERMITTENT_GONE.source}`, 'su'),
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.gas',
  },
  {
    // A smell, a hiss or people coughing, in a message that names gas (「燃气管子的事…今早上厨房那股味儿更冲了」).
    hazard: 'gas',
    requires: new RegExp(`${GAS_NAME}|热水器|阀门|灶|气罐|化工|化学|关火`, 'u'),
    cue: new RegExp(`${SMELL_STRONGER.source}|${GAS_SIGNS.source}`, 'u'),
    otherKind: /园区|厂区|每天|每到|一到|晚上都|关上窗户/u,
    otherwise: /报警器|安装|检测|安检|整改|燃气费|缴费|排/u,
    aftermath: /修好了|没味了|又没了|就没(?:有)?了|没有味了|没味道了/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: (text) => (/化工|化学|氯气|氨气|厂/u.test(text) ? 'public_safety.production' : 'public_safety.gas'),
  },
  {
    // A chemical drum or tank leaking with fumes or people choking now: a hazardous-chemical emergency (production,
    // not a fire, though it smokes).
    ...CHEMICAL_LEAK_COMMON,
    requires: CONTAINER_LEAKING,
    cue: CHEMICAL_FUMES_HURTING,
    otherKind: /演练|演习|煤气|燃气|天然气|液化气/u,
    aftermath: /修好了|堵上了|没事了|已经处理|散了|(?:已经)?(?:送|到)[^,。!?]{0,4}医院/u,
  },
  {
    // Ammonia, chlorine or gas leaking at a cold store or factory, workers fled into the street, eyes burning (「冷库的氨气好
    // 像漏了…工人都跑到马路上了，眼睛辣得睁不开」): a hazardous-chemical emergency (public_safety.production).
    ...CHEMICAL_LEAK_COMMON,
    requires: /^(?=.*(?:冷库|厂|车间|仓库|化工|制冷|冷冻|冷藏|工地|作坊))(?=.*(?:跑到|跑出|逃出|疏散|撤出|眼睛|喉咙|呛|头晕|喘不|咳|晕倒|刺鼻))/su,
    cue: /(?:氨气|液氨|氨水|氯气|液氯|毒气|有毒气体|化学气体|硫化氢|煤气|燃气|天然气)[^,。!?]{0,6}(?:漏|泄漏|泄露|跑出来|喷)/u,
    otherKind: /演练|演习/u,
    aftermath: /修好了|堵上了|没事了|已经处理|处理了吗|散了|赔偿|(?:已经)?(?:送|到)[^,。!?]{0,4}医院/u,
  },
  {
    // An indoor electrical fire starting: a socket, plug or extension board sparking, crackling or
    // smelling of burning now (the power-line rule below is for wires outdoors).
    hazard: 'electrical_fire',
    requires: SOCKET,
    cue: new RegExp(`(?:${SOCKET.source})[^。!?]{0,14}(?:${SOCKET_LIVE.source})|(?:${SOCKET_LIVE.source})[^,。!?]{0,10}(?:${SOCKET.source})`, 'u'),
    otherwise: /检查|更换|换了?(?:新|个|一)|维修|安装|演练|宣传|培训|知识|视频里|电视|打火机|灶|燃气|煤气|电焊|焊/u,
    otherKind: /高压线|电线杆|电杆|变压器|线杆|马路上|路边/u,
    aftermath: /(?:已经|早就?|都)?(?:拔掉了?|拔了|断电了|拉闸了|关了电闸|灭了|扑灭|修好了|换掉了|换了新的)/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.fire',
  },
  {
    hazard: 'fire',
    cue: new RegExp(`${CANTONESE_FIRE.source}|${FIRE_HOMOPHONE.source}|${FIRE_WORDS.source}`, 'u'),
    // A drill's smoke, or the fire someone briefly took it for (「搞消防演练…还以为真着火了」).
    otherKind: /演练|演习/u,
    otherwise: /用明火|明火(?:做饭|烧烤|烤|炒|熬)|怎么跑|怎么逃|咋跑|跑得出去|跑不出去|火苗.{0,2}小|打不着火|灶|锅|炉|烧着火/u,
    aftermath: /灭了|扑灭|熄灭|浇灭|被.{0,2}火烧了|烧毁|烧光了|烧没了|已经(?:焊|干|弄|做)完/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.fire',
  },
  {
    // An ultra-short panic message (「救命 着了 2栋」「3号楼着了 快」): a bare 「着了」 (not 睡着了、找着了) with a call
    // for help or a building named is a fire.
    hazard: 'fire',
    requires: /救命|快|赶紧|119|(?:\d+|[一二三四五六七八九十]+)(?:栋|幢|号楼|单元)/u,
    cue: /(?<!\p{Script=Han})着(?:了|起来了)|(?:楼|屋|房子?|栋|幢|单元|店|厂|仓库|车库|厨房)着(?:了|起来了)/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.fire',
  },
  {
    hazard: 'fire',
    cue: /冒[^,。!?]{0,4}烟|浓烟|烟雾|(?:好大|好浓|很大|很浓|好多)的?(?:黑|白)?眼(?![睛镜泪光神色界珠皮圈袋角])|烧焦味|焦糊味|糊味|(?:全是|都是|满是|一屋子|满屋|满楼道)的?烟(?![头酒草民花盒])|烟(?:很大|好大|太大|越来越大)|(?:屋|家|客厅|卧室|厨房|楼道|房间|窗户|门缝)[^,。!?]{0,4}有烟(?![头酒草民花盒])/u,
    otherKind: /演练|演习|烟囱|油烟|烧烤|烤鸭|烤肉|饭店|餐馆|饭馆|排烟|秸秆/u,
    // Burning rubbish is a nuisance; rubbish carried downstairs (「倒垃圾看见…冒烟」) is not the source.
    otherwise: /秸秆|烧垃圾|垃圾[^,。!?]{0,6}(?:冒烟|烧|焖|着)|烟囱|油烟|烧烤|焚烧|烧纸|抽烟|吸烟|烟花|鞭炮|炮仗|工厂|锅炉|排放|雾霾|扬尘|熏|做饭|炒菜|干冰|冰淇淋|摊|大排档|灶|烧煤|取暖|发电机|柴油|落叶|木头|整条街|整个村/u,
    aftermath: /灭了|扑灭|熄灭|浇灭/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.fire',
  },
  {
    hazard: 'self_harm',
    cue: /自杀|轻生|不想活|想死|寻死|跳楼|跳河|跳江|跳湖|跳桥|跳下去|跳下来|跳水库|撞墙|割腕|割了?(?:手腕|腕)|烧炭(?!盆|火|炉|取暖)|敌敌畏|百草枯|喝了?(?:农药|老鼠药)|不如死了|死了算了|活着没意思|最后一条(?:消息)?|跟大家告别|照顾好爸妈|再也不醒|吃了很多药|往(?:水|河)里走|开进河|(?:站|坐|爬)(?:在|到)[^,。!?]{0,12}(?:窗台|天台|楼顶|桥上|桥边|铁轨|水库|塔吊)|遗书|交代后事|永别|活够了|活着太累|不想拖累|拖累.{0,4}(?:你们|大家|家里)|最后一次.{0,6}(?:说话|联系|见)|对不起.{0,6}(?:孩子|你们|大家|爸妈)|安眠药|(?:吃|吞)了.{0,4}(?:整瓶|一瓶|一把|好多)(?:药|安眠药)|喝农药|喝药|吃安眠药|吞药|(?<![墙楼顶树])上吊(?![着篮车灯])|一死了之|寻短见|了结自己|结束(?:自己的)?生命|死给你看|站在(?:楼顶|天台|窗台)|爬上(?:楼顶|天台|塔吊)|(?:楼顶|天台|窗台|桥栏杆?)上?(?:站|坐|蹲|趴)着|(?:说|喊|扬言|威胁|嚷着?)[^,。!?]{0,8}(?:就|要)跳(?![舞绳远高])/u,
    // A poison drunk by mistake (「把百草枯当水喝了」) is the poisoning rule's, not self-harm.
    otherwise: /当(?:水|饮料|茶|酒)喝|误喝|误服|误食|喝错|拿错/u,
    aftermath: /救回来|救过来|抢救过来|出院/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['110', '120'],
    subtype: () => 'public_order.other',
  },
  {
    // Self-harm said without the words for it (taxonomy §2: emergency with self_harm): a farewell
    // (「再见了这个世界」「下辈子再见」), things given away or affairs put in order, a photo of pills or
    // blood, wanting to die said earlier — together with the person no longer answering. A strong
    // farewell counts alone.
    hazard: 'self_harm',
    requires: new RegExp(
      `${SELF_HARM_FAREWELL.source}|^(?=.*(?:${SELF_HARM_ARRANGING.source}|${SELF_HARM_PHOTO.source}|${WEAK_FAREWELL.source}|${PAST_SUICIDE_TALK.source}))(?=.*(?:${UNREACHABLE.source}))`,
      'su',
    ),
    cue: new RegExp(`${SELF_HARM_FAREWELL.source}|${SELF_HARM_ARRANGING.source}|${SELF_HARM_PHOTO.source}|${WEAK_FAREWELL.source}|${PAST_SUICIDE_TALK.source}`, 'u'),
    otherwise: /歌|电影|电视剧|小说|游戏|节目|毕业|退休|搬家|出国|离职|辞职|旅游|演出|段子|开玩笑/u,
    aftermath: /救回来|救过来|抢救过来|出院|(?<![没不])(?:找到了|联系上了|回消息了|接电话了)|没事了|虚惊/u,
    // The farewell was sent earlier (「昨晚跟我说下辈子再做兄弟」); the danger lasts until the person is found.
    pastEndsIt: false,
    worryMeansNotYet: false,
    numbers: ['110', '120'],
    subtype: () => 'public_order.other',
  },
  {
    // Suicide intent without the word 死: wanting to sleep and never wake, pills saved up (alone), or a
    // farewell, 「别找我」 or weariness with everything together with the means at hand.
    hazard: 'self_harm',
    requires: new RegExp(
      `${SELF_HARM_STRONG_INDIRECT.source}|^(?=.*(?:${WEAK_FAREWELL.source}|${SELF_HARM_WEARY.source}|${SELF_HARM_ARRANGING.source}))(?=.*(?:${SELF_HARM_MEANS.source}))`,
      'su',
    ),
    cue: new RegExp(`${SELF_HARM_STRONG_INDIRECT.source}|${SELF_HARM_MEANS.source}|${SELF_HARM_WEARY.source}|${WEAK_FAREWELL.source}`, 'u'),
    otherwise: /歌|电影|电视剧|小说|游戏|节目|段子|开玩笑|闹钟|周末|放假|懒觉|补觉|失眠|睡不着|考完|下班/u,
    otherKind: /(?:猫|狗|老鼠|虫|蟑螂|庄稼|菜地|果树|田里|地里)[^,。!?]{0,6}(?:药|农药)|(?:打|喷|洒)农药|除草|杀虫|灭鼠/u,
    aftermath: /救回来|救过来|抢救过来|出院|(?<![没不])(?:找到了|联系上了|回消息了|接电话了)|没事了|虚惊|已经(?:收走|拿走|扔掉|没收)/u,
    pastEndsIt: false,
    worryMeansNotYet: false,
    numbers: ['110', '120'],
    subtype: () => 'public_order.other',
  },
  {
    // Death said obliquely, set for tonight or now or planned (「人要是不在了 网贷会不会让我娃来还 反正我也撑不下去了
    // 今晚就想把这事了了」): an emergency even inside a legal or money question.
    hazard: 'self_harm',
    requires: OBLIQUE_DEATH,
    cue: SET_FOR_NOW,
    otherwise: /歌|电影|电视剧|小说|游戏|节目|段子|开玩笑/u,
    aftermath: /救回来|救过来|抢救过来|出院|没事了|虚惊|想通了|不会做傻事/u,
    pastEndsIt: true,
    imminent: true,
    worryMeansNotYet: false,
    numbers: ['110', '120'],
    subtype: () => 'public_order.other',
    // Taxonomy §2: a threat of suicide is public_order.other, whatever debt or law it is told with.
    fixedSubtype: () => 'public_order.other',
  },
  {
    // Someone at the edge of a roof, balcony or bridge, crying or refusing to come down, people afraid to go near.
    hazard: 'self_harm',
    requires: HEIGHT_EDGE,
    cue: /不肯下来|不下来|不愿(?:意)?下来|劝不(?:下来|动|住)|劝了?[^,。!?]{0,6}(?:不听|没用|不下)|(?:叫|喊|劝)(?:他|她)?(?:也|都)?不(?:理|应|听|回头)|不敢(?:靠近|过去|上前|上去|刺激)|(?:腿|脚)?悬在(?:外面|半空|外头)|(?:腿|脚)(?:伸|挂|耷拉)在(?:外面|外头|外边)|(?:坐|站|蹲|爬)(?:在|到)[^,。!?]{0,10}(?:边上|边缘|边沿|沿上|外面|外侧|外边|外头)|(?:栏杆|护栏)(?:的)?外(?:面|侧|边|头)?|(?:坐|站|蹲)(?:在|到)?[^,。!?]{0,10}(?:楼顶|天台|窗台|桥)[^,。!?]{0,6}(?:哭|大哭|喊|发呆|不动)/u,
    otherwise: /猫|狗|鸟|风筝|干活|施工|工人|安装|维修|修|晒|拍照|自拍|风景|钓鱼|乘凉|看烟花|看日出|聊天|抽烟/u,
    // A toddler out on a railing is a child in danger (the rule after the medical ones), not a suicide attempt;
    // an owner who will not be talked out of a rooftop shed (「我劝不动」) is an unauthorised building.
    otherKind: /小孩|小朋友|宝宝|幼儿|小娃|(?<![\d十])[一二两三四五六1-6]岁|加盖|搭建|违建|违章|彩钢|私搭|盖房|盖了/u,
    aftermath: /(?:已经|终于|被)?(?:劝下来|救下来|拉下来|抱下来|下来了)|没事了|虚惊/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110', '120'],
    subtype: () => 'public_order.other',
  },
  {
    // The means bought, ready or at hand (「农药已经买回来摆在桌子上」「刀就在我手边」「绳子准备好了」) with despair or a
    // farewell (「撑不住了」「解脱」「以后我爸麻烦你们照看」「就想找个人说一声」): an emergency even inside a legal question.
    ...SELF_HARM_WARNING_COMMON,
    requires: new RegExp(`^(?=.*(?:${MEANS_READY.source}))(?=.*(?:${DESPAIR.source}|${WEAK_FAREWELL.source}|${SELF_HARM_WEARY.source}|${OBLIQUE_DEATH.source}))`, 'su'),
    cue: MEANS_READY,
    otherwise: /歌|电影|电视剧|小说|游戏|节目|段子|开玩笑|医生|处方|报销|晾|切菜|做饭/u,
    otherKind: /(?:猫|狗|老鼠|虫|蟑螂|庄稼|菜地|果树|田里|地里)[^,。!?]{0,6}(?:药|农药)|(?:打|喷|洒)农药|除草|杀虫|灭鼠|烧烤|火锅|取暖/u,
    aftermath: /救回来|救过来|抢救过来|出院|没事了|虚惊|想通了|不会做傻事|已经(?:收走|拿走|扔掉|没收)/u,
  },
  {
    // Someone buying a shroud for herself, crying, then walking off toward the river (「问寿衣有没有她穿得下的码…往河边
    // 那条路走了」): a warning the seller reports now.
    ...SELF_HARM_WARNING_COMMON,
    requires: /^(?=.*寿衣)(?=.*(?:她|他)(?:自己)?(?:穿|用))(?=.*(?:哭|眼睛[^,。!?]{0,3}肿|河|江|湖|水库|桥|楼顶|马上就?用得着|用得上))/su,
    cue: /寿衣|(?:往|朝|向)[^,。!?]{0,8}(?:河|江|湖|水库|桥)[^,。!?]{0,4}(?:走|去)|马上就?用得(?:着|上)/u,
    otherwise: /老人家?自己要求|给(?:我|她|他)?(?:妈|爸|奶奶|爷爷|老人|外婆|外公)|补贴|店门口|占道|花圈/u,
    aftermath: /找到了|拦住了|劝回来|送回家|没事了|虚惊/u,
  },
  {
    // A live power line down where people are: fallen tree or broken pole, wire on the ground or sparking.
    hazard: 'electric',
    requires: POWER_LINE,
    cue: new RegExp(
      `(?:${POWER_LINE.source})[^。!?]{0,16}(?:${SPARKING.source})|(?:${SPARKING.source})[^,。!?]{0,8}(?:${POWER_LINE.source})|` +
        `(?:${POWER_LINE.source})[^,。!?]{0,10}(?:${LINE_DOWN.source})|(?:${FELLED.source})[^。!?]{0,12}(?:${POWER_LINE.source})|` +
        `(?:压|砸|搭|倒)(?:在|到)了?(?:${POWER_LINE.source})|(?<![网光天])线[^,。!?]{0,4}(?:断|掉|垂|耷|拖在|落地)`,
      'u',
    ),
    // Down but not sparking needs people near it; a sparking wire is dangerous by itself.
    // A kite string or laundry caught on a line is no live wire down.
    otherKind: /风筝|晾衣|衣服|被子|床单|塑料袋|气球|^(?!.*(?:火花|火星|打火|冒火|冒烟|滋滋|噼里啪啦|噼啪|啪啪|放电|带电|漏电|电到|触电|电弧|起火|着火))(?!.*(?:有人|好多人|很多人|一群人|行人|路人|孩子|小孩|学生|老人|围着|围观|站着|站在|路过|经过|走来走去|放学|上学|赶集|菜市场|人来人往|车来车往))/su,
    otherwise: /垂得[^,。!?]{0,4}低|(?:很|太|有点|比较|特别)低|网线|电话线|光纤|光缆|有线电视|宽带|停电|没电|来电|电费|充电|插座|插线板|接线板|私拉|私接|飞线|拉了?一?根|快(?:要)?(?:垂|掉|断|碰|挨)|没(?:有)?(?:冒|打|闪|火花|火星|电)|不冒|不带电|断(?:了)?电了|已经断电|以前|演练|检查/u,
    aftermath: /修好了|接好了|已经处理|已经断电|拉闸了|(?:供电所|电力|电工|抢修)[^,。!?]{0,6}(?:来了|到了|在修)/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['110', '119'],
    subtype: (text) =>
      /台风|大风|狂风|暴雨|雷|刮倒|刮断|风把|冰雪|大雪/u.test(text)
        ? 'public_safety.disaster'
        : /撞|车|路|街|村口|马路/u.test(text)
          ? 'public_safety.road'
          : 'public_safety.fire',
  },
  {
    // A break-in under way with someone at home (「楼下有人在撬我家的门，她一个人在家，躲在房间里」):
    // a theft watched from safety is urgent (risk rules); this is not.
    hazard: 'break_in',
    requires: /一个人在家|在家|屋里有人|家里有人|人在屋里|躲在|躲进|反锁|不敢出/u,
    cue: /(?:在|正在)撬[^,。!?]{0,4}(?:门|锁|窗)|撬(?:我|我们|她|他)?家的?(?:门|锁|窗)|(?:往|从)(?:窗户?|阳台)[^,。!?]{0,4}(?:爬进|翻进|钻进)|翻窗进|闯进(?:家|屋|来)/u,
    aftermath: /跑了|走了|抓到了|抓住了|派出所|做笔录|丢了什么|损失/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['110'],
    subtype: () => 'public_order.theft',
  },
  {
    hazard: 'violence',
    cue: new RegExp(`${DOOR_FORCED.source}|${WEAPON_IN_HAND.source}|${VIOLENCE_WORDS.source}`, 'u'),
    // A threat on a condition (「再…就弄死你」) is a risk to assess, not an attack under way.
    otherwise: new RegExp(`${CONDITIONAL_THREAT.source}|(?:猫|狗|鸡|鸭)[^,。!?]{0,3}(?:打架|打起来|互咬|被打|被砍|被踢)|(?:打|踢|砍|揍|杀)了?(?:我|他|她)?家?的?(?:猫|狗|鸡|鸭)|(?:快|快要|就要|差点|要|会)打起来`, 'u'),
    // A fight told inside a swindler's story (「孙子打架被抓了，要交保释金」) is the swindle. A fight planned
    // for later, a threat read in a group chat, or a theft watched from safety are urgent (taxonomy §3):
    // unless the message also says someone is being hurt or in danger now.
    otherKind: new RegExp(
      `保释|骗子|诈骗|被骗|^(?!.*(?:${ATTACK_UNDER_WAY.source}))(?=.*(?:${FUTURE.source}|(?:群里|群聊|微信群|家长群|业主群|朋友圈|聊天记录|截图|评论区|帖子|直播间|网上|抖音|快手)))|` +
        `^(?=.*(?:撬|偷|小偷|盗))(?=.*(?:要不要|该不该|用不用|需不需要|能不能|可以|需要)[^,。!?]{0,3}报警)(?!.*(?:家里有人|屋里有人|人在家|在屋里|老人|孩子|小孩|打人|拿着刀|持刀|刀|冲进|发现了我|追我))`,
      'su',
    ),
    // Also over when the victim is somewhere safe, the other side has left or the police took them away.
    aftermath: new RegExp(`${TAKEN_AWAY_BY_POLICE.source}|${VIOLENCE_OVER.source}`, 'u'),
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: (text) => (FAMILY.test(text) ? 'public_order.domestic_violence' : 'public_order.violence'),
    fixedSubtype: violenceEdgeSubtype,
  },
  {
    // Armed at the door or outside now and threatening to kill or maim (「拎着锤子在我家门口转，说不挪车就弄死我」
    // 「拿着棍子堵在我家楼下，说不还钱就打断我的腿」): the threat names a condition, but the means are in hand and the
    // man is there (taxonomy §3).
    hazard: 'violence',
    requires: new RegExp(`^(?=.*(?:${KILL_THREAT.source}|${MAIM_THREAT.source}))(?=.*(?:${AT_THE_DOOR.source}))`, 'su'),
    cue: ARMED,
    otherwise: /(?:猫|狗|鸡|鸭|蛇|老鼠)|装修|师傅|干活|修(?:车|房|门|锁)|砸核桃|切菜|做饭/u,
    // A man at his own door warning the writer off (「我去找他要账，他拎着根棍子站在门口说再来就打断我的腿」): leaving ends it.
    otherKind: KEEP_AWAY,
    aftermath: /(?:人|他|他们|已经|早就?)(?:已经)?(?:刚)?(?:走了|跑了|离开了)|派出所|做了笔录|立案|调解|赔偿|上个月|去年|前年/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: (text) => (FAMILY.test(text) ? 'public_order.domestic_violence' : 'public_order.violence'),
    fixedSubtype: violenceEdgeSubtype,
  },
  {
    // A stalker at the writer's door now, knocking, calling their name, refusing to leave (「那个跟踪我的男的现在就在我家
    // 门外面，一直敲门喊我名字」): 110 now. The same man following for weeks, waiting at a gate or leaving notes is urgent
    // (taxonomy §3: a credible risk), not this.
    hazard: 'stalker',
    requires: STALKING,
    cue: AT_MY_DOOR,
    otherwise: /快递|外卖|物业|社区|网格员|民警|警察/u,
    // A stray dog that followed the writer home is no stalker.
    otherKind: /(?:狗|猫|鹅|猴|牛|羊|野猪)[^,。!?]{0,4}(?:跟(?:着|了)我|尾随|一路跟)/u,
    aftermath: /(?<![不没])(?:走了|离开了|跑了)|派出所|做了笔录|立案|警察(?:来了|到了)/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: (text) => (EX_PARTNER.test(text) ? 'public_order.domestic_violence' : 'public_order.other'),
  },
  {
    // Debt collectors who shut someone in or draw a blade now (「要债的三个人在我店里，把卷帘门拉下来，掏出一把刀
    // 拍在柜台上」): violent debt collection under way (taxonomy §2: public_order.gang).
    hazard: 'violence',
    requires: DEBT_COLLECTORS,
    cue: new RegExp(`${BLADE_SHOWN.source}|${SHUT_IN.source}`, 'u'),
    aftermath: /走了|散了|离开了|派出所|做了笔录|立案|赔偿|调解/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: () => 'public_order.gang',
    fixedSubtype: () => 'public_order.gang',
  },
  {
    // A gang at someone's door or stall now, already smashing things (「一伙人堵在我店门口，把柜台砸了」):
    // violence under way before anyone is hit.
    hazard: 'violence',
    requires:
      /^(?=.*(?:一伙|一帮|一群|一拨|好几个|十几个|几个|七八个|五六个)[^,。!?]{0,8}(?:人|男的|混混|社会上的|小青年|打手))(?=.*(?:堵在|堵着|堵住|围在|围着|守在|闯进|冲进|赖在))/su,
    cue: /砸了|砸坏|砸烂|砸碎|砸开|在砸|打砸|掀了|掀翻/u,
    // 「有几个脾气大的说再不给钱就把厂子砸了」: a crowd's threat, nothing smashed yet (urgent: group, threat).
    otherwise: CONDITIONAL_THREAT,
    aftermath: /走了|散了|离开了|派出所|做了笔录|赔偿|修好|上个月|去年|前年/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: () => 'public_order.gang',
  },
  {
    // Explosives or a gas can strapped on, threatening to blow himself up with the other side (「背着一捆炸药说要跟老板
    // 一起炸死」「身上绑着煤气罐…同归于尽」): an emergency whatever condition the threat names; a dispute keeps its subtype.
    hazard: 'violence',
    requires: /^(?=.*(?:炸药|雷管|爆炸物|煤气罐|液化气罐|气罐|汽油))(?=.*(?:同归于尽|一起(?:炸死|死|完蛋)|炸死|引爆))/su,
    cue: /(?:背|绑|捆|缠|揣)(?:着|了|在)?[^,。!?]{0,6}(?:炸药|雷管|爆炸物|煤气罐|液化气罐|气罐)|(?:炸药|雷管|爆炸物|煤气罐|液化气罐|气罐|汽油)[^,。!?]{0,4}(?:背|绑|捆|缠|揣|浇)在[^,。!?]{0,3}身上|一起炸死|炸死(?:他|她|你|老板|大家|所有人)/u,
    otherwise: /开采|爆破|矿上|采石|放炮|烟花|鞭炮|电视|电影|新闻|气话|说说而已|明天|后天|下次|改天|过几天/u,
    aftermath: /(?:人|他|已经)(?:已经)?(?:被)?(?:劝下来|劝走|制服|抓走|带走)|派出所|警察(?:已经)?(?:到了|来了)|没事了|虚惊|上个月|去年/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110', '119'],
    subtype: (text) => (WAGES.test(text) || /老板|工头|工地|石场|厂/u.test(text) ? 'dispute.labor' : 'public_order.violence'),
    fixedSubtype: (text) => violenceEdgeSubtype(text) ?? (WAGES.test(text) || /老板|工头/u.test(text) ? 'dispute.labor' : null),
  },
  {
    // Shut in now by a landlord, an employer or a creditor (「把我锁在屋里不让走」「门从外面锁上了」): unlawful confinement,
    // an emergency even inside a legal question (「他这样合法吗」); the dispute keeps its subtype.
    hazard: 'violence',
    requires: /不让(?:我|我们)?(?:走|出去|出门|离开)|不放(?:我|我们|人)|别想(?:走|出去|离开)|从外(?:面|边|头)?(?:锁|反锁|插)|(?:锁|关)在[^,。!?]{0,6}(?:屋|房|家|宿舍|厂|店|仓库|里)/u,
    cue: /把(?:我|我们)(?:几个|俩|两个|三个|一家|娘俩|母子|[一二三四五六七八九十几]个人)?(?:锁|关|反锁)在|门[^,。!?]{0,3}(?:被)?(?:人)?从外(?:面|边|头)?(?:锁|反锁|插)|(?:锁|关)着?(?:我|我们)[^,。!?]{0,4}不让(?:我|我们)?(?:走|出去|出门|离开)/u,
    otherwise: /钥匙(?:丢|忘|掉)|自己(?:锁|关)|不小心|风把门/u,
    otherKind: /孩子|小孩|宝宝|娃|电梯|车里/u,
    aftermath: /(?:已经|终于|后来)[^,。!?]{0,4}(?:出来|放出来|放我|放了|逃出来|跑出来)|放(?:我|我们)(?:走|出来)了|派出所|警察(?:已经)?(?:到了|来了)|报过警/u,
    pastEndsIt: true,
    lastsNow: /现在|正|还(?:在|被|锁|关)|不让(?:我|我们)?(?:走|出去)|不放|别想(?:走|出去|离开)|(?:锁|反锁|关)(?:上)?了/u,
    worryMeansNotYet: true,
    numbers: ['110'],
    subtype: (text) =>
      /房东|房租|租金|押金/u.test(text)
        ? 'dispute.housing'
        : WAGES.test(text) || /老板|工头|厂里|干满/u.test(text)
          ? 'dispute.labor'
          : DEBT_QUARREL.test(text)
            ? 'dispute.debt'
            : 'public_order.other',
    fixedSubtype: violenceEdgeSubtype,
  },
  {
    // A (former) partner who has just said he is coming tonight to kill the writer, and knows where she lives or has
    // her key (「前男友刚才给我发短信说今晚要来杀了我，他知道我住哪，还有我家钥匙」): 110 now, not a risk for later.
    hazard: 'violence',
    requires: /知道我(?:住|家|在)|我(?:住|家)(?:在)?哪|(?:有|拿着|配了)[^,。!?]{0,4}钥匙|我家(?:的)?钥匙|我的?(?:住址|地址)/u,
    cue: /(?:今晚|今天晚上|今夜|今天|马上|待会儿?|等会儿?|一会儿|现在)[^,。!?]{0,4}(?:要|就|会)?(?:来|过来|上门|找上门|到我家)[^,。!?]{0,4}(?:杀|弄死|砍|捅|打死|宰|搞死|整死|要我的命|泼硫酸)/u,
    otherwise: /开玩笑|游戏|电影|电视剧|小说/u,
    aftermath: /(?:已经)?(?:被)?(?:抓(?:走|了|住)|带走)|派出所|警察(?:已经)?(?:到了|来了)|做了笔录|立案|上个月|去年|以前/u,
    pastEndsIt: true,
    lastsNow: /今晚|今天晚上|今夜|马上|待会|等会|一会儿/u,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: (text) => (EX_PARTNER.test(text) || FAMILY.test(text) ? 'public_order.domestic_violence' : 'public_order.violence'),
    fixedSubtype: (text) => (EX_PARTNER.test(text) || FAMILY.test(text) ? 'public_order.domestic_violence' : null),
  },
  {
    // Someone in the water struggling, gone under or fallen in from the bank (110/119/120), not pollution or vice.
    hazard: 'drowning',
    cue: DROWNING,
    otherwise: /(?:鸭|鹅|鱼|狗|猫|牛|羊|猪|鸡|手机|钥匙|钱包|帽子|鞋|球)[^,。!?]{0,4}(?:在|掉|落|挣扎|扑腾)|防溺水|溺水(?:事故|警示|安全|宣传|教育)|学游泳|游泳(?:课|馆|比赛|培训)/u,
    aftermath: /救上来|救上岸|拉上来|捞上来|救起|被救|已经上岸|(?:爬|游|拉)上(?:岸|来)了|没事了|打捞|遗体|尸体/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['110', '119', '120'],
    subtype: (text) => (/工地|工厂|车间|厂|污水池|化粪池|沼气池/u.test(text) ? 'public_safety.production' : 'public_safety.disaster'),
  },
  {
    // A hand, an arm or hair caught in a machine (「冲床把我同事的手压进去了，现在还卡着出不来」): stop the machine,
    // 120, and 119 to free it. A factory danger (public_safety.production), or a labour matter when asked about.
    hazard: 'caught_in_machine',
    requires: MACHINE,
    cue: BODY_CAUGHT,
    // Laundry in a washing machine's drum, or an animal, is no worker caught.
    otherwise: /洗衣机|烘干机|甩干机|(?:猫|狗|鸡|鸭|鸟|老鼠)[^,。!?]{0,4}(?:压|夹|卷|绞|卡)/u,
    aftermath:
      /(?:救|取|拿|弄|拔|抽|退|拉)出来了|(?:已经)?送(?:到|进|去)?[^,。!?]{0,4}(?:医院|卫生院)|在医院|住院|出院|手术|截肢|接上了|缝了|鉴定|伤残|没事了/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['120', '119'],
    subtype: () => 'public_safety.production',
    fixedSubtype: (text) => (WORK_INJURY_CLAIM.test(text) ? null : 'public_safety.production'),
  },
  {
    hazard: 'trapped',
    cue: /被困(?!扰)|困在|困住|(?:关|锁)着(?:一个|个|几个)?(?:人|小孩|孩子|老人)|被压在|掉进去|掉下去了|被围在|围在里面|推到沟里|出不去了|下不去了|门打不开|压着人|(?:人|腿|脚|身子|孩子|老人|工人)[^,。!?]{0,3}压住了|(?:人|孩子|小孩|老人|工人|腿|脚|手|身子|胳膊)[^,。!?]{0,6}被压住|压住了?[^,。!?]{0,4}(?:路过的|过路的)?(?:人|学生|孩子|小孩|工人|老人)|被.{0,3}夹住|掉进[^,。!?]{0,6}(?:井|坑|沟|河|水|洞)|被关在(?!门外|外面|外头)|关在电梯|卡在电梯|电梯[^,。!?]{0,10}(?:困|关|卡)[^,。!?]{0,6}人|电梯.{0,10}有人出不来|卡在.{0,4}(?:里面|里头|中间)|电梯里.{0,8}出不来|(?:人|我|孩子|老人).{0,6}出不来了|被埋|埋在.{0,6}(?:下面|里)|压在.{0,6}下面|(?:司机|人|孩子|老人|乘客)还在(?:车|驾驶室|里面|里头)|悬在(?:半空|桥边|护栏)|车(?:里|内)[^,。!?]{0,3}(?:锁|关|困)着[^,。!?]{0,8}(?:孩子|小孩|宝宝|婴儿|娃|老人)|(?:孩子|小孩|宝宝|婴儿|娃)[^,。!?]{0,4}(?:锁|关|困)在车(?:里|内|上)/u,
    // Housebound whenever the lift stops (「电梯一停我就只能困在家里」) is a lift to repair, not someone trapped now.
    otherwise: /(?:羊|牛|猪|狗|猫|鸡|鸭|鹅|马)[^,。!?]{0,4}(?:掉|困|卡|压|关)|只能[^,。!?]{0,2}(?:困|待|呆|憋|关)在家/u,
    aftermath: /救出|出来了|修好了/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: trappedSubtype,
    fixedSubtype: (text) => (CHILD_LOCKED_IN_CAR.test(text) ? 'livelihood.care' : null),
  },
  {
    // Someone pinned or buried under a collapse, still or perhaps inside it, heard or gone silent (「脚手架垮了 底下压了两个人
    // 一个还能喊 一个没声了」「老土房刚塌了，王大爷还在里面，能听见他在哼哼」「埋了半边猪圈，不晓得我叔在不在里面」).
    hazard: 'trapped',
    requires: COLLAPSED,
    cue: new RegExp(`${PINNED.source}|${STILL_INSIDE.source}|${SIGNS_OF_LIFE.source}|${MAYBE_INSIDE.source}`, 'u'),
    otherwise: /(?:羊|牛|猪|狗|猫|鸡|鸭|鹅|马)[^,。!?]{0,4}(?:压|埋|在里面)/u,
    aftermath: /救出|挖出|扒出|拉出来|抬出来|送(?:到|去)?[^,。!?]{0,4}医院|赔|工伤/u,
    // A follow-up to a crack reported before (「上次说的那个后山裂缝…刚才轰的一声垮下来…不晓得我叔在不在里面」).
    lastsNow: JUST_CAME_DOWN,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119', '120'],
    subtype: trappedSubtype,
  },
  {
    // Someone who cannot get down or out of a building that is giving way or burning.
    hazard: 'trapped',
    requires: new RegExp(`塌|垮|着火|起火|烟|洪|淹|掉灰|裂开|${CANTONESE_FIRE.source}`, 'u'),
    cue: new RegExp(`(?:人|老人|老太太?|老大爷|大爷|大妈|孩子|小孩|奶奶|爷爷|工人)[^,。!?]{0,3}(?:下不来|出不来|跑不出来)(?!台)|${CANTONESE_TRAPPED.source}`, 'u'),
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: (text) => (/塌|垮|掉灰|裂开/u.test(text) ? 'public_safety.building' : /洪|淹/u.test(text) ? 'public_safety.disaster' : 'public_safety.fire'),
  },
  {
    hazard: 'trapped',
    requires: /塌|倒了|倒下|推倒|压|埋|着火|起火|烟|洪|淹|水|雨|困|翻|掉|滑坡|出不来|打不开|电梯/u,
    cue: /人还在(?:里面|屋里|下面)|里面(?:好像|还)?有人(?!住)|有人在里面|(?:人|他|她|老人|孩子|工人|小孩)还在里面|(?:车|屋|房)里(?:还|好像)有人|没上来|没出来|回不去了|被压着|压在身上|卡在驾驶室|门变形|卡在[^,。!?]{0,10}(?:中间|之间)|(?:里面|里头|车里)[^,。!?]{0,2}有(?:人|娃|孩子|小孩)[^,。!?]{0,2}在(?:哭|喊|叫)/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: (text) => (/塌|倒|压|埋/u.test(text) ? 'public_safety.building' : /洪|淹/u.test(text) ? 'public_safety.disaster' : 'public_safety.fire'),
  },
  {
    hazard: 'flood',
    requires: /雨|洪|涝|汛|决堤|溃坝|河|江|积水|大水|涨水|发水|水(?:已经|都)?(?:进屋|进家|漫|涨|淹)|(?:车库|地下室)[^,。!?]{0,4}进水|山坡|滑坡|塌方/u,
    otherwise: /漏水|渗水|水管|自来水|热水器|楼上/u,
    cue: /(?:往|向)[^,。!?]{0,6}(?:屋|家|房|户|住户)里?(?:灌|涌|冒|流|淌)|进屋|进家|进了(?:屋|家)|进到屋|灌进|漫进|涌进|倒灌|淹到|(?:屋|家|房子|房间|一楼|院子|村子|村里|屋里|家里)[^,。!?]{0,6}(?:被淹|淹了|进水|全是水|泡在水)|被水围|困在水|淹没|齐腰|没过(?:膝盖|脚踝|脚脖子|小腿|大腿)|漫到(?:膝盖|腰|胸)|涨到(?:胸口|腰|脖子)|山坡[^,。!?]{0,4}(?:往下滑|滑下来|塌)|滑坡了|塌方了|石头滚下来|往村里冲|水(?:越来越大|越来越高|越涨越高|还在涨|还在往上涨|涨得好快|又涨了)|(?:涨|漫)到[^,。!?]{0,3}(?:门口|台阶|门槛)|有人[^,。!?]{0,3}(?:下去|在下面|在里面)[^,。!?]{0,3}挪车|(?:爬|站|蹲|坐|困)(?:在|到|上)了?车顶/u,
    aftermath: /水退了|退水了|水已经退|赔|损失/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.disaster',
  },
  {
    hazard: 'missing_person',
    cue: new RegExp(
      `${PERSON}[^,。!?]{0,12}(?:不见了|没影了?|走丢|走失|失踪|找不到了|找不着了|不知去向|下落不明|联系不上|没有?回家|没有?回来|没有?到家)|${PERSON}(?:弄)?丢了|走失|失踪|走散|抱走|被人带走|拐走|拐卖|找不到(?:大人|妈妈|爸爸|家长)|不知道去了?哪(?![^,。!?]{0,3}办)|(?:问遍|找遍|喊遍)了?|到处(?:在)?找(?![车工房地])|(?:晚上|一夜|整夜|到现在|至今)[^,。!?]{0,4}(?:没回家|没回来|没有回家)|人(?:找不到|不见)了|(?:已经|都)一天一夜了|一夜(?:没|未)(?:回|归)|(?:一转眼|转眼|一眨眼|一回头)[^,。!?]{0,4}(?:不见|没影)|(?:出去|出门|离家|放学|下课)[^,。!?]{0,10}(?:没回来|没回家|没有回来|没有回家|没有?到家|一直没回|联系不上|找不到)`,
      'u',
    ),
    otherwise: NOT_A_MISSING_PERSON,
    ...MISSING_PERSON_COMMON,
  },
  {
    // 「我妈有阿尔茨海默症，…就联系不上了」: someone who cannot find the way home is missing once out of touch.
    hazard: 'missing_person',
    requires: /老年痴呆|阿尔茨海默|痴呆|智力障碍|智障|自闭症/u,
    cue: /联系不上|找不到(?:人|了)|不见了|走丢|没回来|没回家/u,
    ...MISSING_PERSON_COMMON,
  },
  {
    // A child or an old person named earlier, then 「人就不见了」「一抬头就不见了」, or a child who went off with a
    // stranger: missing from that moment, whoever tells it (a guard, a shop owner). A stranger only following or
    // luring a child is a risk (rules/risk-rules.ts), not yet this.
    hazard: 'missing_person',
    requires: new RegExp(`${PERSON}|${SMALL_CHILD.source}`, 'u'),
    cue: new RegExp(
      `人(?:就|也|突然|一下子|却|竟然)(?:找不到|不见)了|${VANISHED_IN_A_MOMENT.source}|跟丢了|` +
        `(?:跟|被|让)着?[^,。!?]{0,3}(?:陌生|不认识|可疑)的?[^,。!?]{0,4}(?:男|女|人|大叔|阿姨|叔叔|司机)[^,。!?]{0,6}(?:${GONE_WITH})|` +
        `(?:陌生|不认识的?)(?:人|男人|女人|男的|女的|大叔|阿姨)(?:[^,。!?]{0,4}(?:牵|抱|拉|领|带)着[^,。!?]{0,12})?(?:${GONE_WITH})`,
      'u',
    ),
    otherwise: NOT_A_MISSING_PERSON,
    ...MISSING_PERSON_COMMON,
    aftermath: KNOWN_AFTER_ALL,
  },
  {
    // A child or an old person said to have vanished and searched for a while since (「在广场上…不见了…找了快半个
    // 钟头了」): still missing, however the vanishing was told.
    hazard: 'missing_person',
    requires: new RegExp(`^(?=.*(?:${PERSON}|${SMALL_CHILD.source}))(?=.*(?:${VANISHED.source}))`, 'su'),
    cue: SEARCHED_FOR_LONG,
    ...MISSING_PERSON_COMMON,
    // Searching for a lost thing (「孩子的手机不见了，找了半个小时」) is no missing person.
    otherKind: new RegExp(`${MISSING_PERSON_COMMON.otherKind.source}|${THING_GONE.source}`, 'u'),
    aftermath: KNOWN_AFTER_ALL,
  },
  {
    // A pupil not on the bus, not at school and not home, an hour or more after school let out (「校车到站了一年级的小胖
    // 不在车上…家里人也没接到，快一个钟头了」): missing since then.
    hazard: 'missing_person',
    requires: new RegExp(`^(?=.*(?:${SCHOOL_RUN.source}))(?=.*(?:${HOURS_GONE.source}))`, 'su'),
    cue: NOT_WHERE_EXPECTED,
    ...MISSING_PERSON_COMMON,
    aftermath: KNOWN_AFTER_ALL,
  },
  {
    // A child who left with someone the family did not send (a teacher, a guard or the CCTV saw it): missing
    // from that moment, even when the one who took the child was not said to be a stranger.
    hazard: 'missing_person',
    requires: new RegExp(`^(?=.*(?:${PERSON}|${SMALL_CHILD.source}))(?=.*(?:${NOBODY_SENT.source}))`, 'su'),
    cue: new RegExp(`(?:跟|被|让)着?[^,。!?]{0,10}(?:人|男|女|阿姨|叔叔|大叔|大妈|老头|老太|司机)[^,。!?]{0,8}(?:${GONE_WITH})|(?:接走|带走|领走|抱走|牵走)`, 'u'),
    ...MISSING_PERSON_COMMON,
    aftermath: KNOWN_AFTER_ALL,
  },
  {
    hazard: 'traffic',
    requires: /受伤|流血|出血|躺在|倒在|爬不起来|站不起来|卡在|压在|困在|昏迷|起不来|不能动|动不了|不动|车里|血|骨折|撞飞|漏油|起火|伤者/u,
    cue: /车祸|撞车|撞了|撞人|被车撞|刮倒|碰倒|撞翻|带倒|蹭倒|撞飞|肇事|逃逸|被撞|撞倒|撞伤|撞到|撞在|翻车|追尾|相撞|碾压|撞上|被.{0,4}车.{0,2}撞/u,
    // Struck by a car, not blown over by the wind (「树被风刮倒了，压在人行道上」).
    otherwise: /(?:电线杆|杆子|护栏|隔离栏|栏杆|路灯|树|墙|站牌|牌子|广告牌)[^,。!?]{0,3}被.{0,4}撞|撞坏|打球|篮球|足球|滑板|风[^,。!?]{0,8}(?:刮倒|吹倒)/u,
    aftermath: /赔|医药费|保险|定责|责任认定|交警.{0,6}(?:处理|认定|调解)|修车|私了|出院|住院|骨折|说是|不管|负责/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['110', '120'],
    subtype: () => 'public_safety.road',
  },
  {
    // Medicine, a household poison or a button battery swallowed by mistake, mostly by a small child: 120 now,
    // before the signs show.
    hazard: 'medical',
    cue: SWALLOWED_BY_MISTAKE,
    ...SWALLOWED_COMMON,
  },
  {
    // The same, told of a child who ate or drank what no child takes as a dose.
    hazard: 'medical',
    requires: CHILD,
    cue: POISON_TO_A_CHILD,
    ...SWALLOWED_COMMON,
  },
  {
    // A poison drunk or eaten (self-harm words go to the self-harm rule first).
    hazard: 'medical',
    cue: POISON_TAKEN,
    ...SWALLOWED_COMMON,
  },
  {
    // Carbon monoxide: a coal or charcoal fire in a closed room, and people already ill or dazed
    // (「烧蜂窝煤炉子取暖…两个娃都说头痛想吐」): fresh air and 120 now.
    hazard: 'carbon_monoxide',
    requires: /蜂窝煤|煤炉|炉子|煤球|煤饼|炭盆|炭火|木炭|火盆|烤火|烧炭|煤烟|倒烟|烧炕|火炕|土暖气/u,
    cue: new RegExp(`头痛|头疼|头晕|晕乎乎|迷迷糊糊|想吐|恶心|呕吐|站不稳|昏|没力气|${CHERRY_RED.source}|${UNRESPONSIVE.source}`, 'u'),
    otherwise: /感冒|发烧|晕车|喝酒|喝醉|醉了/u,
    aftermath: /(?:已经)?(?:送|到)[^,。!?]{0,4}(?:医院|卫生院)|出院|醒过来了|没事了|好多了/u,
    pastEndsIt: true,
    stateLasts: true,
    worryMeansNotYet: true,
    numbers: ['120', '119'],
    subtype: () => 'public_safety.gas',
    // Carbon monoxide is a gas danger (public_safety.gas), however smoky or unwell the message sounds.
    fixedSubtype: () => 'public_safety.gas',
  },
  {
    // Someone down after touching a live wire or a leaking pump (「碰了一下就倒地上了，现在躺着不动」).
    hazard: 'electric',
    requires: /触电|被电|电倒|电到|电击|漏电|带电|(?:挨着|碰到|搭在|缠着|绕着)[^,。!?]{0,4}电线|(?:铁丝|晾衣|铁杆)[^,。!?]{0,6}电线/u,
    cue: /被电(?:倒|到|击|晕|住)|电倒|触电(?:了|倒)|(?:碰|摸|拉|拔)[^,。!?]{0,8}(?:就|一下)[^,。!?]{0,2}(?:倒|晕|摔)|倒(?:在)?地上|躺着不动|趴(?:在|着)[^,。!?]{0,6}(?:不动|没反应)|一动不动|不动了|没反应|叫不醒|抽搐/u,
    otherwise: /猫|狗|鸡|鸭|牛|羊|猪|鸟|宣传|知识|演练|培训|预防|防触电/u,
    aftermath: /(?:已经)?(?:送|到)[^,。!?]{0,4}(?:医院|卫生院)|醒过来了|救过来|没事了|出院|赔|工伤/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['120', '119'],
    // A live iron shed or stall frame at a market (「铁棚子漏电」) is a building hazard too.
    subtype: (text) => (/楼|出租|宿舍|屋|房|棚|铁架|摊|市场/u.test(text) ? 'public_safety.building' : 'livelihood.health'),
  },
  {
    // A pregnancy in trouble now: bleeding, waters broken, severe pain, fits, or in labour with no way to hospital.
    hazard: 'medical',
    requires: PREGNANT,
    cue: new RegExp(`${OBSTETRIC_SIGN.source}|(?:没(?:有)?|叫不到|打不到|找不到|拦不到)(?:车|救护车)|送不(?:了|到|去)[^,。!?]{0,4}医院|去不了医院`, 'u'),
    otherwise: /产检|检查|B超|b超|医生说|建议|正常吗|会不会|怎么办理|报销|补贴|产假|准生|社保|医保/u,
    aftermath: /(?:已经|现在)[^,。!?]{0,4}(?:在|到|住进|送到|送进)[^,。!?]{0,4}(?:医院|卫生院|产房)|生了(?:个|一个)|母子平安|出院|医药费|赔/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: () => 'livelihood.health',
  },
  {
    // Fallen and cannot get up, or the voice fading (「隔壁老阿姨跌了一跤，爬不起来…喊得声音越来越轻」): a medical
    // emergency, livelihood.health when nothing else caused the fall (taxonomy §2).
    hazard: 'medical',
    requires: FELL,
    cue: CANNOT_GET_UP,
    otherKind: /(?:猫|狗|牛|羊|猪|鸡|鸭|马)[^,。!?]{0,6}(?:摔|跌|滑)/u,
    aftermath:
      /出院|住院|(?:已经)?送(?:到|进|去)?[^,。!?]{0,4}(?:医院|卫生院)|救护车(?:来了|到了)|(?<!不)扶起来|(?<!不)起来了|没事了|医保|报销|补贴|护工|康复|赔|骨折/u,
    pastEndsIt: true,
    stateLasts: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: () => 'livelihood.health',
    fixedSubtype: (text) => (FALL_OTHER_CAUSE.test(text) ? null : 'livelihood.health'),
  },
  {
    // Someone fallen from a height and badly hurt, lying there now (「脚手架上掉下来一个人，摔在水泥地上，腿都折了，在那
    // 哼哼」): 120 now. On a site it is public_safety.production; otherwise, with no other cause, livelihood.health.
    hazard: 'medical',
    requires: FELL_FROM_HEIGHT,
    cue: BADLY_HURT,
    otherKind: /(?:猫|狗|牛|羊|猪|鸡|鸭|鸟)[^,。!?]{0,6}(?:掉|摔|跌|坠)/u,
    aftermath:
      /出院|住院|(?:已经)?送(?:到|进|去)?[^,。!?]{0,4}(?:医院|卫生院)|救护车(?:来了|到了)|抬走了|手术|打了?石膏|钢板|拆线|医药费|赔|鉴定|仲裁|没事了/u,
    pastEndsIt: true,
    stateLasts: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: (text) => (WORK_SITE.test(text) ? 'public_safety.production' : 'livelihood.health'),
    fixedSubtype: (text) =>
      WORK_INJURY_CLAIM.test(text) ? null : WORK_SITE.test(text) ? 'public_safety.production' : FALL_OTHER_CAUSE.test(text) ? null : 'livelihood.health',
  },
  {
    hazard: 'medical',
    otherwise: /烟|熏|臭|味|吸毒|(?<!呼)吸了|罐|瓶|车|树|杆|防触电|宣传|知识|演练|培训/u,
    cue: /口吐白沫|(?:嘴巴?|嘴里)(?:在)?(?:冒|吐)白沫|喘不上(?:气|来)|上不来气|呼吸困难|透不过气|憋得喘不|晕倒|昏倒|晕过去|昏过去|昏迷|倒地不起|倒在地上|不省人事|不醒人事|叫不醒|躺在[^,。!?]{0,6}起不来|憋紫|噎住|羊水破了|要生了|快生了|蛇咬|说胡话|打滚|倒下了|叫也不应|陆续[^,。!?]{0,8}(?:医院|送医|倒下|吐)|(?:好多|很多|一群|几十|十几|二十几|三十几|\d+个?)人[^,。!?]{0,6}(?:在吐|拉肚子|晕|送医|进了?医院)|脸色发紫|嘴唇发紫|上吐下泻|(?:都|一直|还)在吐|站不起来|躺在地上不动|摔下来[^,。!?]{0,6}(?:不动|起不来|流血)|烫伤|触电|被电(?![动瓶车话视脑费信])|中毒|说不出话|半边身子|嘴歪|手脚.{0,4}(?:发麻|没力气|无力)|嘴巴?发麻|出冷汗|误吃|误服|误喝|没有呼吸|没呼吸|没了呼吸|没气了|血止不住|止不住血|血(?:一直)?(?:在)?(?:往外)?喷|心脏骤停|心跳停|抽搐|口吐白沫|大出血|流血不止|血流不止|呼吸困难|喘不上气|心脏病(?:犯了|发作)|心梗|中风了|脑梗|脑溢血|休克|摔倒.{0,6}起不来|摔了?一?跤[^,。!?]{0,6}起不来/u,
    aftermath: /出院|抢救过来|救过来|醒过来了|已经送(?:到)?医院|已经送(?:到|进|去)?[^,。!?]{0,4}(?:医院|卫生院)|(?:都|已经)[^,。!?]{0,3}(?:在|住进)[^,。!?]{0,4}(?:医院|卫生院)|挂水|输液|打点滴|住院了|工伤|赔|医药费|缝了|缝针|说法|讨.{0,2}公道|鉴定|医院说|药店|医生说|ICU|icu|疫苗后|转到|骨折/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: (text) =>
      /吃|食堂|酒席|饭|菜|蘑菇|食物/u.test(text)
        ? 'public_safety.food_drug'
        : /工地|工厂|车间|脚手架|塔吊|厂/u.test(text)
          ? 'public_safety.production'
          : 'livelihood.health',
  },
  {
    // A chemical leak with people leaving: industrial, so the production subtype, and 119.
    hazard: 'gas',
    requires: /厂|化工|储罐|车间|工人|罐车/u,
    cue: /(?:储罐|罐体|反应釜|槽罐车?|化工罐|罐车|管道|阀门)[^,。!?]{0,8}(?:在冒|往外冒|冒白|冒黄|冒烟|泄漏|泄露|漏了|在漏|喷)|(?:都在|正在|赶紧|紧急)(?:往外)?(?:撤|撤离|疏散|跑出来)/u,
    otherwise: /演练|演习|检查|整改|培训/u,
    aftermath: /修好了|堵上了|没事了|已经处理/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119'],
    subtype: () => 'public_safety.production',
  },
  {
    // A swindle still under way can be stopped: the money has not all gone yet (反诈 96110 / 110).
    hazard: 'fraud',
    // Said to be now, and told as a swindle (money handed to partners, landlords or family is not one).
    requires: /^(?=.*(?:正在|现在|还在|此刻|马上|赶紧|这会儿|眼看|快来|快点|来不及))(?=.*(?:骗|诈|陌生|自称|冒充|假冒|客服|警察|公安|民警|检察|法院|银行|链接|验证码|安全账户|投资|理财|中奖|网友|网上|贷款|电话|视频|短信|二维码|扫码|保释|刷单|转账|汇款|转钱|打钱))/su,
    cue: /(?:正在|现在|还在|马上|要|准备|赶着|这会儿)[^,。!?]{0,16}(?:转账|汇款|打钱|转钱|取钱|取款|把钱|存折|银行卡|安全账户|验证码|扫码付|付款)|(?:自称|冒充|假冒|假装)是?[^,。!?]{0,6}(?:警察|公安|民警|检察|法院|法官|客服|领导|医保局|银行)|(?:视频|电话|通话)[^,。!?]{0,6}(?:一直|还在|正在)[^,。!?]{0,6}(?:没挂|在说|在打|通着)/u,
    otherwise: /以前|听说|宣传|提醒|防范|培训|讲座/u,
    // Over either way: the money gone, or the call seen through and refused (「我没有转」「识破了」), not only put off (「还没转」).
    aftermath:
      /已经(?:全)?转(?:过去|走|出去)了?|被骗了?(?:\d|[一二两三四五六七八九十几])|报了?案|立案|追回|(?<!还)没(?:有)?(?:转|汇|给|打)(?:钱|账|款)?(?![^,。!?]{0,2}(?:呢|完))|没(?:有)?上当|识破|(?:已经|我)?挂(?:了|掉|断)(?:电话)?|拉黑了?/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110'],
    subtype: () => 'public_order.fraud',
  },
  {
    // Something heavy about to fall or give way where people are: cranes, scaffolds, walls, signboards, trees.
    hazard: 'collapse',
    requires: /人|工人|孩子|学生|路过|行人|下面|底下|楼下|住着|在干活|施工/u,
    cue: /(?:塔吊|吊臂|吊车|吊机|吊篮|吊着的|脚手架|架子|钢架|围墙|墙体|外墙|房梁|房子|楼板|广告牌|招牌|牌匾|棚子|大树|树干|电线杆|山体|挡土墙|堤坝|大坝|桥)[^,。!?]{0,10}(?:在晃|晃得厉害|晃来晃去|摇摇欲坠|直晃|乱晃|来回晃|一直晃|左右晃|在摇|要倒了|快倒了|要塌了|快塌了|在塌|开始塌|往下掉|砸下来)|摇摇欲坠|(?:刚刚|刚才|突然|一下子)[^,。!?]{0,6}(?:塌了|倒塌|坍塌|垮了|塌下来)/u,
    // Tiles or plaster coming off a wall (「外墙的瓷砖开始往下掉了」) is a falling-object hazard to fix soon (较急), not the
    // wall giving way.
    otherwise: /以前|检查|整改|维保|年检|拆除通知|规划|瓷砖|墙皮|墙砖|面砖|马赛克|腻子|涂料|墙灰|抹灰|水泥块/u,
    // Playground equipment that wobbles (「滑梯的铁架子晃得厉害」) is a hazard to fix soon, not about to fall on anyone.
    otherKind: /秋千|滑梯|跷跷板|攀爬架|蹦床|游乐设施|游乐区|健身器材/u,
    aftermath: /修好了|加固了|拆掉了|已经拆|停工了|没人了/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119', '120'],
    subtype: (text) =>
      /塔吊|吊臂|吊车|吊机|吊篮|脚手架|工地|工厂|车间|施工|工人/u.test(text)
        ? 'public_safety.production'
        : /山体|石头|挡土墙|堤坝|大坝|滑坡/u.test(text)
          ? 'public_safety.disaster'
          : /电线杆|桥|路/u.test(text)
            ? 'public_safety.road'
            : 'public_safety.building',
  },
  {
    // Welfare check (taxonomy §3: a vulnerable person, now out of reach): an old or sick person who lives
    // alone has not answered the phone or the door for a day or more, or has not been seen. Writers
    // disagree whether this is urgent or an emergency; the person may be lying helpless, so it is one.
    hazard: 'general',
    requires: new RegExp(`^(?=.*(?:${LIVES_ALONE.source}))(?=.*(?:${LONG_SILENCE.source}))`, 'su'),
    cue: NO_ANSWER,
    otherwise: /快递|外卖|推销|收费|催缴|物业费|房租|水费|电费/u,
    otherKind: MISSING_PERSON_COMMON.otherKind,
    // Reached, away, or answering through the door though not opening it (「敲门应了一声但不开门」: alive, 「较急」).
    aftermath:
      /(?<![没不])(?:联系上了|接电话了|回电话了|开门了|回消息了|应了(?:一)?声|答应了|回应了)|(?<![没])有(?:人)?(?:应声|答应|回应)|(?:住院|走亲戚|回老家|出去旅游|去了?(?:女儿|儿子|闺女|亲戚)家)了?|没事了|虚惊/u,
    pastEndsIt: false,
    worryMeansNotYet: false,
    numbers: ['110', '120'],
    subtype: () => 'livelihood.care',
    // Taxonomy §2: an elderly person out of reach is livelihood.care, like a missing one.
    fixedSubtype: () => 'livelihood.care',
  },
  {
    // Someone lying or collapsed who does not respond, or with stroke signs (a drooping mouth, one side gone weak).
    hazard: 'medical',
    requires: /躺|倒|趴|瘫|摔|昏|歪|晕|蜷/u,
    cue: UNRESPONSIVE,
    otherwise: /反映|投诉|物业|政府|部门|客服|领导|工作人员|办事|电脑|手机|系统|网站|电视|视频里/u,
    otherKind: /(?:猫|狗|牛|羊|猪|鸡|鸭|鹅|马)[^,。!?]{0,6}(?:躺|倒|趴|不动|没反应)/u,
    aftermath: /出院|抢救过来|救过来|醒过来了|醒了(?!吗)|已经送(?:到|进|去)?[^,。!?]{0,4}(?:医院|卫生院)|住院了|医药费|赔|说法|鉴定/u,
    pastEndsIt: true,
    stateLasts: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: () => 'livelihood.health',
  },
  {
    // A small child outside a window, on an air-conditioner bracket or a balcony railing, high up.
    hazard: 'general',
    requires: new RegExp(`^(?=.*(?:${SMALL_CHILD.source}))(?=.*(?:楼|层|高|外机|支架|空调|阳台外|栏杆|护栏|防盗窗|窗(?:户)?外|没人|没大人|没有大人|大人不在|看不到人|看不见人|没看到人|没看见人))`, 'su'),
    cue: CHILD_AT_EDGE,
    otherwise: /横穿|马路|斑马线|公路|红绿灯|隔离|们都|猫|狗|鸟|风筝|衣服|被子|工人|师傅|安装|维修|晾|拍照|喜欢|老是|总是|经常|怎么|装(?:个|一个)?(?:防护|护栏|防盗)|防护网|隐形/u,
    aftermath: /(?:抱|拉|拽|救|劝)(?:了)?(?:下来|进去|进来|回来|回去)|(?:大人|家长|父母|妈妈|爸爸|奶奶|爷爷)[^,。!?]{0,4}(?:回来了|赶回来|把他|把她|把孩子)|没事了|虚惊/u,
    pastEndsIt: true,
    worryMeansNotYet: false,
    numbers: ['110', '119'],
    subtype: () => 'public_safety.building',
  },
  {
    // A landslide under way above people or houses: the slope sliding, mud and stones coming down, a crack widening.
    hazard: 'flood',
    requires: new RegExp(`^(?=.*(?:${SLOPE.source}|泥石流|滑坡|塌方))(?=.*(?:下面|底下|下边|下头|坡下|山下|山脚|坡脚|下方|住着|几户|人家|学校|有人))`, 'su'),
    cue: LANDSLIDE,
    otherwise: /排查|治理|勘查|检查|整改|规划|加固工程|宣传|演练|视频里|新闻|老(?:是)?往|经常|总是|时不时|偶尔|小石子|容易|隐患|防范|预防|万一|迟早|可能|会不会|下雨天|一下雨|每到|每年|能不能/u,
    aftermath: /清理|清走|修好|赔|损失|保险|已经(?:停了|稳住了|不动了)/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['119', '120'],
    subtype: () => 'public_safety.disaster',
  },
  {
    // Many people ill soon after the same meal: vomiting, belly pain, fever (mass food poisoning).
    hazard: 'medical',
    requires: new RegExp(`^(?=.*(?:${MANY_PEOPLE.source}))(?=.*(?:吃|饭|餐|食堂|酒席|喜宴|宴席|盒饭|外卖|同一|一起|喝))`, 'su'),
    cue: /吐|呕吐|腹痛|肚子(?:疼|痛)|拉肚子|腹泻|上吐下泻|发烧|发热|高烧|头晕|抽搐|嘴唇发紫|昏/u,
    otherwise: /经常|老是|总是|每次|投诉|退(?:钱|款)|曝光|以前/u,
    aftermath: /出院|抢救过来|救过来|(?:都|已经)[^,。!?]{0,3}(?:送到|送进|住进)[^,。!?]{0,4}(?:医院|卫生院)[^,。!?]{0,3}(?:了|挂水|输液|打点滴|观察|治疗)|挂水|输液|打点滴|赔|医药费|说法|鉴定|好了/u,
    pastEndsIt: true,
    worryMeansNotYet: true,
    numbers: ['120'],
    subtype: () => 'public_safety.food_drug',
  },
  {
    // A plain call for help with harm under way, whatever the cause; someone heard crying 「救命」 is one.
    hazard: 'general',
    cue: /(?:喊|叫|呼|哭喊|大喊|尖叫|在喊)救命|呼救|救救(?:我|我们|他|她|孩子)|(?:快|赶紧|马上)(?:叫|打)(?:救护车|120|110|119)|(?:快|赶紧|马上)(?:来|过来)(?:人|救|帮)|要出人命|出人命了|快不行了|快死了|(?:流|出)了?(?:好多|很多|一地|满地)的?血/u,
    ...CALL_FOR_HELP,
  },
  {
    // The writer's own 「救命」 is a call for help only beside a danger or someone hurt; alone it is an
    // exclamation (「救命 篮球场的灯坏了一个月了 绝绝子」).
    hazard: 'general',
    requires: HARM_NAMED,
    cue: /救命/u,
    ...CALL_FOR_HELP,
  },
];

/**
 * Figures of speech and set phrases that contain danger words but describe none
 * (「热得快着火了」「吵得想死」「跳楼价」); they are blanked before the rules look.
 */
export const FIGURES_OF_SPEECH = new RegExp(
  [
    '(?:热|急|气|累|吵|烦|困|饿|忙|笑|穷|冷|闷|憋)得?.{0,4}(?:着火|冒烟|冒火|上火|想死|不想活|晕倒|晕过去|昏过去|要晕|快晕)',
    '嗓子.{0,3}冒烟',
    '(?:心里|眼里|眼睛).{0,2}(?:着火|冒火)',
    '气得[^。!?]{0,10}(?:炸|冒烟|冒火)',
    '气炸',
    '(?:着火|起火)点',
    '想死(?:你|您|宝宝)',
    '跳楼(?:价|甩卖|大甩卖|清仓)',
    '打死.{0,2}(?:也|都)不',
    '笑死',
    // Hyperbole about food, heat, homework, bosses (「饿死了」「头都要炸了」「老板要炸了」「要疯了」).
    '(?:饿|热|累|冷|困|烦|渴|晒)死(?:我|人|宝宝|了)+[^。!?]{0,8}救命(?:啊|呀|哇)?',
    '救命(?:啊|呀|哇)?[^。!?]{0,6}(?:饿|热|累|冷|困|烦|渴|晒)死',
    '(?:饿|累|热|冷|困|烦|忙|渴|晒|吵|闷|急|丑|难|无聊|尴尬|馋|撑)死(?:我|人|宝宝|了)+',
    '(?:头|脑瓜|脑瓜子)(?:都|要|快|快要|简直|真){0,2}(?:被)?(?:气)?(?:炸了|炸裂|爆炸|要炸|爆了|大了)',
    '(?:老板|领导|老师|班主任|我妈|我爸|老妈|老爸|甲方|客户|经理|主管|老婆|老公)(?:都|要|快|快要|简直|真|又){0,2}(?:气)?(?:炸了|炸毛|要炸|疯了|要疯|爆炸)',
    '(?:要|快|快要)(?:被[^,。!?]{0,6})?(?:逼疯|疯了|疯掉)',
    '(?:被|我|也|真|都)?气死(?:我|人)?了?',
    // Overwork, anger, excitement or a hit online told with fire words (「忙到冒烟」「脑子要炸了」「直播火了🔥」);
    // kept narrow so that a real fire nearby (「中心着火了」「车头冒烟」「店里着火了」「起火爆炸」) still shows.
    '(?:气|恨|急|忙|累|烦|馋|憋|困|热|卷|高兴|开心|激动|兴奋|乐|笑|美|爽)得[^,。!?]{0,6}(?:爆炸|要炸|炸了|炸裂|冒烟|冒火|燃烧|自燃)',
    '(?:晒|热|烤|烫)得(?:我|人|头|头顶|脸|皮肤|身上|浑身|整个人|嗓子|脚|手)[^,。!?]{0,4}(?:着火|冒烟|冒火|烧起来|自燃)',
    '(?:忙|累|加班|熬夜|复习)到[^,。!?]{0,3}(?:冒烟|炸了|要炸|爆炸|燃烧|自燃)',
    '(?:脑子|脑袋|脑壳|肺|心态)(?:都|要|快|快要|简直|也|真){0,2}(?:被)?(?:气)?(?:炸了|炸裂|爆炸|要炸|爆了|冒烟)',
    '(?:手机|微信|电话)(?:都|要|快|快要|也|真)?(?:被)?(?:刷|打|挤)(?:炸|爆)了?',
    '(?:群|消息|评论|订单|后台|朋友圈|直播间?|点赞|流量|人气)(?:都|要|快|也|真){0,2}(?:炸锅|爆了|炸了)',
    '(?:整个人|人都|小宇宙|斗志|激情|热情|青春|气氛|全场)(?:都|要|快|快要){0,2}(?:燃烧|燃起来|燃爆|燃炸|冒烟|炸了|自燃|着火)',
    '爆炸(?:头|新闻|性|式|增长|消息)',
    '(?:直播|视频|短视频|生意|歌|网上|抖音|快手|名气|人气)[^,。!?]{0,4}(?<![着起失])(?:火了|火爆|爆火|走红|火出圈|红火)',
    '🔥+',
    // The writer's own exasperation (「再这么唱下去我真要疯了，要杀人了😤😤」): an angry face or 「我要疯了」 says it is venting.
    '(?:要|想|快要?)(?:去)?杀人了?[!！~～。]*[😤😡🤬💢👿]+',
    '我(?:真|都|快|也)?(?:要|快)?(?:疯|崩溃)了[^。!?]{0,4}(?:我|真|都)?(?:要|想)杀人了',
  ].join('|'),
  'gu',
);
