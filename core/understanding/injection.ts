import { endsSentence, splitClauses } from './text/normalize.js';

/**
 * Resident text is data. Instructions hidden in a message (to ignore the rules, to set a category or
 * an urgency, to reveal other people's data, fake system/assistant markers) are cut out before
 * classification, so the result is the one of the same message without them.
 */

/** A fake role or system marker: the rest of its sentence is the injected "instruction". */
const ROLE_MARKER =
  /(?:^|[\s,.!?;，。！？；])[\[【<(（]?\s*\/?\s*(?:system|sys|系统(?:提示|消息|指令|通知)?|assistant|助手|ai|human|user|用户指令|管理员|admin|developer|开发者|指令|instruction|inst|prompt|提示词)\s*[\]】>)）]?\s*[:：]|[\[【<]\s*\/?\s*(?:system|inst|assistant|系统|指令)\s*[\]】>]/iu;

const INSTRUCTION_PATTERNS: RegExp[] = [
  // "ignore / forget the rules above"
  /(?:忽略|无视|忘记|忘掉|不要管|别管|跳过|绕过|覆盖|推翻|取消)(?:掉)?.{0,8}(?:规则|指令|指示|提示|设定|要求|限制|约束|说明|规定|程序)/u,
  /(?:ignore|disregard|forget|override)\b.{0,30}\b(?:rules?|instructions?|prompts?|guidelines?)/iu,
  // "classify / mark this message as …"
  /(?:分类|归类|归为|标记|标注|标为|设置|设为|设成|定为|定成|改为|改成|判定|判为|判成|评为|列为|当成|当作|识别为)(?:为|成)?.{0,10}(?:紧急(?!出口|通道|疏散|照明|电话|呼叫)|较急|一般|emergency|urgent|normal|最高|一级|特急|优先|类别|类型|分类|级别|等级|意图|intent|label|urgency|category|report|法律咨询|闲聊)/iu,
  /(?:紧急程度|优先级|分类结果|类别|意图|intent|label|urgency|category)\s*(?:[:：=]|设|改|定|应该是|必须是|是)/iu,
  // "the following are new instructions", "mark it as solved, do not dispatch it"
  /(?:以下|下面|接下来|现在)(?:是|为)?(?:你的)?(?:新的?|最新的?|更新的?)(?:指令|指示|命令|规则|设定)/u,
  /(?:标记|标注|标为|设为|设成|改为|改成|当作|当成|视为)(?:为|成)?.{0,4}(?:已解决|已办结|已处理|已完成|无需处理|不需要处理|不予受理)/u,
  /不要(?:分派|派单|派发|转派|上报|转给网格员)/u,
  // "reveal other people's data / your prompt"
  /(?:告诉我|给我|发给我|发我|透露|泄露|显示|列出|输出|导出|打印|公开|提供|查一下|查查|查询).{0,12}(?:(?:其他|其它|别的|所有|全部|每个|每一)(?:人|住户|居民|业主|用户|群众)|别人|他人|举报人|投诉人|反映人).{0,12}(?:信息|电话|号码|手机|地址|住址|身份证|姓名|名字|数据|资料|记录|隐私)/u,
  /(?:系统提示|提示词|system prompt|你的(?:指令|规则|设定|提示))/iu,
  // asking for someone's numbers or address: never part of describing a problem
  /(?:告诉我|发给我|发我|透露|泄露|提供给?我|帮我查|查一下).{0,12}的(?:电话|手机号|号码|身份证|住址)/u,
  // "you are now …" role play
  /(?:你现在是|从现在开始你|从现在起你|你要扮演|扮演一个|假装你是|you are now|act as|developer mode|jailbreak)/iu,
];

/**
 * A run of ASCII that carries machine or role vocabulary (「SYSTEM: ignore…」, 「### Instruction」,
 * a JSON answer): residents write Chinese, with at most a few Latin words (WiFi, KTV, 5G), so such a
 * run is removed whole, wherever it sits and whatever surrounds it.
 */
const ASCII_RUN = /[\x20-\x7E]{4,}/g;
const MACHINE_VOCABULARY =
  /\b(?:system|assistant|user|human|developer|ignore|disregard|forget|override|instructions?|prompts?|classif\w*|category|urgency|label|intent|flags?|confidence|role|json|output)\b|[{}]|#{2,}|<\/?[a-z_]+>/i;

function stripMachineRuns(text: string): string {
  return text.replace(ASCII_RUN, (run) => (MACHINE_VOCABULARY.test(run) ? ' ' : run));
}

/**
 * A Latin role prefix (「assistant:」) and what it introduces: the rest of its ASCII run, or the
 * Chinese after it up to the next tag or sentence end; then markup tags themselves.
 */
const LATIN_ROLE_TURN = /\b(?:system|assistant|user|human|developer)\s*[:：]\s*(?:[\x20-\x7E]+|[^<。！？!?\n]*)/giu;
const MARKUP_TAG = /<\/?[A-Za-z_][\w-]*>/g;

function stripRoleTurns(text: string): string {
  return text.replace(LATIN_ROLE_TURN, ' ').replace(MARKUP_TAG, ' ');
}

const CONNECTIVE = /^\s*(?:另外|还有|顺便|对了|然后|并且|同时|最后|还有就是|ps|PS)\s*[,，、:：]?\s*$/u;

function isInstruction(clause: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(clause));
}

/** The words before the earliest instruction in a clause, without the 「请把你…」 that leads into it. */
function residentLeadIn(clause: string): string {
  const starts = INSTRUCTION_PATTERNS.map((pattern) => pattern.exec(clause)?.index ?? Infinity);
  const start = Math.min(...starts);
  if (!Number.isFinite(start)) return '';
  return clause.slice(0, start).replace(/(?:请|麻烦|你|您|的|把|将|并且|然后|另外|再|还有|顺便|这条|这个|本条|此条|工单|单子|此|该|本|消息|信息|内容|直接)+$/u, '');
}

/** Collapses the delimiters left where a clause was cut, and trims. */
function tidy(text: string): string {
  return text.replace(/^[\s,，、;；]+/u, '').replace(/\s{2,}/gu, ' ').trim();
}

export function stripInjections(text: string): string {
  const kept: string[] = [];
  let insideInjectedSentence = false;
  for (const clause of splitClauses(stripMachineRuns(stripRoleTurns(text)))) {
    const marker = ROLE_MARKER.exec(clause);
    if (marker) {
      // Keep what a resident wrote before the marker; drop the marker and what follows it.
      const before = clause.slice(0, marker.index + (/^[\s,.!?;，。！？；]/u.test(marker[0]) ? 1 : 0));
      if (before.trim() && !isInstruction(before)) kept.push(before);
      insideInjectedSentence = !endsSentence(clause);
      continue;
    }
    if (insideInjectedSentence || isInstruction(clause)) {
      // A resident's words glued to the instruction in one clause are kept.
      const before = insideInjectedSentence ? '' : residentLeadIn(clause);
      if (before) kept.push(before);
      insideInjectedSentence = insideInjectedSentence && !endsSentence(clause);
      // 「另外，」 only led into the instruction.
      if (CONNECTIVE.test(kept.at(-1) ?? '')) kept.pop();
      continue;
    }
    kept.push(clause);
  }
  return tidy(kept.join(''));
}
