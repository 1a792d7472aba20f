import type { Intent } from '../../taxonomy/codes.js';
import { normalizeText } from '../text/normalize.js';
import { HABITUAL, PAST_TIME, REPORT_REFERENCE } from './cues.js';
import { FIGURES_OF_SPEECH } from './hazard-rules.js';
import { isJoke } from './present-danger.js';

/**
 * Intent rules (taxonomy §1) for what a classifier takes for a report: a story told in order to ask who is
 * liable (a legal question), a memory, a figure of speech, a joke or a reaction to the news shared while
 * chatting (chitchat), a worry about far-off news or a notice passed on (other), a false alarm called off or a
 * report said to be done that is not (followup). A message that asks anyone to come and handle something stays a report.
 */

/** Asks someone to come, look or settle it (「请帮忙协调」「管一管」「派人来看看」). */
const REQUESTS_HANDLING =
  /(?<!申|邀)请(?!问|假|客|教)|(?:麻烦|希望|恳请|要求|建议)[^,。!?]{0,8}(?:处理|协调|调解|解决|管|帮|来|派|查|看看|说说|做主|检查|排查|整改)|帮(?:忙|我|我们)[^,。!?]{0,6}(?:处理|协调|调解|解决|看看|要|讨|问|说)|求[^,。!?]{0,6}帮|管一管|管管|派人|来人|上门|过来看|给个说法|主持公道|做主|调解一下|协调一下/u;

/**
 * The last sentence asks who is liable or what one may do (「他该不该出这个钱」「学校到底有没有责任」
 * 「我能多分吗」「不签字会不会被强拆」「能不能停他家的水电」「我要负全责吗」).
 */
const LIABILITY_QUESTION =
  /(?:该不该|应不应该|应该不应该|需不需要|用不用|要不要|是不是(?:应该|要|该|得))[^,。!?]{0,6}(?:出(?![去来门面示差院])|赔|付|负责|承担|还钱|退)|(?:有没有|有无|负不负|担不担|承不承担)[^,。!?]{0,3}责|(?:负|担|承担)(?:全|主要|次要|一半|连带|全部)?的?责(?:任)?(?:吗|么|不|呢)|(?:能|可以|能不能|可不可以)(?:多分|少分|分到|分得|继承|要回|拿回|讨回)|会不会被(?:强拆|起诉|告|判|罚|拘|开除|收回|赶|停|拆)|(?:能不能|可不可以|能否|有没有权利?|有权|可以)(?:停|断|扣|不交|不给|不还|不付|拒绝|收回|赶走|起诉|告(?!诉))/u;

/** A memory told for its own sake (「现在想起来腿还软」「现在想想还后怕」「跟你们说说」). */
const REMINISCING =
  /现在想(?:起来|想)|想起来(?:还|都|就)|(?:还|都|仍|依然)(?:后怕|心有余悸)|腿还软|吓了我?一大?跳|跟你们(?:说说|聊聊|分享|讲讲)|随便(?:说说|聊聊)|后来(?:整改|修好|解决|处理好?)了|现在(?:放心|安心|好)多了/u;
/** The trouble the story tells is still there, so it is a report after all. */
const STILL_A_PROBLEM = /还在|一直|没人管|没(?:有)?(?:修|换|处理|整改)|至今没/u;

/** A figure of speech (「热得快着火了」) said while chatting (「跟你们说说话」「舒服多了」), not to complain. */
const FIGURE = new RegExp(FIGURES_OF_SPEECH.source, 'u');
const CHATTING = /跟你们(?:说说|聊聊|聊两句|唠唠|讲讲)|说说话|聊聊天|打个招呼|舒服多了|缓过来了/u;
/** Said to have nothing to ask (「有点担心，没啥事，就随便说说」). */
const JUST_TALKING = /就?随便(?:说说|聊聊|问问)(?!的)|就是(?:跟你们)?说说|没(?:啥|什么)事[^,。!?]{0,2}[,，]?\s*就/u;

/** Far-off news, and a worry that the same could happen here (「看新闻说隔壁县化工厂爆炸了…我们这边不会有事吧」). */
const NEWS = /看新闻|新闻(?:上|里)?说|听说|网上(?:看到|说)|刷到/u;
const WORRIED_HERE = /(?:不会|没)有?事吧|会不会(?:也)?(?:出事|有事|爆|炸|有危险)|安全吗|危险吗|要不要紧/u;

