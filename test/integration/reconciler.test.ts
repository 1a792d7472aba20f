import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';
import { reconcile } from '../../core/reports/reconcile.js';

const RESIDENT = '13700000301';
const TEXTS = ['幸福小区2栋门口垃圾堆了三天', '幸福小区3栋的路灯不亮了', '幸福小区4栋楼道灯坏了'];
const classifier = new ScriptedClassifier();
for (const text of TEXTS) classifier.when(text, { label: 'environment.waste', confidence: 0.9 });

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`reconciler on ${engine}`, () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier, workers: false });
    });
    afterAll(async () => stack?.close());

    it('carries every stored report through after Redis lost all queued work', async () => {
      const headers = await stack.as(RESIDENT);
      const tickets: string[] = [];
      for (const text of TEXTS) {
        const res = await stack.app.request('/api/reports', { method: 'POST', body: JSON.stringify({ text }), headers });
        expect(res.status).toBe(201);
        tickets.push(((await res.json()) as any).report.ticket);
      }
      // Everything queued is lost, as after a Redis restart without persistence or a FLUSHALL.
      for (const queue of Object.values(stack.ctx.queues.queues)) await queue.obliterate({ force: true });
      stack.startWorkers();
      const requeued = await reconcile(stack.ctx, 0);
      expect(requeued.classify).toBe(TEXTS.length);
      for (const ticket of tickets) {
        const report = await eventually(async () => {
          const r = await stack.ctx.repos.reports.findByTicket(ticket);
          return r?.status === 'assigned' && r;
        });
        const events = await stack.ctx.repos.reports.timeline(report.id);
        expect(events.map((e) => e.action)).toEqual(['submit', 'classify', 'assign']);
      }
      // Once the owed messages are delivered, running it again finds nothing and creates nothing twice.
      await eventually(async () => (await stack.ctx.repos.outbox.unsent(new Date(Date.now() + 1000))).length === 0);
      expect(await reconcile(stack.ctx, 0)).toMatchObject({ classify: 0, route: 0, notify: 0 });
      const count = await stack.ctx.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(TEXTS.length);
      await stack.stopWorkers();
    });

    it('re-sets timers only of changed reports, and of all open ones once Redis lost them', async () => {
      const timers = stack.ctx.queues.queues.timers;
      await reconcile(stack.ctx, 0);
      const delayed = await timers.getDelayedCount();
      expect(delayed).toBeGreaterThan(0);
      // Nothing changed since the last pass: no report's timers are looked at.
      expect((await reconcile(stack.ctx, 0)).timers).toBe(0);
      // Redis lost everything (a FLUSHALL takes the pass marker with the jobs).
      await timers.obliterate({ force: true });
      await stack.ctx.redis.del(`${stack.ctx.config.QUEUE_PREFIX}:timers-synced-at`);
      expect((await reconcile(stack.ctx, 0)).timers).toBe(TEXTS.length);
      expect(await timers.getDelayedCount()).toBe(delayed);
    });
  });
}
