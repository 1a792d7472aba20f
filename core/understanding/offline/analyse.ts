import { stripInjections } from '../injection.js';
import { assessRisk, type RiskAssessment } from '../rules/risk-rules.js';
import { INTENT_WORDS, SUBTYPE_WORDS } from '../rules/lexicon.js';
import { assessSafetyRules as assessSafety, type SafetyAssessment } from '../rules/present-danger.js';
import { extractFeatures } from '../text/features.js';
import { splitClauses } from '../text/normalize.js';

/** The domain word lists as global patterns, compiled once, to count matches. */
const LEXICON = [...Object.entries(SUBTYPE_WORDS), ...Object.entries(INTENT_WORDS)].map(
  ([code, words]) => [code, new RegExp(words.source, 'gu')] as const,
);

/** Short messages are mostly greetings, follow-ups and queries; long ones mostly reports. */
const LENGTH_BUCKETS = [4, 10, 25, 60, Infinity];
/** Also the spoken and regional question ends: 「有份不」「合法不」(北方、西南), 「有用伐」(吴), 「得唔得」「咩」(粤). */
const QUESTION_END = /(?:[?？吗呢么伐咩]|怎么办|咋办|咋整|咋弄|点算|点办|找谁|(?<=\p{Script=Han})(?:不|没|没有|冇|未))[\s!！。.~…]*$/u;
/** The last clause asks something (「…以前的工龄还算不算」): legal questions and queries end this way. */
const QUESTION_WORD =
  /吗|呢|么|谁|哪|怎么|咋|什么|啥子|多少|是否|能否|能不能|可不可以|要不要|算不算|有没有|还是|行不行|对不对|合不合|如何|伐$|咩|点算|点样|乜嘢|(\p{Script=Han})唔\1|有冇|哪能|啥人|阿是/u;

/** A danger word denied (「没有煤气味」「灶打不着火」) or only feared (「万一着火」): cues the model can weigh against the danger words. */
const NEGATED_HAZARD = /(?:没|没有|未|不是|并没有|无|不)(?:闻到|看到|发现|见|有)?[^,，。!！?？\s]{0,3}(?:煤气味|燃气味|异味|味道|着火|起火|冒烟|火苗|漏气|烟)/u;
const FEARED_HAZARD = /(?:万一|要是|如果|假如|一旦|怕|担心|生怕|迟早|哪天)[^,，。!！?？]{0,8}(?:着火|起火|失火|烧起来|漏气|爆炸|炸了|塌|掉下来)/u;

/** What the rules see in a message, and the features the model scores; shared by training and inference. */
export interface MessageAnalysis {
  /** The message with injected instructions cut out: everything below works on this. */
  text: string;
  safety: SafetyAssessment | null;
  risk: RiskAssessment;
  features: string[];
}

export function analyseMessage(rawText: string): MessageAnalysis {
  const text = stripInjections(rawText);
  const safety = assessSafety(text);
  const risk = assessRisk(text);
  // The rules' findings are features too (the wide mentions, not the flags), so the model learns how far to trust each of them.
  const cues = [...risk.mentions, ...(safety ? [`hazard:${safety.hazard}`] : []), ...(risk.urgentMention ? ['urgent'] : [])];
  for (const [code, words] of LEXICON) {
    const hits = text.match(words)?.length ?? 0;
    if (hits > 0) cues.push(`k:${code}`);
    if (hits > 1) cues.push(`k2:${code}`);
  }
  cues.push(`len:${LENGTH_BUCKETS.findIndex((limit) => text.length <= limit)}`);
  if (NEGATED_HAZARD.test(text)) cues.push('negated-hazard');
  if (FEARED_HAZARD.test(text)) cues.push('feared-hazard');
  if (QUESTION_END.test(text)) cues.push('question');
  if (QUESTION_WORD.test(splitClauses(text).at(-1) ?? '')) cues.push('question-tail');
  return { text, safety, risk, features: extractFeatures(text, cues) };
}
