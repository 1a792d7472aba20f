import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresAvailable } from '../support/databases.js';
import { distinctReportText } from '../support/report-texts.js';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.js';
import { eventually } from '../support/test-stack.js';
import { FAST_RECOVERY_ENV, RESIDENTS, expectEachOnceAndAssigned, startFaultStack, submit, type FaultStack } from './fault-stack.js';

const REPORTS = 150;

// Worker processes need PostgreSQL: embedded PGlite allows one process.
describe.skipIf(!(await isPostgresAvailable()))('a worker process killed mid-job (PostgreSQL)', () => {
  let fault: FaultStack;
  const children: WorkerProcess[] = [];
  beforeAll(async () => {
    fault = await startFaultStack('postgres', { workers: false });
  });
  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill()));
    await fault?.close();
  });

  it('retries the stalled jobs elsewhere: every report once, assigned, with its timeline', async () => {
    const { stack } = fault;
    const env = { DATABASE_URL: fault.directUrl!, REDIS_URL: fault.redis.url, QUEUE_PREFIX: stack.ctx.config.QUEUE_PREFIX, ...FAST_RECOVERY_ENV };
    const workersUp = (n: number) => async () => (await stack.ctx.queues.queues.classify.getWorkersCount()) >= n;
    children.push(await startWorkerProcess(env, workersUp(1)));

    const headers = await Promise.all(RESIDENTS.map((phone) => stack.as(phone)));
    const texts = Array.from({ length: REPORTS }, (_, i) => `${distinctReportText(i)}（故障测试）`);
    for (const [i, text] of texts.entries()) expect((await submit(stack, headers[i % headers.length]!, text)).status).toBe(201);

    // Kill it while it holds jobs: they stay "active" in Redis with a lock nobody renews.
    const queues = Object.values(stack.ctx.queues.queues);
    await eventually(async () => (await Promise.all(queues.map((q) => q.getActiveCount()))).some((n) => n > 0), 30_000, 5);
    await children[0]!.kill('SIGKILL');
    const orphaned = (await Promise.all(queues.map((q) => q.getActiveCount()))).reduce((a, b) => a + b, 0);
    expect(orphaned).toBeGreaterThan(0);

    children.push(await startWorkerProcess(env, workersUp(1)));
    await expectEachOnceAndAssigned(stack, texts, 90_000);
  }, 180_000);
});
