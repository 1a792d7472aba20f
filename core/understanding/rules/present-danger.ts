import type { Subtype } from '../../taxonomy/codes.js';
import { AFTER_EVENT, ASKING, DESCRIPTION, FAR_HEARSAY, GROWING, HABITUAL, HYPOTHETICAL, JOKE, MEDIA, NEGATED_BEFORE, ONGOING_ACT, PAST_TIME, PRESENT, REAL_CALL, REFERENCE_BEFORE, RENEWED_AFTER, REPORT_REFERENCE, REPORT_REFERENCES, RESOLVED, STILL_GOING, SUPPOSED_AFTER, SUPPOSED_BEFORE, TODAY_AFTER_PAST, WORRY, WORSENING } from './cues.js';
import { FIGURES_OF_SPEECH, HAZARD_RULES, type EmergencyNumber, type Hazard, type HazardRule } from './hazard-rules.js';
import { ongoingAround, toldAsOngoing } from './aspect.js';
import { SAFETY_REPLIES } from './safety-replies.js';
import { normalizeText, splitClauses } from '../text/normalize.js';

export type { EmergencyNumber, Hazard } from './hazard-rules.js';

/** A present danger found by the rules, with what to tell the resident at once. */
export interface SafetyAssessment {
  hazard: Hazard;
  numbers: EmergencyNumber[];
  reply: string;
  subtype: Subtype;
  /** The subtype is the one taxonomy §2's edge rules give this danger: it overrules the model's label. */
  subtypeFixed?: boolean;
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

/** Global copies of the rules' cues, to look at every danger word of a clause, not just the first. */
const ALL_CUES = new Map<RegExp, RegExp>();
function allMatches(cue: RegExp, clause: string): IterableIterator<RegExpMatchArray> {
  let global = ALL_CUES.get(cue);
  if (!global) {
    global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
    ALL_CUES.set(cue, global);
  }
  return clause.matchAll(global);
}

/**
 * Told as the past: a past time word, and, for a state that lasts, no time word of today after it
 * (「昨晚烧炭盆取暖 早上两个人喊不醒」 tells of this morning).
 */
function datedPast(rule: HazardRule, text: string): boolean {
  if (!rule.stateLasts) return PAST_TIME.test(text);
  let end = -1;
  for (const match of allMatches(PAST_TIME, text)) end = (match.index ?? 0) + match[0].length;
  return end >= 0 && !TODAY_AFTER_PAST.test(text.slice(end));
}

/**
 * A message as the rules read it: its clauses, the whole text, and the part whose words can say the danger
 * is over (for a message that asks, not its question: 「…我要是打伤他要负责吗」 asks about 负责, it does not
 * say the matter is being settled).
 */
interface Reading {
  clauses: string[];
  message: string;
  told: string;
}

/** Is the danger in this clause happening now (not a worry, a denial, a habit, a past event or a reference to one)? */
function isPresentDanger(rule: HazardRule, reading: Reading, index: number): boolean {
  const { clauses, message } = reading;
  const clause = clauses[index] ?? '';
  if (!rule.cue.test(clause)) return false;
  if (rule.otherwise?.test(clause) || rule.otherKind?.test(message)) return false;
  for (const match of allMatches(rule.cue, clause)) {
    if (isPresentMatch(rule, reading, index, match)) return true;
  }
  return false;
}

/** One danger word of the clause, judged by what stands around it. */
function isPresentMatch(rule: HazardRule, reading: Reading, index: number, match: RegExpMatchArray): boolean {
  const { clauses, message } = reading;
  const clause = clauses[index] ?? '';
  const at = match.index ?? 0;
  const before = clause.slice(0, at);
  const after = clause.slice(at + match[0].length);
  // A cue that sets the danger for now itself (「今晚就想把这事了了」) is framed only by its own stretch: an
  // 「要是」 told before it (「人要是不在了 …」) is the writer's oblique way in, not a supposition of it.
  const framing = rule.imminent ? before.slice(before.lastIndexOf(' ') + 1) : before;
  if (NEGATED_BEFORE.test(before) || HYPOTHETICAL.test(framing)) return false;
  if (SUPPOSED_BEFORE.test(before) && SUPPOSED_AFTER.test(after)) return false;
  // 「新闻里说有个男的拿着刀追着砍人」「听说邻县有个厂爆炸了」: a danger on the news, in a drama or heard of
  // far off is nowhere near the writer.
  const lead = (clauses[index - 1] ?? '') + before;
  if (MEDIA.test(lead) || FAR_HEARSAY.test(lead)) return false;
  if (rule.worryMeansNotYet && WORRY.test(before)) return false;
  // 「着过火」「晕倒过」「窜过火苗」「闻到过」「冒过一次烟」: the aspect marker 过 puts it in the past.
  if (after.startsWith('过') || before.endsWith('过') || /到过|过(?:一|两|几|好几)?(?:次|回|下)/u.test(match[0])) return false;
  // 「刚才反映打架的那帮人开一辆白色面包车」「上午报的那个着火的仓库在村东头」: the danger word names the
  // incident already reported, so the message adds details to it, unless it says the danger is on now.
  const reference = (after.startsWith('的') || REFERENCE_BEFORE.test(before)) && (REPORT_REFERENCE.test(message) || DESCRIPTION.test(message));
  if (reference && !PRESENT.test(message) && !RENEWED_AFTER.test(after) && !WORSENING.test(message)) return false;
  // Unpunctuated messages (voice input, 「…着火了 好在扑灭了 现在大家都怕…」) use spaces as their only
  // breaks: there a time word says the danger is now only in the cue's own stretch or the next one.
  const stretch = stretchAround(clause, at);
  // Told as a past event (「上回起火之后配电箱一直没换」「去年着火到现在还没修」): a "now" after the danger
  // word is about what it left behind, so only a "now" before it counts.
  const toldAsPast = rule.pastEndsIt && (datedPast(rule, before.replace(REPORT_REFERENCES, '')) || AFTER_EVENT.test(after));
  // Growing (「今早上厨房那股味儿更冲了」) is said of now, whatever the report it follows was dated.
  const saysNow = toldAsPast ? PRESENT.test(stretch.slice(0, Math.max(0, stretch.indexOf(match[0])))) : PRESENT.test(stretch) || GROWING.test(stretch);
  if (saysNow) return true;
  // The next clause says it is still going on (「昨晚开始着火，现在还在烧」).
  if (STILL_GOING.test(clauses[index + 1] ?? '')) return true;
  if (RESOLVED.test(reading.told) || rule.aftermath?.test(reading.told)) return false;
  if (toldAsPast) return false;
  // 「上次反映的那家又打起来了」: the time word dates the report, not the danger, which is back now.
  const upToIt = ((clauses[index - 1] ?? '') + before + match[0]).replace(REPORT_REFERENCES, '');
  const afterIt = after.replace(REPORT_REFERENCES, '');
  if (rule.pastEndsIt && (datedPast(rule, upToIt) || PAST_TIME.test(afterIt) || HABITUAL.test(upToIt + afterIt))) return false;
  return true;
}

/** Told as a joke: a joke marker and no call for help or danger under way (「正在」). */
export function isJoke(message: string): boolean {
  return JOKE.test(message) && !REAL_CALL.test(message) && !/正在|还在/u.test(message);
}

/** The message as the rules read it, figures of speech blanked; null for banter, which names no danger. */
function readMessage(text: string): string | null {
  const normal = normalizeText(text);
  // Banter (「xswl 他说要跳楼 开玩笑的」「笑死 老板要炸了」) names no danger, unless it also calls for help;
  // judged before the figures of speech are blanked, since 「笑死」 is one of them.
  return isJoke(normal) ? null : normal.replace(FIGURES_OF_SPEECH, ',');
}

/** The first present danger the rules find, in their priority order; with `ongoingOnly`, only one told as going on now. */
function findDanger(text: string, ongoingOnly: boolean): SafetyAssessment | null {
  const message = readMessage(text);
  if (message === null) return null;
  const clauses = splitClauses(message);
  const told = ongoingOnly ? clauses.filter((clause) => !ASKING.test(clause)).join('') : message;
  const reading = { clauses, message, told };
  for (const rule of HAZARD_RULES) {
    if (rule.requires && !rule.requires.test(message)) continue;
    for (let index = 0; index < clauses.length; index++) {
      if (!isPresentDanger(rule, reading, index)) continue;
      if (ongoingOnly && !rule.imminent && !rule.lastsNow?.test(message) && !ongoingAround(clauses, index)) continue;
      const fixed = rule.fixedSubtype?.(message) ?? null;
      return {
        hazard: rule.hazard,
        numbers: [...rule.numbers],
        reply: SAFETY_REPLIES[rule.hazard],
        subtype: fixed ?? rule.subtype(message),
        subtypeFixed: fixed !== null,
      };
    }
  }
  return null;
}

/**
 * The emergency rules of taxonomy §3 alone: pure and synchronous. The model features and the
 * decision use this; callers that answer residents use `assessSafety` (core/understanding/safety.ts).
 */
export function assessSafetyRules(text: string): SafetyAssessment | null {
  return findDanger(text, false);
}

/**
 * The same rules for a message that asks or refers back (a legal question, a status query, a
 * follow-up): a danger counts only where the message tells it as going on now (rules/aspect.ts).
 */
export function assessOngoingDanger(text: string): SafetyAssessment | null {
  return findDanger(text, true);
}

/**
 * Does any clause tell an action as going on now (for the 「较急」 risks of a message that is no report)?
 * A plain "now" is not enough here (「现在我们二十几个工人还在等」): it has no danger beside it to date.
 */
export function tellsOngoingEvent(text: string): boolean {
  const message = readMessage(text);
  if (message === null) return false;
  const clauses = splitClauses(message);
  return clauses.some((_, index) => toldAsOngoing(clauses, index, ONGOING_ACT));
}
