import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/** What the safety rules alone make of a message: the hazard, or null. */
export function hazardOf(text: string): string | null {
  return assessSafetyRules(text)?.hazard ?? null;
}

/** The shipped offline classifier (rules and model), loaded once per test file. */
export const classifier = OfflineClassifier.load();
