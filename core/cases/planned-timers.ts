import type { ReportRow } from '../storage/schema.js';
import type { ReportStatus } from '../workflow/states.js';
import type { DeadlinePolicy } from '../workflow/deadlines.js';
import type { PlannedTimer } from '../queue/pipeline-queues.js';
import type { TimerJob, TimerKind } from '../queue/names.js';

/** States in which the worker owes an acceptance, or a resolution (never `waiting`: that clock is paused). */
const ACCEPT_CLOCK: readonly ReportStatus[] = ['assigned', 'escalated'];
const RESOLVE_CLOCK: readonly ReportStatus[] = ['accepted', 'in_progress', 'escalated', 'transferred', 'reopened'];
/** Share of the time after which the reminder goes out. */
const REMIND_AT = 0.8;

export function timerKey(job: Pick<TimerJob, 'kind' | 'basis'>): string {
  return `${job.kind}@${job.basis}`;
}

/**
 * The timers a report should have right now, computed from the row alone, so that the database
 * stays the truth: the reconciler recreates exactly these, and a firing job checks it is still one
 * of them. `fired` holds the timers already on the timeline (emergency re-alerts are counted from it).
 */
export function plannedTimers(report: ReportRow, policy: DeadlinePolicy, fired: ReadonlySet<string>): PlannedTimer[] {
  const planned: PlannedTimer[] = [];
  const add = (kind: TimerKind, basis: string, runAt: Date) => {
    if (!fired.has(timerKey({ kind, basis }))) planned.push({ job: { reportId: report.id, kind, basis }, runAt });
  };
  const clock = (name: 'accept' | 'resolve', due: Date, minutes: number) => {
    const span = minutes * 60_000;
    const basis = due.toISOString();
    add(`${name}-remind`, basis, new Date(due.getTime() - (1 - REMIND_AT) * span));
    add(`${name}-breach`, basis, due);
    add(`${name}-breach2`, basis, new Date(due.getTime() + span));
  };

  if (report.sla_paused_at === null) {
    if (report.accepted_at === null && report.due_accept_at && ACCEPT_CLOCK.includes(report.status)) {
      clock('accept', report.due_accept_at, policy.acceptMinutes[report.urgency]);
    }
    if (report.accepted_at !== null && report.resolved_at === null && report.due_resolve_at && RESOLVE_CLOCK.includes(report.status)) {
      clock('resolve', report.due_resolve_at, policy.resolveMinutes[report.urgency]);
    }
  }
  if (report.urgency === 'emergency' && report.accepted_at === null && ACCEPT_CLOCK.includes(report.status)) {
    const sent = [...fired].filter((key) => key.startsWith('alert@')).length;
    const next = sent + 1;
    add('alert', String(next), new Date(report.created_at.getTime() + next * policy.realertMinutes * 60_000));
  }
  if ((report.status === 'resolved' || report.status === 'visited') && report.resolved_at) {
    const basis = report.resolved_at.toISOString();
    const at = (minutes: number) => new Date(report.resolved_at!.getTime() + minutes * 60_000);
    if (report.status === 'resolved') add('visit-remind', basis, at(policy.visitRemindMinutes));
    add('visit-close', basis, at(policy.visitCloseMinutes));
  }
  return planned;
}
