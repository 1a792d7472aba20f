import type { Understanding } from './understanding.js';

/**
 * Reports whose label confidence is below this go to triage (待分拣) for centre staff instead of
 * being routed on a guess. Emergencies never wait in triage. Chosen on the held-out split
 * (see `npm run train:classifier`).
 */
export const TRIAGE_THRESHOLD = 0.5;

export function needsTriage(u: Pick<Understanding, 'intent' | 'urgency' | 'confidence'>, threshold = TRIAGE_THRESHOLD): boolean {
  return u.intent === 'report' && u.urgency !== 'emergency' && u.confidence < threshold;
}
