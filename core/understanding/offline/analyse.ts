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
const QUESTION_END = /(?:[?？吗呢么]|怎么办|咋办|找谁)[\s!！。.~…]*$/u;
/** The last clause asks something (「…以前的工龄还算不算」): legal questions and queries end this way. */
const QUESTION_WORD = /吗|呢|么|谁|哪|怎么|咋|什么|多少|是否|能否|能不能|可不可以|要不要|算不算|有没有|还是|行不行|对不对|合不合/u;

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
  // The rules' findings are features too, so the model learns how far to trust each of them.
  const cues = [...risk.flags, ...(safety ? [`hazard:${safety.hazard}`] : []), ...(risk.urgent ? ['urgent'] : [])];
  for (const [code, words] of LEXICON) {
    const hits = text.match(words)?.length ?? 0;
    if (hits > 0) cues.push(`k:${code}`);
    if (hits > 1) cues.push(`k2:${code}`);
  }
  cues.push(`len:${LENGTH_BUCKETS.findIndex((limit) => text.length <= limit)}`);
  if (QUESTION_END.test(text)) cues.push('question');
  if (QUESTION_WORD.test(splitClauses(text).at(-1) ?? '')) cues.push('question-tail');
  return { text, safety, risk, features: extractFeatures(text, cues) };
}
