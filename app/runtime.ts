import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../core/config.js';
import { createAppContext, type AppContext } from '../core/context.js';
import { createLogger } from '../core/logging/logger.js';
import { RecordedDelivery, type Delivery } from '../core/notify/delivery.js';
import { PipelineQueues } from '../core/queue/pipeline-queues.js';
import { queuePrefixFor, type QueueName } from '../core/queue/names.js';
import { createRedis } from '../core/queue/redis-connection.js';
import { DEMO_STAFF_PASSWORD, seedDemoTown } from '../core/seed/seed-demo-town.js';
import { databaseTarget, openDatabase } from '../core/storage/database.js';
import { databaseInstanceId, migrateToLatest } from '../core/storage/migrate.js';
import { createClassifier } from '../core/understanding/create-classifier.js';
import { assessSafety } from '../core/understanding/safety.js';
import { TRIAGE_THRESHOLD } from '../core/understanding/triage.js';
import { startPipelineWorkers } from '../workers/pipeline-workers.js';
import { startReconciler } from '../workers/reconciler.js';
import { startAnonymiser } from '../workers/anonymiser.js';
import { lockDataDir } from './data-dir-lock.js';

export interface Runtime {
  ctx: AppContext;
  redis: Redis;
  workerConnection: Redis;
  /** Starts the pipeline workers (all stages unless named), the reconciler and the anonymisation job. */
  startWorkers(stages?: readonly QueueName[]): void;
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Opens everything the processes share: the database (migrated; seeded with the demo town when
 * empty), Redis, the queues and the classifier. The embedded database is locked to this process.
 */
export async function createRuntime(config: AppConfig, options: { delivery?: Delivery } = {}): Promise<Runtime> {
  const logger = createLogger(config.LOG_LEVEL);
  const target = databaseTarget(config);
  const lock = target.kind === 'pglite' && !target.dataDir.startsWith('memory://') ? lockDataDir(target.dataDir) : null;
  const db = openDatabase(target);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const staffPassword = config.NODE_ENV === 'production' ? undefined : DEMO_STAFF_PASSWORD;
  if (await seedDemoTown(db, { staffPassword })) logger.info('empty database: demo town 青山县 seeded');

  // Redis keys belong to this database: a new, reset or other database gets queues of its own.
  const queueConfig: AppConfig = { ...config, QUEUE_PREFIX: queuePrefixFor(config.QUEUE_PREFIX, await databaseInstanceId(db)) };
  const redis = createRedis(config.REDIS_URL, 'producer');
  const workerConnection = createRedis(config.REDIS_URL, 'worker');
  const queues = new PipelineQueues(redis, queueConfig.QUEUE_PREFIX);
  const ctx = createAppContext({
    config: queueConfig,
    db,
    queues,
    redis,
    classifier: createClassifier(config, { onFallback: (reason) => logger.warn({ reason }, 'Claude not used; offline classification') }),
    quickClassifier: createClassifier(config, { offline: true }),
    assessSafety,
    triageThreshold: TRIAGE_THRESHOLD,
    delivery: options.delivery ?? new RecordedDelivery(logger),
    logger,
  });

  let workers: Worker[] = [];
  let reconciler: { stop(): Promise<void> } | null = null;
  let anonymiser: { stop(): void } | null = null;
  return {
    ctx,
    redis,
    workerConnection,
    startWorkers(stages) {
      workers = startPipelineWorkers(ctx, workerConnection, stages ? { stages } : {});
      reconciler = startReconciler(ctx, config.RECONCILE_EVERY_MS);
      anonymiser = startAnonymiser(ctx);
      logger.info({ queues: workers.map((w) => w.name) }, 'pipeline workers started');
    },
    async close() {
      await reconciler?.stop();
      anonymiser?.stop();
      // Worker.close() waits for active jobs with no limit of its own.
      const closing = Promise.all(workers.map((w) => w.close()));
      const timedOut = await Promise.race([closing.then(() => false), delay(SHUTDOWN_GRACE_MS).then(() => true)]);
      if (timedOut) await Promise.all(workers.map((w) => w.close(true)));
      await queues.close();
      redis.disconnect();
      workerConnection.disconnect();
      await db.destroy();
      lock?.release();
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
