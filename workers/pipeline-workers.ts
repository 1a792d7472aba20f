import { Worker, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../core/context.js';
import { QUEUE_NAMES, type NotifyJob, type QueueName, type ReportJob } from '../core/queue/names.js';
import { classifyReports } from '../core/reports/classify-report.js';
import { routeReports } from '../core/reports/route-report.js';
import { deliverNotifications } from '../core/notify/deliver-notifications.js';
import { startDeadlineWorker } from './deadline-worker.js';

export interface WorkerOptions {
  concurrency?: Partial<Record<QueueName, number>>;
  /** Which queues this process works on (default: all). The process that owns WeChat runs `notify`. */
  stages?: readonly QueueName[];
}

/**
 * One BullMQ worker per pipeline stage, plus the case timers; each processor only calls its core
 * use-case. Jobs carry batches, so a few at a time keep the database busy without queueing on locks.
 */
export function startPipelineWorkers(ctx: AppContext, connection: Redis, options: WorkerOptions = {}): Worker[] {
  const make = <T>(name: QueueName, processor: Processor<T>, concurrency: number) => {
    const worker = new Worker<T>(name, processor, {
      connection,
      prefix: ctx.config.QUEUE_PREFIX,
      concurrency: options.concurrency?.[name] ?? ctx.config.WORKER_CONCURRENCY ?? concurrency,
      // A crashed worker's job is taken back after its lock expires, at the next stalled check.
      lockDuration: ctx.config.WORKER_LOCK_DURATION_MS,
      stalledInterval: ctx.config.WORKER_STALLED_INTERVAL_MS,
    });
    worker.on('error', (err) => ctx.logger.error({ err, queue: name }, 'worker error'));
    worker.on('failed', (job, err) => ctx.logger.warn({ err, queue: name, jobId: job?.id, attempts: job?.attemptsMade }, 'job failed'));
    return worker;
  };
  const wanted = (name: QueueName) => !options.stages || options.stages.includes(name);
  const starters: Array<[QueueName, () => Worker]> = [
    [QUEUE_NAMES.classify, () => make<ReportJob>(QUEUE_NAMES.classify, (job) => classifyReports(ctx, job.data.reportIds), 4)],
    [QUEUE_NAMES.route, () => make<ReportJob>(QUEUE_NAMES.route, (job) => routeReports(ctx, job.data.reportIds), 4)],
    [QUEUE_NAMES.notify, () => make<NotifyJob>(QUEUE_NAMES.notify, (job) => deliverNotifications(ctx, job.data.outboxIds), 4)],
    [QUEUE_NAMES.timers, () => startDeadlineWorker(ctx, connection, options.concurrency?.timers)],
  ];
  return starters.filter(([name]) => wanted(name)).map(([, start]) => start());
}
