import type { Urgency } from '../taxonomy/codes.js';

/** Minutes to accept and to resolve, by urgency (defaults from the case-handling rules; configurable). */
export interface DeadlinePolicy {
  acceptMinutes: Record<Urgency, number>;
  resolveMinutes: Record<Urgency, number>;
}

export const DEFAULT_DEADLINES: DeadlinePolicy = {
  acceptMinutes: { emergency: 10, urgent: 60, normal: 24 * 60 },
  resolveMinutes: { emergency: 4 * 60, urgent: 24 * 60, normal: 7 * 24 * 60 },
};

export function dueTimes(urgency: Urgency, from: Date, policy: DeadlinePolicy = DEFAULT_DEADLINES) {
  return {
    due_accept_at: new Date(from.getTime() + policy.acceptMinutes[urgency] * 60_000),
    due_resolve_at: new Date(from.getTime() + policy.resolveMinutes[urgency] * 60_000),
  };
}
