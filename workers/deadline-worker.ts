import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../core/context.js';
import { QUEUE_NAMES, type TimerJob } from '../core/queue/names.js';
import { fireTimer } from '../core/cases/fire-timer.js';

/** Runs the case timers (deadline reminders and escalations, emergency re-alerts, 回访) as they fall due. */
export function startDeadlineWorker(ctx: AppContext, connection: Redis, concurrency = 4): Worker<TimerJob> {
  const worker = new Worker<TimerJob>(QUEUE_NAMES.timers, (job) => fireTimer(ctx, job.data), {
    connection,
    prefix: ctx.config.QUEUE_PREFIX,
    concurrency,
  });
  worker.on('error', (err) => ctx.logger.error({ err, queue: QUEUE_NAMES.timers }, 'worker error'));
  worker.on('failed', (job, err) => ctx.logger.warn({ err, queue: QUEUE_NAMES.timers, jobId: job?.id, attempts: job?.attemptsMade }, 'timer failed'));
  return worker;
}
