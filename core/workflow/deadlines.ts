import type { Urgency } from '../taxonomy/codes.js';
import type { AppConfig } from '../config.js';
import type { ReportRow, ReportUpdate } from '../storage/schema.js';
import type { ReportStatus } from './states.js';

/** Minutes to accept and to resolve, by urgency, and the other timers of a case (configurable). */
export interface DeadlinePolicy {
  acceptMinutes: Record<Urgency, number>;
  resolveMinutes: Record<Urgency, number>;
  /** An emergency nobody has accepted is alerted again this often. */
  realertMinutes: number;
  /** 回访: one reminder after this long without an answer, then closed as unrated. */
  visitRemindMinutes: number;
  visitCloseMinutes: number;
}

export const DEFAULT_DEADLINES: DeadlinePolicy = {
  acceptMinutes: { emergency: 10, urgent: 60, normal: 24 * 60 },
  resolveMinutes: { emergency: 4 * 60, urgent: 24 * 60, normal: 7 * 24 * 60 },
  realertMinutes: 5,
  visitRemindMinutes: 3 * 24 * 60,
  visitCloseMinutes: 7 * 24 * 60,
};

export function deadlinePolicy(config: AppConfig): DeadlinePolicy {
  return {
    acceptMinutes: { emergency: config.SLA_EMERGENCY_ACCEPT_MIN, urgent: config.SLA_URGENT_ACCEPT_MIN, normal: config.SLA_NORMAL_ACCEPT_MIN },
    resolveMinutes: { emergency: config.SLA_EMERGENCY_RESOLVE_MIN, urgent: config.SLA_URGENT_RESOLVE_MIN, normal: config.SLA_NORMAL_RESOLVE_MIN },
    realertMinutes: config.EMERGENCY_REALERT_MIN,
    visitRemindMinutes: config.VISIT_REMIND_HOURS * 60,
    visitCloseMinutes: config.VISIT_CLOSE_HOURS * 60,
  };
}

export function dueTimes(urgency: Urgency, from: Date, policy: DeadlinePolicy = DEFAULT_DEADLINES) {
  return {
    due_accept_at: new Date(from.getTime() + policy.acceptMinutes[urgency] * 60_000),
    due_resolve_at: new Date(from.getTime() + policy.resolveMinutes[urgency] * 60_000),
  };
}

/**
 * The clock stops while the worker waits for the resident (Zammad's pending state): entering
 * `waiting` notes the moment; leaving it moves both deadlines on by the time spent waiting,
 * which keeps exactly the remaining time.
 */
export function pauseEffects(current: ReportRow, to: ReportStatus, now: Date): ReportUpdate {
  if (to === 'waiting' && current.status !== 'waiting') return { sla_paused_at: now };
  if (current.status !== 'waiting' || to === 'waiting' || !current.sla_paused_at) return {};
  const paused = now.getTime() - current.sla_paused_at.getTime();
  const shift = (at: Date | null) => (at ? new Date(at.getTime() + paused) : null);
  return { sla_paused_at: null, due_accept_at: shift(current.due_accept_at), due_resolve_at: shift(current.due_resolve_at) };
}
