import { endsSentence } from '../text/normalize.js';
import { CONDITIONAL, DONE_AFTER, HABITUAL, HEARSAY, HYPOTHETICAL, NOT_YET_BEFORE, NOW_NOT_DANGER, ONGOING, PAST_TIME, PRESENT, REPORT_REFERENCES, SAFE_NOW, WHEN_FRAME } from './cues.js';

/**
 * Grammatical aspect for messages that ask or refer back (a legal question, a status query, a
 * follow-up): they mostly tell what happened or what might, so a danger in them counts only when a
 * clause tells it as going on now (「他喝醉了在门外砸门，说要打死我，我要是拿刀自卫算不算犯法」).
 */

/** The clauses of the same sentence before `index` (a full stop, question or exclamation mark ends one). */
function sentenceBefore(clauses: readonly string[], index: number): string {
  let start = index;
  while (start > 0 && !endsSentence(clauses[start - 1]!)) start--;
  return clauses.slice(start, index).join('');
}

/**
 * Does this clause tell an event as going on now? A cue (ONGOING by default) counts unless a condition,
 * an intention, hearsay, a habit, a time frame, a result already reached or a past time word (with no
 * "now" beside it) frames it.
 */
export function toldAsOngoing(clauses: readonly string[], index: number, cue: RegExp = ONGOING): boolean {
  const clause = (clauses[index] ?? '').replace(NOW_NOT_DANGER, ' ');
  // A habit, or the writer out of the danger now (「我现在住在朋友家」), is no event going on.
  if (HABITUAL.test(clause) || SAFE_NOW.test(clause)) return false;
  const sentence = sentenceBefore(clauses, index);
  for (const match of clause.matchAll(cue)) {
    const before = clause.slice(0, match.index);
    // The report a follow-up points at dates the report, not the event (「我上午报的煤气味现在越来越重了」).
    const lead = (sentence + before).replace(REPORT_REFERENCES, '');
    if (HYPOTHETICAL.test(before) || NOT_YET_BEFORE.test(before) || CONDITIONAL.test(lead) || HEARSAY.test(lead)) continue;
    const rest = clause.slice(match.index);
    if (WHEN_FRAME.test(rest) || DONE_AFTER.test(rest) || (PAST_TIME.test(lead) && !PRESENT.test(clause))) continue;
    return true;
  }
  return false;
}

/** A danger found in clause `index` is told as going on when that clause, or one beside it in the same sentence, says so. */
export function ongoingAround(clauses: readonly string[], index: number): boolean {
  const previousJoins = index > 0 && !endsSentence(clauses[index - 1]!);
  const nextJoins = index + 1 < clauses.length && !endsSentence(clauses[index]!);
  return toldAsOngoing(clauses, index) || (previousJoins && toldAsOngoing(clauses, index - 1)) || (nextJoins && toldAsOngoing(clauses, index + 1));
}
