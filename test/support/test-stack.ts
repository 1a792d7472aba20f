import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createApp } from '../../api/app.js';
import { loadConfig } from '../../core/config.js';
import { createAppContext, type AppContext } from '../../core/context.js';
import { createLogger } from '../../core/logging/logger.js';
import { RecordedDelivery } from '../../core/notify/delivery.js';
import { PipelineQueues } from '../../core/queue/pipeline-queues.js';
import { queuePrefixFor } from '../../core/queue/names.js';
import { databaseInstanceId } from '../../core/storage/migrate.js';
import { createRedis } from '../../core/queue/redis-connection.js';
import { seedDemoTown } from '../../core/seed/seed-demo-town.js';
import type { Classifier } from '../../core/understanding/understanding.js';
import type { SafetyCheck } from '../../core/reports/safety.js';
import { startPipelineWorkers } from '../../workers/pipeline-workers.js';
import { createTestDatabase, type Engine, type TestDatabase } from './databases.js';
import { TEST_REDIS_URL, uniquePrefix } from './redis.js';

export interface TestStack {
  ctx: AppContext;
  app: Hono;
  database: TestDatabase;
  redis: Redis;
  workers: Worker[];
  startWorkers(): void;
  stopWorkers(): Promise<void>;
  /** Logs in a demo person by phone and returns request headers with their token. */
  as(phone: string): Promise<Record<string, string>>;
  /** Submits each text through the API as that person (each must be accepted) and returns the report ids. */
  submitAll(phone: string, texts: readonly string[]): Promise<number[]>;
  close(): Promise<void>;
}

const NO_SAFETY: SafetyCheck = () => null;

/** A whole gridmate on one engine and the real Redis, with a seeded demo town and its own queue prefix. */
export async function startTestStack(
  engine: Engine,
  options: {
    classifier: Classifier;
    assessSafety?: SafetyCheck;
    workers?: boolean;
    triageThreshold?: number;
    env?: NodeJS.ProcessEnv;
    /** A database prepared by the caller (e.g. reached through a TCP proxy the test can cut). */
    database?: TestDatabase;
  },
): Promise<TestStack> {
  const database = options.database ?? (await createTestDatabase(engine));
  await seedDemoTown(database.db);
  const uploadDir = mkdtempSync(path.join(tmpdir(), 'gridmate-uploads-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefixFor(uniquePrefix(engine), await databaseInstanceId(database.db)),
    LOG_LEVEL: 'silent',
    UPLOAD_DIR: uploadDir,
    // Suites submit many reports as one demo person; the limits have their own test.
    RATE_INTAKE_PER_PERSON: '100000',
    RATE_INTAKE_PER_IP: '100000',
    RATE_ASK_PER_PERSON: '100000',
    RATE_ASK_PER_IP: '100000',
    ...options.env,
  });
  const logger = createLogger(config.LOG_LEVEL);
  const redis = createRedis(config.REDIS_URL, 'producer');
  const workerConnection = createRedis(config.REDIS_URL, 'worker');
  const queues = new PipelineQueues(redis, config.QUEUE_PREFIX);
  const ctx = createAppContext({
    config,
    db: database.db,
    queues,
    redis,
    classifier: options.classifier,
    assessSafety: options.assessSafety ?? NO_SAFETY,
    triageThreshold: options.triageThreshold ?? 0.5,
    delivery: new RecordedDelivery(logger),
    logger,
  });
  const app = createApp(ctx);
  const stack: TestStack = {
    ctx,
    app,
    database,
    redis,
    workers: [],
    startWorkers() {
      stack.workers = startPipelineWorkers(ctx, workerConnection);
    },
    async stopWorkers() {
      await Promise.all(stack.workers.map((w) => w.close()));
      stack.workers = [];
    },
    async as(phone) {
      const person = await ctx.repos.people.findByPhone(phone);
      if (!person) throw new Error(`no demo person with phone ${phone}`);
      const res = await app.request('/api/auth/dev-login', { method: 'POST', body: JSON.stringify({ personId: person.id }), headers: { 'content-type': 'application/json' } });
      const { token } = (await res.json()) as { token: string };
      return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    },
    async submitAll(phone, texts) {
      const headers = await stack.as(phone);
      const ids: number[] = [];
      for (const text of texts) {
        const res = await app.request('/api/reports', { method: 'POST', body: JSON.stringify({ text }), headers });
        if (res.status !== 201) throw new Error(`submission refused with ${res.status}: ${await res.text()}`);
        const { report } = (await res.json()) as { report: { ticket: string } };
        ids.push((await ctx.repos.reports.findByTicket(report.ticket))!.id);
      }
      return ids;
    },
    async close() {
      await stack.stopWorkers();
      await Promise.all(Object.values(queues.queues).map((q) => q.obliterate({ force: true }).catch(() => undefined)));
      await queues.close();
      redis.disconnect();
      workerConnection.disconnect();
      await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
  if (options.workers !== false) stack.startWorkers();
  return stack;
}

/** Polls until the check passes or the time runs out: the pipeline is asynchronous by design. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 5000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
