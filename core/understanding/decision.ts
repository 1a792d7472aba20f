import { maxUrgency, type Intent, type RiskFlag, type Subtype, type Urgency } from '../taxonomy/codes.js';
import { extractDetails } from './details.js';
import type { MessageAnalysis } from './offline/analyse.js';
import { PRESENT, REPORT_REFERENCE, WORSENING } from './rules/cues.js';
import type { SafetyAssessment } from './rules/present-danger.js';
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

function chooseLabel(raw: RawDecision, safety: SafetyAssessment | null): Subtype | null {
  if (!safety) return raw.label;
  // Someone still in danger after a crash is a road emergency, not a compensation dispute (taxonomy §2).
  const contradicts = safety.hazard === 'traffic' && raw.label === 'dispute.traffic';
  return !raw.label || contradicts || raw.confidence < TRUST_LABEL_OVER_HAZARD ? safety.subtype : raw.label;
}

/**
 * The safety and risk rules have the last word over any classifier: they can raise urgency and add
 * flags, never lower them. A non-report is 「一般」 unless it describes a present danger.
 */
export function applyRules(raw: RawDecision, analysis: MessageAnalysis, source: ClassifierSource): Understanding {
  const { risk, text } = analysis;
  // A legal question or a status query is about what happened; an emergency only if it says the danger is
  // now or getting worse (「煤气味越来越重了，你们什么时候到」: still a status query, with emergency urgency).
  const reflective = raw.intent === 'legal_question' || raw.intent === 'status_query';
  const safety = reflective && !PRESENT.test(text) && !WORSENING.test(text) ? null : analysis.safety;
  // A present danger is something to handle, whatever else the message also does (「…谢谢你们」);
  // a follow-up to a report already made that says the danger is back (「上次反映的那家又打起来了，现在
  // 他拿着刀」) stays a follow-up to it, with emergency urgency.
  const renewedFollowup = raw.intent === 'followup' && REPORT_REFERENCE.test(text);
  const intent: Intent = safety && !reflective && !renewedFollowup ? 'report' : raw.intent;
  const isReport = intent === 'report';
  const label = isReport || intent === 'legal_question' ? chooseLabel(raw, safety) : null;
  const ruleUrgency: Urgency = safety ? 'emergency' : isReport && risk.urgent ? 'urgent' : 'normal';
  const urgency = maxUrgency(raw.intent === 'report' ? raw.urgency : 'normal', ruleUrgency);
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
