import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES, jobIds, type NotifyJob, type QueueName, type ReportJob, type TimerJob } from './names.js';
import type { Urgency } from '../taxonomy/codes.js';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500, jitter: 0.2 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Timer jobs free their id when done, so the same timer can be set again after a pause or a reopen;
 * the timeline event a timer writes is what stops it from being planned twice.
 */
const TIMER_JOB_OPTIONS: JobsOptions = { removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } };

export interface PlannedTimer {
  job: TimerJob;
  runAt: Date;
}

/** BullMQ priorities: lower runs first; an emergency overtakes the backlog. */
const PRIORITY: Record<Urgency, number> = { emergency: 1, urgent: 5, normal: 10 };

/** The producer side of the pipeline: every stage's queue, with idempotent job ids. */
export class PipelineQueues {
  readonly queues: Record<QueueName, Queue>;

  constructor(connection: Redis, prefix: string) {
    const make = (name: QueueName) => {
      const queue = new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', () => undefined);
      return queue;
    };
    this.queues = {
      classify: make(QUEUE_NAMES.classify),
      route: make(QUEUE_NAMES.route),
      notify: make(QUEUE_NAMES.notify),
      timers: make(QUEUE_NAMES.timers),
    };
  }

  async classify(reportId: number, urgency: Urgency): Promise<void> {
    const data: ReportJob = { reportId };
    await this.queues.classify.add('classify', data, { jobId: jobIds.classify(reportId), priority: PRIORITY[urgency] });
  }

  async route(reportId: number, urgency: Urgency): Promise<void> {
    const data: ReportJob = { reportId };
    await this.queues.route.add('route', data, { jobId: jobIds.route(reportId), priority: PRIORITY[urgency] });
  }

  async notify(outboxIds: readonly number[]): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.queues.notify.addBulk(
      outboxIds.map((outboxId) => ({ name: 'notify', data: { outboxId } satisfies NotifyJob, opts: { jobId: jobIds.notify(outboxId) } })),
    );
  }

  /**
   * Makes Redis hold exactly these timers as delayed jobs: a missing one is added, one computed from
   * an older basis (deadline moved by a pause, report reopened) is replaced, a current one is kept.
   */
  async schedule(timers: readonly PlannedTimer[], now: Date): Promise<void> {
    const queue = this.queues.timers;
    for (const { job, runAt } of timers) {
      const id = jobIds.timer(job);
      const existing = await queue.getJob(id);
      if (existing && (existing.data as TimerJob).basis === job.basis) continue;
      // An active job cannot be removed; it finds itself stale and the next reconcile sets the new one.
      if (existing && (await existing.isActive())) continue;
      await existing?.remove();
      await queue.add(job.kind, job, { ...TIMER_JOB_OPTIONS, jobId: id, delay: Math.max(0, runAt.getTime() - now.getTime()) });
    }
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
