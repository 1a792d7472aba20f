import { categoryOf, type Subtype } from '../taxonomy/codes.js';
import { DEFAULT_MODEL_PATH, OfflineClassifier } from './offline/offline-classifier.js';
import { assessSafetyRules, type SafetyAssessment } from './rules/present-danger.js';
import { SAFETY_REPLIES } from './rules/safety-replies.js';
import type { EmergencyNumber, Hazard } from './rules/hazard-rules.js';

export { assessSafetyRules } from './rules/present-danger.js';
export type { EmergencyNumber, Hazard, SafetyAssessment } from './rules/present-danger.js';

/** The hazard reply that fits a subtype the model chose when no rule named the danger. */
function hazardForSubtype(subtype: Subtype | null): { hazard: Hazard; numbers: EmergencyNumber[] } {
  switch (subtype) {
    case 'public_safety.fire':
      return { hazard: 'fire', numbers: ['119'] };
    case 'public_safety.gas':
      return { hazard: 'gas', numbers: ['119'] };
    case 'public_safety.disaster':
      return { hazard: 'flood', numbers: ['119'] };
    case 'livelihood.health':
    case 'public_safety.food_drug':
      return { hazard: 'medical', numbers: ['120'] };
    case 'livelihood.care':
      return { hazard: 'missing_person', numbers: ['110'] };
    case 'public_order.fraud':
      return { hazard: 'fraud', numbers: ['110'] };
    case 'public_safety.building':
    case 'public_safety.production':
    case 'public_safety.road':
      return { hazard: 'collapse', numbers: ['119', '120'] };
    default:
      if (subtype && (categoryOf(subtype) === 'public_order' || categoryOf(subtype) === 'dispute')) return { hazard: 'violence', numbers: ['110', '120'] };
      return { hazard: 'general', numbers: ['110', '119', '120'] };
  }
}

let offline: OfflineClassifier | null | undefined;
/** The shipped offline model, loaded once on first use; null when it cannot be loaded (rules still work). */
function offlineModel(): OfflineClassifier | null {
  if (offline === undefined) {
    try {
      offline = OfflineClassifier.load(DEFAULT_MODEL_PATH);
    } catch {
      offline = null;
    }
  }
  return offline;
}

/**
 * The one place that decides whether a resident gets an emergency reply at once (taxonomy §3):
 * the API (submit-report, /classify) and the bot call it before storage, queues or Claude.
 * 1. The explicit safety rules (rules/hazard-rules.ts) name the danger and its numbers.
 * 2. Otherwise, if the offline model (rules + linear model, no network, < 1 ms) judges the message an
 *    emergency, a reply that fits its subtype — or the generic 110/119/120 one — still goes out:
 *    a false alarm costs a phone call, a missed one can cost a life.
 * Pure and synchronous apart from loading the shipped model once.
 */
export function assessSafety(text: string): SafetyAssessment | null {
  const byRule = assessSafetyRules(text);
  if (byRule) return byRule;
  const model = offlineModel();
  if (!model) return null;
  const understood = model.understand(text);
  if (understood.urgency !== 'emergency') return null;
  const { hazard, numbers } = hazardForSubtype(understood.label);
  return { hazard, numbers, reply: SAFETY_REPLIES[hazard], subtype: understood.label ?? 'public_order.other' };
}
