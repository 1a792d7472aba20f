import type { RiskFlag } from '../../taxonomy/codes.js';
import { parseCount } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

/**
 * Risk flags (taxonomy §4) and the reasons for 「较急」 (§3) that words show directly:
 * threats and weapons, ten or more people, a vulnerable person, self-harm talk.
 */
export interface RiskAssessment {
  flags: RiskFlag[];
  /** A credible risk of escalation by itself (threat, weapon, crowd, someone left without care). */
  urgent: boolean;
}

const THREAT =
  /威胁|扬言|放狠话|放话|报复|恐吓|弄死|打死|砍死|捅死|杀了|砍人|拿刀|持刀|菜刀|砍刀|动刀|汽油|硫酸|打伤|殴打|被打|打人|打了我|动手|打起来|打架|拳头|掐|推搡|要打|(?:要|去|就)砸(?:他|你|我|她)?(?:家|门|店|车)|推(?:她|他|我)(?![们的]?(?:荐|销|车|一下|出去))|淤青|鼻青脸肿/u;
const GROUP_WORDS = /群体|集体|联名|一起去|堵门|围堵|聚集|上访|拉横幅|闹事|全村|全楼|整栋楼|整个小区|大家都|好多人|很多人|一群人/u;
const PEOPLE_COUNT =
  /(\d+|[一二两三四五六七八九十百几]+)多?(?:个|名|位|户|家)?(?:人|工人|工友|员工|职工|同事|村民|业主|居民|住户|户|家|农民工|孩子|学生|老人|车主|会员|顾客|客户|家长|乘客|租户|商户|摊主|学员|储户)/gu;
const VULNERABLE =
  /老人|老太太|老大爷|老爷子|独居|孤寡|空巢|留守|残疾|残障|瘫痪|智障|精神病|精神疾病|精神障碍|痴呆|孕妇|怀孕|小孩|孩子|婴儿|幼儿|小学生|未成年|老年|(?:[789]\d|[七八九]十多?)岁/u;
const UNATTENDED = /独居|一个人在家|没人管|没人照顾|无人照顾|无人照看|没人看|走丢|不见了|没饭吃|饿|瘫|卧床/u;
/** Work at height with no harness or net: nobody has fallen yet, but someone can soon (§3 urgent). */
const UNSAFE_HEIGHT =
  /^(?=.*(?:高空|外墙|楼顶|屋顶|房顶|脚手架|吊篮|架子上|[二三四五六七八九十\d]+(?:楼|层)|楼上|几层楼|房檐|塔吊|广告牌))(?=.*(?:没(?:有)?系|不系|没挂|不挂|没带|没戴|不戴|没用)[^,。!?]{0,2}(?:安全带|安全绳|保险绳|安全帽)|.*(?:没有?|不搭|没搭)[^,。!?]{0,2}(?:防护网|安全网))/su;
/** A theft or break-in going on now (urgent even when the writer watches from safety). */
const THEFT_NOW = /(?:正在|还在|在)(?:撬|偷|翻墙|爬窗|砸窗|拆)[^,。!?]{0,8}(?:车|门|锁|窗|电瓶|电动车|东西|店|仓库|家)|(?:小偷|贼)[^,。!?]{0,6}(?:正在|还在|在)/u;
/** A stranger following or luring children: nobody is hurt yet, but a child can be soon. */
const CHILD_LURED =
  /(?:陌生|不认识的?|可疑的?|有个|一个)[^,。!?]{0,10}(?:男的|女的|人|男人|女人|司机|大叔)[^,。!?]{0,12}(?:跟着|尾随|跟踪|盯着|搭讪|引诱|哄骗|拉扯)|(?:学生|孩子|小孩|女孩|小姑娘|女生|小朋友)[^,。!?]{0,14}(?:要不要坐|坐(?:他|她)的车|上(?:他|她)的车|给(?:糖|零食|钱|玩具))/u;
/** Explosives kept among homes, or the water people drink being fouled: harm can come soon (§3 urgent). */
const EXPLOSIVES = /火药|炸药|雷管|私制烟花|私自(?:生产|制作|做)[^,。!?]{0,4}(?:烟花|鞭炮)|(?:烟花|鞭炮)(?:作坊|小作坊)|(?:民房|家里|屋里|出租屋)[^,。!?]{0,6}(?:做|造|生产)(?:烟花|鞭炮)/u;
const DRINKING_WATER_FOULED =
  /^(?=.*(?:自来水|饮用水|水源|吃的水|喝的水|水井|井水|取水口))(?=.*(?:死鱼|粪水|污水|排污|农药|化工|发臭|变色|漂着|毒))/su;
const SELF_HARM = /自杀|轻生|不想活|想死|寻死|跳楼|跳河|割腕|喝农药|吃安眠药|上吊|一死了之|寻短见|想不开|活不下去|遗书|遗言|绝笔|告别信|永别|(?:再见|告别)了?(?:这个)?(?:世界|人间)|下辈子(?:再见|再做|见)/u;

export function peopleCountIn(text: string): number | null {
  let largest: number | null = null;
  for (const match of text.matchAll(PEOPLE_COUNT)) {
    const count = parseCount(match[1]!);
    if (count !== null && (largest === null || count > largest)) largest = count;
  }
  return largest;
}

export function assessRisk(text: string): RiskAssessment {
  const message = normalizeText(text);
  const flags: RiskFlag[] = [];
  const threat = THREAT.test(message);
  const group = GROUP_WORDS.test(message) || (peopleCountIn(message) ?? 0) >= 10;
  const vulnerable = VULNERABLE.test(message);
  const selfHarm = SELF_HARM.test(message);
  if (threat) flags.push('violence_risk');
  if (group) flags.push('group');
  if (vulnerable) flags.push('vulnerable');
  if (selfHarm) flags.push('self_harm');
  const soonHurt = [UNSAFE_HEIGHT, THEFT_NOW, CHILD_LURED, EXPLOSIVES, DRINKING_WATER_FOULED].some((rule) => rule.test(message));
  return { flags, urgent: threat || group || selfHarm || (vulnerable && UNATTENDED.test(message)) || soonHurt };
}