/** Something seen on a screen, told with nothing but a reaction (「那部剧男主被困火场…太虐了」「新闻说…好吓人」). */
const SCREEN = /看新闻|新闻(?:上|里)?说|网上(?:看到|说)|视频里|剧里|那部剧|电视剧|电影里/u;
const REACTION = /好吓人|太吓人|好可怕|太可怕|吓死|太虐|破防|好惨|太惨|心疼|好揪心/u;
const ABOUT_HERE = /我们(?:这|小区|村|楼|镇|单元|厂|学校)|我家|咱们这|咱这/u;

/** Letting off steam (「就想找个地方吐槽一下」), or a threat said laughing (「我老婆说再打游戏就杀了我 哈哈哈」). */
const VENTING = /就想(?:找人|找个地方)?(?:说说|吐槽|发泄)|(?:吐槽|发泄|发个牢骚)(?:一下)?(?:而已|罢了|hh|哈哈)|随便吐槽/u;
const THREAT_WORDS = /杀了我|弄死我|打死我|砍了我|宰了我|掐死我/u;

/** Praise and good news with nothing wrong in it (「镇里说今年可以放烟花了，孩子们高兴坏了，谢谢政府」). */
const PRAISE = /点赞|👍|(?:谢谢|感谢)政府|高兴坏了|变化真大|越来越好了/u;
const SOMETHING_WRONG = /没人|没有人|不[^错少]|坏了|烂|问题|投诉|反映|麻烦|差/u;

/** A notice passed on (「明天幼儿园搞消防演练，看到冒烟别慌别报警」「转发十联户群：本周六免费量血压」). */
const DRILL = /演练|演习/u;
const DONT_PANIC = /(?:别|不要|不用|勿)(?:惊慌|慌|报警|紧张|害怕|担心|当真)|届时/u;
const NOTICE_OPENING = /^(?:转发[^,。!?:]{0,8}[:：]|【?通知】?|各位(?:邻居|居民|乡亲|业主)|温馨提示)/u;
const UPCOMING = /明天|后天|下周|本周|这周|周[一二三四五六日天]|礼拜[一二三四五六天]|星期[一二三四五六日天]/u;

/** A report called off (「昨晚报的煤气味…是楼下熬中药，虚惊一场」「不用派人了，外公已经回来了」). */
const CALLED_OFF = /虚惊一场|是(?:个)?误会|搞错了|弄错了|看错了|不用(?:派人|来|过来|麻烦|处理)了|已经(?:找到|回来|回家)了|没事了/u;
/** A report said to be done that is not (「说是办结了，可是路灯还是不亮」): the resident rates it. */
const DONE_BUT_NOT = /(?:说是?|显示|系统说)(?:已经)?(?:办结|结案|修好|处理好?|解决)了?[^。!?]{0,10}(?:可是|但是|但|可|还是|又)/u;

/** The last sentence: where a story told in order to ask puts its question. */
function lastSentence(text: string): string {
  return text.split(/[。!?]+/u).filter((part) => part.trim()).at(-1) ?? text;
}

/** What the law says of it: an offence, a right, a remedy (「这算家暴吗」「能申请人身保护令吗」「老板要担责任吗」). */
const LAW_WORDS = /算不算|算(?:是)?[^,。!?]{0,6}吗|犯法|违法|合法|坐牢|判几年|判刑|正当防卫|保护令|担责|责任|索赔|赔偿|起诉|告他|离婚|抚养权|判给/u;
const ASKS = /[吗么呢]$|是[^,。!?]{0,8}还是|想问|怎么(?:申请|办理|起诉|告)|算不算|是不是|能不能|可不可以|会不会|要不要|该不该|有没有|需不需要|用不用/u;
/** A call for help now (「救命」「快来」): whatever else it asks, the message is a report. */
const CALLS_FOR_HELP = /救命|快来|快点来|赶紧来|快救|快报警|帮我报警/u;

/**
 * A message told during a present danger whose last sentence asks what the law says of it
 * (「我老公在外面砸门…这算家暴吗？我能申请人身保护令吗」) is a legal question; its urgency stays the
 * danger's, and the chat files the emergency all the same (conversation.ts).
 */
export function asksTheLawDuringDanger(text: string): boolean {
  const message = normalizeText(text);
  if (REQUESTS_HANDLING.test(message) || CALLS_FOR_HELP.test(message)) return false;
  const last = lastSentence(message);
  return LAW_WORDS.test(last) && ASKS.test(last);
}

/**
 * A question about the law, a right or a remedy, wherever it sits in the message (「我能申请强制执行吗？去哪申请」
 * 「补偿款咋个分？我哥说他该多分」「我是不是必须还？」): taxonomy §1 makes a problem told with such a question a
 * legal question. Questions about a service (「能不能申请困境儿童补贴」) and other people's words quoted
 * (「人家说晒拖把犯法吗」) are not.
 */
