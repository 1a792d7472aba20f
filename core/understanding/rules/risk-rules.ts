import type { RiskFlag } from '../../taxonomy/codes.js';
import { parseCount } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';
import { TAKEN_AWAY_BY_POLICE } from './cues.js';

/**
 * Risk flags (taxonomy §4) and the reasons for 「较急」 (§3) that words show directly:
 * threats and weapons, ten or more people, a vulnerable person, self-harm talk.
 */
export interface RiskAssessment {
  flags: RiskFlag[];
  /**
   * What the words mention, wider than the flags: every crowd or old person or child named (「全村」「孩子的
   * 学籍」). Features for the model, which learns from the corpus when a mention is a risk.
   */
  mentions: RiskFlag[];
  /** A credible risk of escalation by itself (threat, weapon, crowd, someone left without care). */
  urgent: boolean;
  /** `urgent` judged on the mentions (any crowd named counts): a feature for the model, like them. */
  urgentMention: boolean;
  /** A threat to someone's life, whenever it was made: 「较急」 even in a message that is no report (taxonomy §2). */
  lifeThreat: boolean;
  /** Someone hurt again since (「今天又有一个人摔进去了」): 「较急」 even in a status query or a follow-up. */
  hurtAgain: boolean;
}

const THREAT =
  /威胁|扬言|放狠话|放话|报复|恐吓|弄死|打死|砍死|捅死|杀了|砍人|打断(?:[^,。!?]{0,4}?的)?(?:腿|手|胳膊)|废了(?:你|我|他|她)|弄残|打残|要了?(?:你|我|他|她)(?:们)?的?命|拿刀|持刀|菜刀|砍刀|动刀|汽油|硫酸|打伤|殴打|被打|打人|打了我|动手|打起来|打架|拳头|掐|推搡|要打|(?:要|去|就)砸(?:他|你|我|她)?(?:家|门|店|车)|推(?:她|他|我)(?![们的]?(?:荐|销|车|一下|出去))|淤青|鼻青脸肿|(?:收拾|教训|修理)(?:我|你|他|她)|找(?:几个|一帮|一伙|些)?人[^,。!?]{0,4}(?:收拾|教训|修理|算账)/u;
/** Many people named, acting together or only affected (「全村」「大家都」「集体」): a mention, not the flag. */
const MANY_PEOPLE = /群体|集体|联名|一起去|堵门|围堵|聚集|上访|拉横幅|闹事|全村|全楼|整栋楼|整个小区|大家都|好多人|很多人|一群人/u;
/**
 * Many people acting together (群体性: a petition, a crowd at a gate, a brawl between groups). Not the many
 * a problem touches (「全村都是那个味」「整栋楼没水」「大家都乱停」) nor land held in common (「集体土地」).
 */
const GROUP_WORDS =
  /群体|联名|一起去|堵门|围堵|聚集|上访|闹事|集体(?:上访|讨薪|维权|抗议|罢工|停工|拒交|拒缴|不交|起诉|投诉|签名|去|到)|(?:大家|好多人|很多人|一群人|一帮人|村民们?|业主们?|工人们?|工友们?|家长们?|亲戚们?|[几十二三四五]十(?:多|来|几)?(?:个|号)人)[^,。!?]{0,10}(?:一起|集合|堵|围|聚|闹|讨说法|要说法|讨薪|要工资|拉横幅|打起来|推搡|对峙|冲进)/u;
/** A head count; not one read out of a sum (「三千九百八会员费」) or a name (「百家乐」). */
const PEOPLE_COUNT =
  /(?<![\d一二两三四五六七八九十百千万几.])(?!百)(\d+|[一二两三四五六七八九十百几]+)(?:多|来)?(?:个|名|位|户|家)?(?:人|工人|工友|员工|职工|同事|村民|业主|居民|住户|户|家|农民工|孩子|学生|老人|车主|会员|顾客|客户|家长|乘客|租户|商户|摊主|学员|储户|亲戚|亲属|家属|年轻人|青年|混混)/gu;
/** Vulnerable by condition (taxonomy §4): alone, left behind, disabled, mentally ill or confused, very old. */
const VULNERABLE =
  /独居|孤寡|空巢|留守|五保|残疾|残障|瘫痪|卧床|失能|智障|智力障碍|自闭症|精神病|精神疾病|精神障碍|精神[^,。!?]{0,2}不(?:太|大)?正常|精神有(?:点|些)?问题|痴呆|阿尔茨海默|糊涂了|走丢|(?:[789]\d|[七八九]十多?|[七八九]十[一二三四五六七八九])岁|[七八九]旬/u;
/** An old person or a child named (with VULNERABLE, and a pregnancy, what the model is told is mentioned). */
const ELDER_OR_CHILD = /老人|老太太|老大爷|老爷子|老年|小孩|孩子|婴儿|幼儿|小学生|未成年/u;
const PREGNANT = /孕妇|怀孕/u;
/**
 * An old person or a child who is the one at risk: hurt, ill, left alone, trapped or preyed on
 * (「老人两天没人喂饭」「孩子被推倒」), not one merely named (「孩子的学籍转不过来」「老人养老保险」).
 */
