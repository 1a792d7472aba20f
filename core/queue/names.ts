import { createHash } from 'node:crypto';

/** Queue names and job payloads: the queues carry ids only, the database holds the truth. */
export const QUEUE_NAMES = {
  classify: 'classify',
  route: 'route',
  notify: 'notify',
  timers: 'timers',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/**
 * The Redis key prefix of one database's queues: the configured prefix plus the database's instance
 * id (idempotent, so a prefix handed on to a child process is not extended twice).
 */
export function queuePrefixFor(base: string, instanceId: string): string {
  const suffix = `-${instanceId.slice(0, 12)}`;
  return base.endsWith(suffix) ? base : `${base}${suffix}`;
}

export function isQueueName(value: string): value is QueueName {
  return (Object.values(QUEUE_NAMES) as string[]).includes(value);
}

/** A stage's job carries a batch: the reports stored, classified or routed together. */
export interface ReportJob {
  reportIds: number[];
}
export interface NotifyJob {
  outboxIds: number[];
}

/** The timers of a case: SLA reminders and breaches per clock, emergency re-alerts, 回访. */
export type TimerKind =
  | 'accept-remind'
  | 'accept-breach'
  | 'accept-breach2'
  | 'resolve-remind'
  | 'resolve-breach'
  | 'resolve-breach2'
  | 'alert'
  | 'visit-remind'
  | 'visit-close';

export interface TimerJob {
  reportId: number;
  kind: TimerKind;
  /**
   * The database fact the timer was computed from (a due time, the resolution time, the alert
   * number). A job whose basis the report no longer has is stale and does nothing.
   */
  basis: string;
}

/**
 * BullMQ job ids must not contain ':' nor be all digits. A batch's id is derived from its members,
 * so enqueueing the same batch again (a retry after a lost answer) adds nothing.
 */
function batchId(stage: string, ids: readonly number[]): string {
  if (ids.length === 1) return `${stage}-${ids[0]}`;
  const digest = createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 12);
  return `${stage}-${ids[0]}-${ids.length}-${digest}`;
}

export const jobIds = {
  classify: (reportIds: readonly number[]) => batchId('classify', reportIds),
  route: (reportIds: readonly number[]) => batchId('route', reportIds),
  notify: (outboxIds: readonly number[]) => batchId('notify', outboxIds),
  timer: (job: TimerJob) =>
    job.kind === 'alert'
      ? `sla-${job.reportId}-alert-${job.basis}`
      : job.kind.startsWith('visit-')
        ? `visit-${job.reportId}-${job.kind.slice('visit-'.length)}`
        : `sla-${job.reportId}-${job.kind}`,
};
