import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { distinctReportText } from '../support/report-texts.js';
import { reconcile } from '../../core/reports/reconcile.js';
import { RESIDENTS, expectEachOnceAndAssigned, startFaultStack, submit, type FaultStack } from './fault-stack.js';

const PER_PHASE = 30;

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`Redis flushed and restarted mid-stream (${engine})`, () => {
    let fault: FaultStack;
    beforeAll(async () => {
      fault = await startFaultStack(engine, { workers: true });
    });
    afterAll(async () => fault?.close());

    it('keeps taking reports, and the reconciler carries every one through exactly once', async () => {
      const { stack, redis } = fault;
      const headers = await Promise.all(RESIDENTS.map((phone) => stack.as(phone)));
      const texts = Array.from({ length: PER_PHASE * 3 }, (_, i) => `${distinctReportText(i)}（${engine}重启测试）`);
      const send = async (from: number, to: number) => {
        const sent = texts.slice(from, to).map((text, i) => submit(stack, headers[i % headers.length]!, text));
        // Accepted before, during and after the outage: the database is the truth, not Redis.
        for (const res of await Promise.all(sent)) expect(res.status).toBe(201);
      };

      await send(0, PER_PHASE);
      const admin = new Redis(redis.url);
      await admin.flushall();
      admin.disconnect();
      await send(PER_PHASE, PER_PHASE * 2);
      await redis.kill();
      await send(PER_PHASE * 2, PER_PHASE * 3);
      await redis.start();

      // What the queues lost is queued again from the rows; repeat until the workers have it all.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        await reconcile(stack.ctx, 0).catch(() => undefined);
        const left = await stack.ctx.db.selectFrom('reports').select('id').where('status', '=', 'received').execute();
        if (left.length === 0) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
      await expectEachOnceAndAssigned(stack, texts);
    }, 120_000);
  });
}
