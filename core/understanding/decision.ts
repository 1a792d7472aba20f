import { maxUrgency, type Intent, type RiskFlag, type Subtype, type Urgency } from '../taxonomy/codes.js';
import { extractDetails } from './details.js';
import type { MessageAnalysis } from './offline/analyse.js';
import { REPORT_REFERENCE, WORSENING } from './rules/cues.js';
import { asksTheLawDuringDanger, reviseReportIntent } from './rules/intent-rules.js';
import { assessOngoingDanger, tellsOngoingEvent, type Hazard, type SafetyAssessment } from './rules/present-danger.js';
import { summarize } from './summary.js';
import type { ClassifierSource, Understanding } from './understanding.js';

/** What a classifier (the offline model or Claude) decided before the rules are applied. */
export interface RawDecision {
  intent: Intent;
  label: Subtype | null;
  urgency: Urgency;
  flags: RiskFlag[];
  confidence: number;
  summary?: string;
}

/** Below this label confidence, the hazard the safety rules found names the subtype. */
const TRUST_LABEL_OVER_HAZARD = 0.5;

/** A fire or a gas leak burning or leaking now: a public-safety matter, whoever's flat it is in. */
const FIRE_OR_GAS = new Set<Hazard>(['fire', 'electrical_fire', 'gas']);

/**
 * Does the model's label contradict the danger the rules found? Someone still in danger after a crash is a road
 * emergency, not a compensation dispute (taxonomy §2); a fire or a gas leak reported now is no dispute between
 * neighbours (「楼下着伙了好大的眼」, where voice input's homophones leave the model only 楼下 and 楼上 to go by). A
 * question about who pays for it may still be one.
 */
function contradicts(intent: Intent, label: Subtype | null, safety: SafetyAssessment): boolean {
  if (safety.hazard === 'traffic' && label === 'dispute.traffic') return true;
  return intent === 'report' && FIRE_OR_GAS.has(safety.hazard) && label !== null && label.startsWith('dispute.');
}

function chooseLabel(raw: RawDecision, safety: SafetyAssessment | null): Subtype | null {
  if (!safety) return raw.label;
  // The taxonomy's edge rules name the subtype of this danger (a missing child is livelihood.care).
  if (safety.subtypeFixed) return safety.subtype;
  return !raw.label || contradicts(raw.intent, raw.label, safety) || raw.confidence < TRUST_LABEL_OVER_HAZARD ? safety.subtype : raw.label;
}

/**
 * Asks about or refers back to an event rather than reporting one: a legal question, a status query, a
 * follow-up to a report already made. Such messages mostly tell what happened or what might.
 */
function isReflective(intent: Intent, text: string): boolean {
  return intent === 'legal_question' || intent === 'status_query' || (intent === 'followup' && REPORT_REFERENCE.test(text));
}

/**
 * What the rules alone say of urgency. A present danger is an emergency; a report at risk of escalation is
 * 「较急」, and so is a message that asks or refers back when it tells of a threat to someone's life, of
 * someone hurt again since (「今天又有一个人摔进去了」) or of another risk under way now (taxonomy §2–§3);
 * past stories, suppositions and hearsay stay 「一般」.
 */
function ruleUrgency(intent: Intent, reflective: boolean, safety: SafetyAssessment | null, analysis: MessageAnalysis): Urgency {
  const { risk, text } = analysis;
  if (safety) return 'emergency';
  if (intent === 'report') return risk.urgent ? 'urgent' : 'normal';
  return reflective && (risk.lifeThreat || risk.hurtAgain || (risk.urgent && tellsOngoingEvent(text))) ? 'urgent' : 'normal';
}

/**
 * A report with no present danger may be a story told in order to ask who is liable, a memory or a worry
 * about the news (rules/intent-rules.ts): the classifier's intent gives way to the rules'.
 */
function reviseIntent(raw: RawDecision, analysis: MessageAnalysis): RawDecision {
  if (raw.intent !== 'report') return raw;
  if (analysis.safety) return asksTheLawDuringDanger(analysis.text) ? { ...raw, intent: 'legal_question' } : raw;
  const intent = reviseReportIntent(analysis.text);
  // Whatever the words seem to say (「就是想跟谁说一声」), a report the model sees as an emergency stays one;
  // a legal question keeps its urgency (applyRules).
  if (!intent || (raw.urgency === 'emergency' && intent !== 'legal_question')) return raw;
  return { ...raw, intent };
}

/**
 * The safety and risk rules have the last word over any classifier: they can raise urgency and add
 * flags, never lower them. A non-report is 「一般」 unless it describes a present danger or a risk.
 */
export function applyRules(classified: RawDecision, analysis: MessageAnalysis, source: ClassifierSource): Understanding {
  const { risk, text } = analysis;
  const raw = reviseIntent(classified, analysis);
  // A message that asks or refers back counts a danger only when it tells it as going on now (rules/aspect.ts)
  // or says anywhere that it is getting worse (「…怎么还没人来？现在楼道里味道越来越大了」); it keeps its
  // intent (「煤气味越来越重了，你们什么时候到」: still a status query, with emergency urgency).
  const reflective = isReflective(raw.intent, text);
  const safety = reflective ? (assessOngoingDanger(text) ?? (WORSENING.test(text) ? analysis.safety : null)) : analysis.safety;
  // Otherwise a present danger is something to handle, whatever else the message also does (「…谢谢你们」).
  const intent: Intent = safety && !reflective ? 'report' : raw.intent;
  const isReport = intent === 'report';
  const label = isReport || intent === 'legal_question' ? chooseLabel(raw, safety) : null;
  // A report the rules took for a legal question keeps what the model saw of its danger (「他现在还在扔…是犯法的吧」).
  const modelUrgency = raw.intent === 'report' || (classified.intent === 'report' && raw.intent === 'legal_question') ? raw.urgency : 'normal';
  const urgency = maxUrgency(modelUrgency, ruleUrgency(intent, reflective, safety, analysis));
  const flags = new Set<RiskFlag>(isReport ? [...raw.flags, ...risk.flags] : []);
  if (safety?.hazard === 'self_harm') flags.add('self_harm');
  const details = extractDetails(text);
  return {
    intent,
    label,
    urgency,
    flags: [...flags].filter((f) => f !== 'repeat').sort(),
    confidence: Math.round(raw.confidence * 1000) / 1000,
    source,
    summary: raw.summary ?? summarize(text, intent, label, details.place),
    details,
  };
}
