import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../core/reports/reconcile.js';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { assessSafety } from '../../core/understanding/safety.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';
import { PHONES, caseApi, understanding } from './support.js';

const LEAK = '幸福小区2栋门口下水道冒水，满地污水';
const PAUSED = '幸福小区2栋路边垃圾桶坏了好几个';
const HALL_LIGHT = '幸福小区6栋楼道的灯坏了好几天';
const LOOSE_COVER = '幸福小区6栋门口的井盖松了';
const GAS = '幸福小区1栋一楼闻到很大的煤气味';
const FLUSHED = '幸福路上的共享单车倒了一地';
const VISIT = '幸福小区2栋旁边的路灯一直闪';

/** A delay is counted from when the job was added, a few ms after the time it was computed from. */
function expectRunsAt(job: Job, at: number) {
  expect(Math.abs(job.timestamp + job.delay - at)).toBeLessThan(1000);
}

const classifier = new ScriptedClassifier()
  .when(LEAK, understanding({ label: 'environment.water', confidence: 0.9 }))
  .when(PAUSED, understanding({ label: 'environment.waste', confidence: 0.9 }))
  .when(HALL_LIGHT, understanding({ label: 'city_mgmt.facilities', confidence: 0.9 }))
  .when(LOOSE_COVER, understanding({ label: 'city_mgmt.facilities', confidence: 0.9 }))
  .when(GAS, understanding({ label: 'public_safety.gas', urgency: 'emergency', confidence: 0.95 }))
  .when(FLUSHED, understanding({ label: 'city_mgmt.parking', confidence: 0.9 }))
  .when(VISIT, understanding({ label: 'city_mgmt.facilities', confidence: 0.9 }));

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`deadlines, re-alerts and 回访 on ${engine}`, () => {
    let stack: TestStack;
    let api: ReturnType<typeof caseApi>;
    beforeAll(async () => {
      // The real safety rules: a follow-up describing present danger must raise the report.
      stack = await startTestStack(engine, { classifier, assessSafety });
      api = caseApi(stack);
    });
    afterAll(async () => stack?.close());

    const outboxKinds = async (reportId: number) => (await stack.ctx.repos.outbox.forReport(reportId)).map((m) => `${m.audience}:${m.kind}`);

    it('reminds at 80%, escalates to the township and then the county, and does nothing once accepted', async () => {
      const { id, ticket } = await api.submit(PHONES.linXiaoyu, { text: LEAK });
      const report = await api.waitFor(id, 'assigned');
      const remind = await eventually(() => api.timer(`sla-${id}-accept-remind`));
      // 80% of the normal 24 h before the due time
      expectRunsAt(remind, report.due_accept_at!.getTime() - 0.2 * 24 * 3600_000);
      expect(await remind.isDelayed()).toBe(true);

      await api.fire(`sla-${id}-accept-remind`);
      expect(await outboxKinds(id)).toContain('person:task.remind');
      await api.fire(`sla-${id}-accept-breach`);
      expect(await outboxKinds(id)).toContain('township:township.overdue');
      expect((await api.events(id)).filter((a) => a.startsWith('sla_'))).toEqual(['sla_remind', 'sla_escalate']);

      const worker = await api.phoneOf(report.assignee_id);
      expect((await api.act(worker, ticket, { action: 'accept' })).status).toBe(200);
      await api.fire(`sla-${id}-accept-breach2`);
      expect(await outboxKinds(id)).not.toContain('county:county.overdue');
      expect((await api.events(id)).filter((a) => a.startsWith('sla_'))).toEqual(['sla_remind', 'sla_escalate']);
      // the resolve clock has started instead; its second breach goes to the county
      await api.fire(`sla-${id}-resolve-breach2`);
      expect(await outboxKinds(id)).toContain('county:county.overdue');
    });

    it('pauses the clock while waiting for the resident and resumes it with the time that was left', async () => {
      const { id, ticket } = await api.submit(PHONES.linXiaoyu, { text: PAUSED });
      const report = await api.waitFor(id, 'assigned');
      const worker = await api.phoneOf(report.assignee_id);
      await api.act(worker, ticket, { action: 'accept' });
      const due = (await api.row(id)).due_resolve_at!;
      await api.act(worker, ticket, { action: 'wait', note: '请问具体是哪几个垃圾桶？' });
      expect((await api.row(id)).sla_paused_at).not.toBeNull();
      // a timer that falls due during the pause does nothing
      await api.fire(`sla-${id}-resolve-remind`);
      expect(await api.events(id)).not.toContain('sla_remind');

      await new Promise((r) => setTimeout(r, 300));
      await api.call(PHONES.linXiaoyu, `/api/reports/${ticket}/followups`, { body: { text: '门口那三个' } });
      const resumed = await api.row(id);
      expect(resumed.status).toBe('in_progress');
      expect(resumed.sla_paused_at).toBeNull();
      expect(resumed.due_resolve_at!.getTime() - due.getTime()).toBeGreaterThanOrEqual(300);
      const job = await eventually(() => api.timer(`sla-${id}-resolve-remind`));
      expect(job.data.basis).toBe(resumed.due_resolve_at!.toISOString());
    });

    it('makes a report an emergency and wakes the township centre when a follow-up describes present danger', async () => {
      const { id, ticket } = await api.submit(PHONES.linXiaoyu, { text: HALL_LIGHT });
      await api.waitFor(id, 'assigned');
      const before = await api.row(id);
      expect(before.urgency).not.toBe('emergency');
      await api.call(PHONES.linXiaoyu, `/api/reports/${ticket}/followups`, { body: { text: '又来了，楼下那个人拿着菜刀在砍我家门，快来人' } });
      const raised = await api.row(id);
      expect(raised.urgency).toBe('emergency');
      // The emergency's deadlines, from now: sooner than the ones it had.
      expect(raised.due_accept_at!.getTime()).toBeLessThan(before.due_accept_at!.getTime());
      expect(raised.due_resolve_at!.getTime()).toBeLessThan(before.due_resolve_at!.getTime());
      const breach = await eventually(async () => {
        const job = await api.timer(`sla-${id}-accept-breach`);
        return job?.data.basis === raised.due_accept_at!.toISOString() && job;
      });
      expect(breach).toBeTruthy();
      expect(await outboxKinds(id)).toEqual(expect.arrayContaining(['township:centre.danger_update']));
      // An ordinary detail raises nothing.
      const calm = await api.submit(PHONES.linXiaoyu, { text: LOOSE_COVER });
      await api.waitFor(calm.id, 'assigned');
      await api.call(PHONES.linXiaoyu, `/api/reports/${calm.ticket}/followups`, { body: { text: '就是靠近单元门的那个井盖' } });
      expect((await api.row(calm.id)).urgency).not.toBe('emergency');
      expect(await outboxKinds(calm.id)).not.toContain('township:centre.danger_update');
    });

    it('re-alerts an emergency nobody accepts every 5 minutes, and stops once it is accepted', async () => {
      const { id, ticket } = await api.submit(PHONES.chenDaye, { text: GAS });
      const report = await api.waitFor(id, 'assigned');
      const first = await eventually(() => api.timer(`sla-${id}-alert-1`));
      expectRunsAt(first, report.created_at.getTime() + 5 * 60_000);
      await api.fire(`sla-${id}-alert-1`);
      expect(await api.events(id)).toContain('emergency_realert');
      expect(await outboxKinds(id)).toContain('township:township.overdue');
      const second = await eventually(() => api.timer(`sla-${id}-alert-2`));
      expectRunsAt(second, report.created_at.getTime() + 10 * 60_000);

      await api.act(await api.phoneOf(report.assignee_id), ticket, { action: 'accept' });
      await api.fire(`sla-${id}-alert-2`);
      expect((await api.events(id)).filter((a) => a === 'emergency_realert')).toHaveLength(1);
    });

    it('recreates the deadline jobs Redis lost, from the database', async () => {
      const { id } = await api.submit(PHONES.linXiaoyu, { text: FLUSHED });
      await api.waitFor(id, 'assigned');
      await eventually(() => api.timer(`sla-${id}-accept-breach`));
      // "flush" Redis: only this stack's prefix, never the shared instance
      const prefix = `${stack.ctx.config.QUEUE_PREFIX}:`;
      let cursor = '0';
      do {
        const [next, keys] = await stack.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await stack.redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      expect(await api.timer(`sla-${id}-accept-breach`)).toBeUndefined();

      await reconcile(stack.ctx, 0);
      for (const kind of ['accept-remind', 'accept-breach', 'accept-breach2']) {
        const job = await api.timer(`sla-${id}-${kind}`);
        expect([kind, await job?.getState()]).toEqual([kind, 'delayed']);
      }
    });

    it('asks after resolution, reopens on 「没解决」 with a comment, reminds after silence and closes unrated', async () => {
      const { id, ticket } = await api.submit(PHONES.linXiaoyu, { text: VISIT });
      const report = await api.waitFor(id, 'assigned');
      const worker = await api.phoneOf(report.assignee_id);
      await api.act(worker, ticket, { action: 'accept' });
      await api.act(worker, ticket, { action: 'resolve', note: '已更换灯管' });
      expect(await eventually(() => api.timer(`visit-${id}-close`))).toBeDefined();

      const noComment = await api.call(PHONES.linXiaoyu, `/api/reports/${ticket}/visit`, { body: { fixed: false } });
      expect(noComment.status).toBe(400);
      const reopened = await api.call(PHONES.linXiaoyu, `/api/reports/${ticket}/visit`, { body: { fixed: false, comment: '晚上还是一直闪' } });
      expect(reopened.status).toBe(200);
      expect(reopened.json.report.status).toBe('reopened');
      const timeline = (await api.detail(PHONES.linXiaoyu, ticket)).timeline;
      expect(timeline.at(-1)).toMatchObject({ action: 'reopen', note: '晚上还是一直闪' });
      // the old 回访 timers are stale now
      await api.fire(`visit-${id}-close`);
      expect((await api.row(id)).status).toBe('reopened');

      await api.act(worker, ticket, { action: 'resolve', note: '已更换整个灯头' });
      const resolvedAt = (await api.row(id)).resolved_at!;
      const close = await eventually(async () => {
        const job = await api.timer(`visit-${id}-close`);
        return job?.data.basis === resolvedAt.toISOString() && job;
      });
      expectRunsAt(close, resolvedAt.getTime() + 7 * 24 * 3600_000);
      await api.fire(`visit-${id}-remind`);
      const reminders = (await stack.ctx.repos.outbox.forRecipient(report.reporter_id)).filter((m) => m.kind === 'visit.remind');
      expect(reminders).toHaveLength(1);
      await api.fire(`visit-${id}-close`);
      expect(await api.row(id)).toMatchObject({ status: 'closed', outcome: 'fixed', rated: false });
      expect((await api.detail(PHONES.linXiaoyu, ticket)).report).toMatchObject({ fixed: true, rated: false });
    });
  });
}
