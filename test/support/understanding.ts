import { expect } from 'vitest';
import { OfflineClassifier } from '../../core/understanding/offline/offline-classifier.js';
import { assessSafetyRules } from '../../core/understanding/safety.js';

/** What the safety rules alone make of a message: the hazard, or null. */
export function hazardOf(text: string): string | null {
  return assessSafetyRules(text)?.hazard ?? null;
}

/** The shipped offline classifier (rules and model), loaded once per test file. */
export const classifier = OfflineClassifier.load();

/** The rules find this hazard, and the whole classifier files an emergency (with this subtype, when given). */
export function expectEmergency(text: string, hazard: string, label?: string): void {
  expect(hazardOf(text)).toBe(hazard);
  const result = classifier.understand(text);
  expect(result.urgency).toBe('emergency');
  if (label) expect(result.label).toBe(label);
}

/** Neither the rules nor the whole classifier make an emergency of it. */
export function expectNoEmergency(text: string): void {
  expect(hazardOf(text)).toBeNull();
  expect(classifier.understand(text).urgency).not.toBe('emergency');
}