const ELDER_OR_CHILD_PERSON = `(?:${ELDER_OR_CHILD.source}|老头|老太|老两口|老父亲|老母亲|奶奶|爷爷|外婆|外公|姥姥|姥爷|宝宝|小朋友|娃)`;
const ELDER_OR_CHILD_AT_RISK = new RegExp(
  `${ELDER_OR_CHILD_PERSON}[^,。!?]{0,8}(?:一个人|没人(?:管|照顾|喂|看|接)|不见了|走丢|联系不上|摔|倒在|躺在|晕|吐|拉肚子|高烧|抽搐|冻|饿|被咬|被打|被推|推倒|欺负|虐待|被骗|困在|站不住|上不去|下不了|下不来|出不来|还在(?:里面|屋里|家|车上|床上)|在哭|哭着|受伤|骨折|流血)|` +
    `(?:打|推|欺负|虐待|骗|拦|抢|咬|撞|抽|烫|锁|赶)[^,。!?]{0,4}${ELDER_OR_CHILD_PERSON}`,
  'u',
);
const UNATTENDED = /独居|一个人在家|没人管|(?:家里人|家人|子女|儿女|亲人)[^,。!?]{0,4}不管|没人照顾|无人照顾|无人照看|没人看|走丢|不见了|没饭吃|饿|瘫|卧床/u;
/** Work at height with no harness or net: nobody has fallen yet, but someone can soon (§3 urgent). */
const UNSAFE_HEIGHT =
  /^(?=.*(?:高空|外墙|楼顶|屋顶|房顶|脚手架|吊篮|架子上|[二三四五六七八九十\d]+(?:楼|层)|楼上|几层楼|房檐|塔吊|广告牌))(?=.*(?:没(?:有)?系|不系|没挂|不挂|没带|没戴|不戴|没用)[^,。!?]{0,2}(?:安全带|安全绳|保险绳|安全帽)|.*(?:没有?|不搭|没搭)[^,。!?]{0,2}(?:防护网|安全网))/su;
/** A theft or break-in going on now (urgent even when the writer watches from safety). */
const THEFT_NOW = /(?:正在|还在|在)(?:撬|偷|翻墙|爬窗|砸窗|拆)[^,。!?]{0,8}(?:车|门|锁|窗|电瓶|电动车|东西|店|仓库|家)|(?:小偷|贼)[^,。!?]{0,6}(?:正在|还在|在)/u;
/** A stranger following or luring children: nobody is hurt yet, but a child can be soon. */
const CHILD_LURED =
  /(?:陌生|不认识的?|可疑的?|有个|一个)[^,。!?]{0,10}(?:男的|女的|人|男人|女人|司机|大叔)[^,。!?]{0,12}(?:跟着|尾随|跟踪|盯着|搭讪|引诱|哄骗|拉扯)|(?:学生|孩子|小孩|女孩|小姑娘|女生|小朋友)[^,。!?]{0,14}(?:要不要坐|坐(?:他|她)的车|上(?:他|她)的车|(?:给|塞)(?:糖|零食|钱|玩具))/u;
/** Explosives kept among homes, or the water people drink being fouled: harm can come soon (§3 urgent). */
const EXPLOSIVES = /火药|炸药|雷管|私制烟花|私自(?:生产|制作|做)[^,。!?]{0,4}(?:烟花|鞭炮)|(?:烟花|鞭炮)(?:作坊|小作坊)|(?:民房|家里|屋里|出租屋)[^,。!?]{0,6}(?:做|造|生产)(?:烟花|鞭炮)/u;
const DRINKING_WATER_FOULED =
  /^(?=.*(?:自来水|饮用水|水源|吃的水|喝的水|水井|井水|取水口))(?=.*(?:死鱼|粪水|污水|排污|农药|化工|发臭|变色|漂着|毒))/su;