const LEGAL_ASK = new RegExp(
  `(?:${LAW_WORDS.source})|强制执行|是不是(?:必须|一定要|非得)|(?:咋|怎么|如何)个?(?:算|分|赔|判)|能(?:不能)?单方面|有没有权|有权|(?:这个|什么)权[力利]|有没有份|还有份|有份吗|(?:该|由|应该)谁出|谁出(?=[?吗呢]|$)|出还是|犯罪|能(?:不能)?(?:要回|退)|赔多少|补偿(?:标准|多少)|(?:没法|还能|能不能)要(?:了|回)?|(?:能不能|可不可以|能否)[^,。!?]{0,8}(?:断|停(?!车)|扣|不给|收回|强拆)|赔|罚(?:的)?(?:是|谁)|(?:是|会(?:不会)?)罚|(?:能|可以)(?:找|向|跟)[^,。!?]{0,6}要|工伤认定|仲裁|遗嘱|公证|继承|谁的$|该(?:由)?谁(?:负责|承担|出)|义务|法律(?:上|规定)|有没有(?:这个)?道理|(?:要|该|得)[^,。!?]{0,4}退(?:吗|么|呢|不|$)`,
  'u',
);
const SERVICE_ASK = /补贴|低保|救助|补助|医保|社保卡|办理|证明|预约/u;
const QUOTED = /(?:他|她|人家|对方|别人|老板|他们|房东|物业)[^,。!?]{0,4}(?:说|问)[^,。!?]{0,12}[吗么]$/u;

/** A safety question about a supposed disaster (「要是半夜地震了，住十八楼的应该往哪跑」): no report, a question for the centre. */
const SUPPOSED_DISASTER_QUESTION =
  /(?:要是|如果|万一|假如|以后)[^。!?]{0,12}(?:地震|发大水|洪水|着火|火灾|台风|塌)[^。!?]{0,16}(?:往哪|怎么(?:跑|逃|办)|该咋|去哪|避难)/u;

/** Sentences that ask: ended by a question mark, or by a question particle before a pause or the end. */
function questions(text: string): string[] {
  // Most messages ask nothing: skip the scan, which tries every start position.
  if (!/[?吗么呢]/u.test(text)) return [];
  return (text.match(/[^,。!?]+[?]|[^,。!?]+[吗么呢](?=[,。!]|$)/gu) ?? []).map((q) => q.replace(/[?]$/u, ''));
}

function asksTheLaw(message: string): boolean {
  const last = lastSentence(message);
  const asked = ASKS.test(last) ? [last, ...questions(message)] : questions(message);
  return asked.some((q) => LEGAL_ASK.test(q) && !SERVICE_ASK.test(q) && !QUOTED.test(q));
}

/** The intent the rules give a message the classifier took for a report; null when they have nothing to say. */
export function reviseReportIntent(text: string): Intent | null {
  const message = normalizeText(text);
  // A notice asks its readers (「请各位不要惊慌」), not us.
  if ((DRILL.test(message) && DONT_PANIC.test(message)) || (NOTICE_OPENING.test(message) && UPCOMING.test(message))) return 'other';
  if (REQUESTS_HANDLING.test(message)) return null;
  if (LIABILITY_QUESTION.test(lastSentence(message)) || asksTheLaw(message)) return 'legal_question';
  if (PAST_TIME.test(message) && REMINISCING.test(message) && !STILL_A_PROBLEM.test(message) && !HABITUAL.test(message)) return 'chitchat';
  if (FIGURE.test(message) && CHATTING.test(message)) return 'chitchat';
  if (JUST_TALKING.test(message) && !STILL_A_PROBLEM.test(message)) return 'chitchat';
  if (SUPPOSED_DISASTER_QUESTION.test(message)) return 'other';
  if (NEWS.test(message) && WORRIED_HERE.test(message)) return 'other';
  if (SCREEN.test(message) && REACTION.test(message) && !ABOUT_HERE.test(message)) return 'chitchat';
  if (PRAISE.test(message) && !SOMETHING_WRONG.test(message)) return 'chitchat';
  if (VENTING.test(message) || (isJoke(message) && THREAT_WORDS.test(message))) return 'chitchat';
  if ((REPORT_REFERENCE.test(message) || /不用派人/u.test(message)) && CALLED_OFF.test(message)) return 'followup';
  if (DONE_BUT_NOT.test(message)) return 'followup';
  return null;
}
