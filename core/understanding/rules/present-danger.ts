import type { Subtype } from '../../taxonomy/codes.js';
import { HABITUAL, HYPOTHETICAL, NEGATED_BEFORE, PAST_TIME, PRESENT, RESOLVED, WORRY } from './cues.js';
import { FIGURES_OF_SPEECH, HAZARD_RULES, type EmergencyNumber, type Hazard, type HazardRule } from './hazard-rules.js';
import { SAFETY_REPLIES } from './safety-replies.js';
import { normalizeText, splitClauses } from '../text/normalize.js';

export type { EmergencyNumber, Hazard } from './hazard-rules.js';

/** A present danger found by the rules, with what to tell the resident at once. */
export interface SafetyAssessment {
  hazard: Hazard;
  numbers: EmergencyNumber[];
  reply: string;
  subtype: Subtype;
}

/** The space-delimited stretch of the clause holding position `at`, plus the stretch after it (the whole clause if it has no spaces). */
function stretchAround(clause: string, at: number): string {
  if (!clause.includes(' ')) return clause;
  const start = clause.lastIndexOf(' ', at) + 1;
  const end = clause.indexOf(' ', at);
  if (end < 0) return clause.slice(start);
  const next = clause.indexOf(' ', end + 1);
  return clause.slice(start, next < 0 ? undefined : next);
}

/** Is the danger in this clause happening now (not a worry, a denial, a habit or a past event)? */
function isPresentDanger(rule: HazardRule, clauses: string[], index: number, message: string): boolean {
  const clause = clauses[index] ?? '';
  const match = rule.cue.exec(clause);
  if (!match) return false;
  if (rule.otherwise?.test(clause) || rule.otherKind?.test(message)) return false;
  const before = clause.slice(0, match.index);
  if (NEGATED_BEFORE.test(before) || HYPOTHETICAL.test(before)) return false;
  if (rule.worryMeansNotYet && WORRY.test(before)) return false;
  // 「着过火」「晕倒过」「窜过火苗」「闻到过」: the aspect marker 过 puts it in the past.
  if (clause[match.index + match[0].length] === '过' || before.endsWith('过') || /到过/u.test(match[0])) return false;
  // Unpunctuated messages (voice input, 「…着火了 好在扑灭了 现在大家都怕…」) use spaces as their only
  // breaks: there a time word says the danger is now only in the cue's own stretch or the next one.
  const saysNow = PRESENT.test(stretchAround(clause, match.index));
  if (saysNow) return true;
  if (RESOLVED.test(message) || rule.aftermath?.test(message)) return false;
  const context = (clauses[index - 1] ?? '') + clause;
  if (rule.pastEndsIt && (PAST_TIME.test(context) || HABITUAL.test(context))) return false;
  return true;
}

/**
 * The emergency rules of taxonomy §3 alone: pure and synchronous. The model features and the
 * decision use this; callers that answer residents use `assessSafety` (core/understanding/safety.ts).
 */
export function assessSafetyRules(text: string): SafetyAssessment | null {
  const message = normalizeText(text).replace(FIGURES_OF_SPEECH, ',');
  const clauses = splitClauses(message);
  for (const rule of HAZARD_RULES) {
    if (rule.requires && !rule.requires.test(message)) continue;
    for (let index = 0; index < clauses.length; index++) {
      if (!isPresentDanger(rule, clauses, index, message)) continue;
      return {
        hazard: rule.hazard,
        numbers: [...rule.numbers],
        reply: SAFETY_REPLIES[rule.hazard],
        subtype: rule.subtype(message),
      };
    }
  }
  return null;
}