/** A dog that chases, pounces on or bites children or old people and is still about: the next bite can come soon. */
const DOG_ATTACKING = new RegExp(
  `(?:狗|犬)[^。!?]{0,12}(?:追着[^,。!?]{0,6}咬|扑(?:倒|了)?[^,。!?]{0,4}${ELDER_OR_CHILD_PERSON}|连咬|咬了(?:两|几|好几|[二三四五])个)|` +
    `${ELDER_OR_CHILD_PERSON}[^,。!?]{0,6}被[^,。!?]{0,4}(?:狗|犬)?[^,。!?]{0,2}追着咬`,
  'u',
);
/** Stray dogs that have already chased someone into a fall or bitten them: the pack is still about. */
const STRAY_PACK_HURT = /^(?=.*(?:野狗|流浪狗|狗群|一群狗|没人管的狗))(?=.*(?:追|扑|咬)[^,。!?]{0,10}(?:摔|伤|破|倒|出血))/su;
/** Talk of compensation makes a bite a dispute over what is past (「他家说是老人自己去招惹的，不肯赔」). */
const COMPENSATION = /赔|医药费|疫苗钱|出钱|负责|起诉|说法/u;
/** Mentally ill and going at other people's doors or at people (not only shouting): vulnerable, and can escalate. */
const MENTALLY_ILL = /精神病|精神疾病|精神障碍|精神[^,。!?]{0,2}不(?:太|大)?正常|精神有(?:点|些)?问题|疯疯癫癫/u;
const DISTURBING = /(?:敲|砸|踹|拍|撞)[^,。!?]{0,4}门|挨家挨户|追(?:人|着)|拿着?(?:刀|棍|棒|砖|石头)|打人|扔东西/u;
/** Someone hurt again since the problem was first told: a person fell, was hit or bitten (「又有一个骑手摔进去了」). */
const HURT_AGAIN =
  /又(?:有)?(?:一个|一位|个|两个|几个|好几个)?[^,。!?]{0,8}(?:摔(?:进|倒|伤|下|断|了)|掉(?:进|下)去|受伤|被[^,。!?]{0,3}(?:(?:砸|撞|电|烫|打)(?:伤|到)|咬)|撞(?:伤|倒)了|砸(?:伤|到)了?人|咬(?:伤|了)(?:人|一个|个))/u;

/** Said or sworn, then the killing (「说不撤诉就弄死我」「扬言要杀他全家」); not 「打死也不搬」. */
const LIFE_THREAT =
  /(?:说|扬言|威胁|放话|放狠话|喊|叫嚣|嚷|发誓|要|就)[^,。!?]{0,10}(?:杀(?:了|死|掉)?(?:你|我|他|她|人|全家)|弄死|打死|砍死|捅死|整死|搞死|宰了|同归于尽|灭门|要了?(?:你|我|他|她)(?:们)?的?命)(?!(?:也|都)不)/u;
const SELF_HARM = /自杀|轻生|不想活|想死|寻死|一了百了|死了算了|活着没意思|跳楼|跳河|割腕|喝农药|吃安眠药|上吊|一死了之|寻短见|想不开|活不下去|遗书|遗言|绝笔|告别信|永别|(?:再见|告别)了?(?:这个)?(?:世界|人间)|下辈子(?:再见|再做|见)/u;

export function peopleCountIn(text: string): number | null {
  let largest: number | null = null;
  for (const match of text.matchAll(PEOPLE_COUNT)) {
    const count = parseCount(match[1]!);
    if (count !== null && (largest === null || count > largest)) largest = count;
  }
  return largest;
}

/** A hazard, an animal or a person that can hurt someone soon (taxonomy §3 「较急」). */
function soonHurt(message: string): boolean {
  if ([UNSAFE_HEIGHT, THEFT_NOW, CHILD_LURED, EXPLOSIVES, DRINKING_WATER_FOULED].some((rule) => rule.test(message))) return true;
  const dogs = (DOG_ATTACKING.test(message) || STRAY_PACK_HURT.test(message)) && !COMPENSATION.test(message);
  return dogs || (MENTALLY_ILL.test(message) && DISTURBING.test(message));
}

export function assessRisk(text: string): RiskAssessment {
  const message = normalizeText(text);
  const flags: RiskFlag[] = [];
  const threat = THREAT.test(message);
  const many = (peopleCountIn(message) ?? 0) >= 10;
  const group = many || GROUP_WORDS.test(message);
  const vulnerable = VULNERABLE.test(message) || ELDER_OR_CHILD_AT_RISK.test(message);
  const frailNamed = VULNERABLE.test(message) || ELDER_OR_CHILD.test(message) || PREGNANT.test(message);
  const selfHarm = SELF_HARM.test(message);
  if (threat) flags.push('violence_risk');
  if (group) flags.push('group');
  if (vulnerable) flags.push('vulnerable');
  if (selfHarm) flags.push('self_harm');
  const mentions: RiskFlag[] = flags.filter((flag) => flag !== 'group' && flag !== 'vulnerable');
  if (many || MANY_PEOPLE.test(message)) mentions.push('group');
  if (frailNamed) mentions.push('vulnerable');
  const hurtAgain = HURT_AGAIN.test(message);
  const lifeThreat = LIFE_THREAT.test(message);
  // A fight whose attackers the police took away (「派出所来把人带走了，我的损失谁管」) can no longer escalate,
  // unless someone swore to kill (「等他出来就弄死我」).
  const liveThreat = threat && (lifeThreat || !TAKEN_AWAY_BY_POLICE.test(message));
  const urgent = liveThreat || group || selfHarm || (frailNamed && UNATTENDED.test(message)) || soonHurt(message) || hurtAgain;
  return {
    flags,
    mentions,
    urgent,
    urgentMention: urgent || mentions.includes('group'),
    lifeThreat,
    hurtAgain,
  };
}
