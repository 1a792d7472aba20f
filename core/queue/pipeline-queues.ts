import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES, jobIds, type NotifyJob, type QueueName, type ReportJob, type TimerJob } from './names.js';
import { URGENCY_CODES, type Urgency } from '../taxonomy/codes.js';

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

/** A report as the queues need it: which one, and how urgent (the job's priority). */
export interface ReportRef {
  id: number;
  urgency: Urgency;
}

/** The most ids one job carries: a retry repeats at most this much work. */
export const BATCH_MAX = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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

  /** Queues reports for classification: one job per urgency and batch, the emergencies first. */
  async classify(reports: readonly ReportRef[]): Promise<void> {
    await this.addReportBatches('classify', reports);
  }

  async route(reports: readonly ReportRef[]): Promise<void> {
    await this.addReportBatches('route', reports);
  }

  async notify(outboxIds: readonly number[]): Promise<void> {
    const jobs = chunks([...outboxIds].sort((a, b) => a - b), BATCH_MAX).map((ids) => ({
      name: 'notify',
      data: { outboxIds: ids } satisfies NotifyJob,
      opts: { jobId: jobIds.notify(ids) },
    }));
    if (jobs.length > 0) await this.queues.notify.addBulk(jobs);
  }

  private async addReportBatches(stage: 'classify' | 'route', reports: readonly ReportRef[]): Promise<void> {
    const jobs = URGENCY_CODES.flatMap((urgency) => {
      const ids = reports.filter((r) => r.urgency === urgency).map((r) => r.id).sort((a, b) => a - b);
      return chunks(ids, BATCH_MAX).map((batch) => ({
        name: stage,
        data: { reportIds: batch } satisfies ReportJob,
        opts: { jobId: jobIds[stage](batch), priority: PRIORITY[urgency] },
      }));
    });
    if (jobs.length > 0) await this.queues[stage].addBulk(jobs);
  }

  /**
   * Makes Redis hold exactly these timers as delayed jobs: a missing one is added, one computed from
   * an older basis (deadline moved by a pause, report reopened) is replaced, a current one is kept.
   * The lookups go out together (ioredis pipelines concurrent commands) and the additions in one call.
   */
  async schedule(timers: readonly PlannedTimer[], now: Date): Promise<void> {
    const queue = this.queues.timers;
    const existing = await Promise.all(timers.map(({ job }) => queue.getJob(jobIds.timer(job))));
    const stale = await Promise.all(
      timers.map(async ({ job }, i) => {
        const found = existing[i];
        if (!found) return true;
        if ((found.data as TimerJob).basis === job.basis) return false;
        // An active job cannot be removed; it finds itself stale and the next reconcile sets the new one.
        if (await found.isActive()) return false;
        await found.remove();
        return true;
      }),
    );
    const additions = timers
      .filter((_, i) => stale[i])
      .map(({ job, runAt }) => ({
        name: job.kind,
        data: job,
        opts: { ...TIMER_JOB_OPTIONS, jobId: jobIds.timer(job), delay: Math.max(0, runAt.getTime() - now.getTime()) },
      }));
    if (additions.length > 0) await queue.addBulk(additions);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
