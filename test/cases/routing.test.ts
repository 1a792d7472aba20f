import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { PHONES, caseApi, understanding } from './support.js';

const VAGUE = '那边那个东西一直没人管，你们看看';
const LAMP = '幸福小区门口路灯坏了，晚上黑乎乎的';
const HAZARD_FIRST = '5栋楼道里堆满了纸箱和旧家具，消防通道堵死了';
const HAZARD_SECOND = '五栋一楼楼道全是杂物，着火了人都跑不出去';
const NOISE = (n: number) => `楼上502又在半夜剁肉，吵得睡不着（第${n}次反映）`;
const CLOSE_TEXTS = ['南街45号门口井盖松了', '南街农贸市场门口路面坑洼', '南街路灯不亮了'];

const classifier = new ScriptedClassifier()
  .when(VAGUE, understanding({ label: null, confidence: 0.2 }))
  .when(LAMP, understanding({ label: 'city_mgmt.facilities', confidence: 0.9, details: { place: '幸福小区' } }))
  .when(HAZARD_FIRST, understanding({ label: 'public_safety.fire', confidence: 0.92 }))
  .when(HAZARD_SECOND, understanding({ label: 'public_safety.fire', confidence: 0.9 }))
  .when(CLOSE_TEXTS[0]!, understanding({ label: 'public_safety.road', confidence: 0.9, details: { place: '南街45号' } }))
  .when(CLOSE_TEXTS[1]!, understanding({ label: 'city_mgmt.facilities', confidence: 0.9, details: { place: '南街农贸市场' } }))
  .when(CLOSE_TEXTS[2]!, understanding({ label: 'city_mgmt.other', confidence: 0.9, details: { place: '南街' } }));
for (const n of [1, 2, 3]) classifier.when(NOISE(n), understanding({ label: 'dispute.neighbor', confidence: 0.9, details: { parties: ['楼上502'] } }));

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`triage, duplicates, repeats and closure on ${engine}`, () => {
    let stack: TestStack;
    let api: ReturnType<typeof caseApi>;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier });
      api = caseApi(stack);
    });
    afterAll(async () => stack?.close());

    it('sends a low-confidence report to triage; centre staff set the type and it is routed', async () => {
      const report = await api.submit(PHONES.chenDaye, { text: VAGUE });
      await api.waitFor(report.id, 'triage');
      const triage = await api.call(PHONES.centreCG, '/api/triage');
      expect(triage.json.reports.map((r: any) => r.ticket)).toContain(report.ticket);

      const res = await api.act(PHONES.centreCG, report.ticket, { action: 'recategorize', subtype: 'environment.waste' });
      expect(res.status).toBe(200);
      const row = await api.row(report.id);
      expect(row).toMatchObject({ status: 'assigned', subtype: 'environment.waste', category: 'environment' });
      const grid = await stack.ctx.repos.places.gridById(row.grid_id!);
      expect(grid?.code).toBe('CG-01'); // the reporter's home grid
      expect(['张伟', '刘芳']).toContain((await stack.ctx.repos.people.findById(row.assignee_id!))?.name);
      expect(await api.events(report.id)).toEqual(['submit', 'classify', 'triage', 'recategorize']);
      // a resident may not recategorize
      expect((await api.act(PHONES.chenDaye, report.ticket, { action: 'recategorize', subtype: 'environment.air' })).status).toBe(403);
    });

    it('re-routes an assigned report when its grid is corrected: same ticket, new worker, on the timeline', async () => {
      const report = await api.submit(PHONES.linXiaoyu, { text: LAMP, address: '幸福小区2栋' });
      const assigned = await api.waitFor(report.id, 'assigned');
      const cg03 = (await stack.ctx.repos.places.grids()).find((g) => g.code === 'CG-03')!;
      const res = await api.act(PHONES.centreCG, report.ticket, { action: 'recategorize', subtype: 'city_mgmt.facilities', gridId: cg03.id });
      expect(res.status).toBe(200);
      expect(res.json.report.ticket).toBe(report.ticket);
      const row = await api.row(report.id);
      expect(row.grid_id).toBe(cg03.id);
      expect(row.assignee_id).not.toBe(assigned.assignee_id);
      expect((await stack.ctx.repos.people.findById(row.assignee_id!))?.name).toBe('杨磊');
      const events = await stack.ctx.repos.reports.timeline(report.id);
      expect(events.at(-1)).toMatchObject({ action: 'recategorize', from_status: 'assigned', to_status: 'assigned' });
      const outbox = await stack.ctx.repos.outbox.forRecipient(row.assignee_id!);
      expect(outbox.some((m) => m.kind === 'task.assigned' && m.text.includes(report.ticket))).toBe(true);
    });

    it('makes a second report of the same hazard at the same building a follower; both hear the resolution, neither learns who the other is', async () => {
      const first = await api.submit(PHONES.chenDaye, { text: HAZARD_FIRST, address: '幸福小区5栋2单元' });
      const original = await api.waitFor(first.id, 'assigned');
      const second = await api.submit(PHONES.linXiaoyu, { text: HAZARD_SECOND, address: '幸福小区五幢' });
      const follower = await api.waitFor(second.id, 'closed');
      expect(follower).toMatchObject({ outcome: 'duplicate', duplicate_of: first.id, assignee_id: null });
      const told = await stack.ctx.repos.outbox.forRecipient(follower.reporter_id);
      expect(told.some((m) => m.report_id === second.id && m.text.includes('已有人反映，我们已把您加入关注'))).toBe(true);
      // only one task went out
      const tasks = (await stack.ctx.repos.outbox.forReport(second.id)).filter((m) => m.kind.startsWith('task.'));
      expect(tasks).toHaveLength(0);
      expect((await api.detail(PHONES.centreCG, first.ticket)).report.coReporters).toBe(2);

      const worker = await api.phoneOf(original.assignee_id);
      expect((await api.act(worker, first.ticket, { action: 'accept' })).status).toBe(200);
      expect((await api.act(worker, first.ticket, { action: 'resolve', note: '已清理楼道杂物，联系人13912345678' })).status).toBe(200);
      const toFirst = (await stack.ctx.repos.outbox.forRecipient(original.reporter_id)).filter((m) => m.report_id === first.id && m.kind === 'status.resolved');
      const toFollower = (await stack.ctx.repos.outbox.forRecipient(follower.reporter_id)).filter((m) => m.report_id === first.id);
      expect(toFirst).toHaveLength(1);
      expect(toFollower.map((m) => m.kind)).toContain('follow.resolved');
      const followerTexts = toFollower.map((m) => m.text).join('\n');
      expect(followerTexts).not.toContain('陈大爷');
      expect(followerTexts).not.toContain(PHONES.chenDaye);
      expect(followerTexts).not.toContain('13912345678');
      // the follower cannot open the original, and the original's timeline does not name them
      expect((await api.call(PHONES.linXiaoyu, `/api/reports/${first.ticket}`)).status).toBe(404);
      const originalTimeline = (await api.detail(PHONES.chenDaye, first.ticket)).timeline;
      expect(originalTimeline.find((e: any) => e.action === 'co_report').actorName).toBe('系统');
      expect(JSON.stringify(originalTimeline)).not.toContain('林小雨');
    });

    it('lets staff unlink a follower: it waits in triage as its own case', async () => {
      const followers = await stack.ctx.db.selectFrom('reports').selectAll().where('outcome', '=', 'duplicate').execute();
      const follower = followers[0]!;
      const res = await api.act(PHONES.centreCG, follower.ticket, { action: 'unmerge' });
      expect(res.status).toBe(200);
      expect(await api.row(follower.id)).toMatchObject({ status: 'triage', duplicate_of: null, outcome: null });
      expect((await api.act(PHONES.centreCG, follower.ticket, { action: 'unmerge' })).status).toBe(409);
      // and link it back by hand
      const target = (await stack.ctx.db.selectFrom('reports').select('ticket').where('id', '=', follower.duplicate_of!).executeTakeFirstOrThrow()).ticket;
      const merged = await api.act(PHONES.centreCG, follower.ticket, { action: 'merge', originalTicket: target });
      expect(merged.status).toBe(200);
      expect(await api.row(follower.id)).toMatchObject({ status: 'closed', outcome: 'duplicate', duplicate_of: follower.duplicate_of });
    });

    it('links repeated neighbour disputes and raises the third between the same households to urgent', async () => {
      const reports = [];
      for (const n of [1, 2, 3]) {
        const report = await api.submit(PHONES.chenDaye, { text: NOISE(n) });
        reports.push(await api.waitFor(report.id, 'assigned'));
      }
      const [first, second, third] = reports;
      expect(first!.flags).not.toContain('repeat');
      expect(first!.urgency).toBe('normal');
      expect(second!.flags).toContain('repeat');
      expect(second!.urgency).toBe('normal');
      expect(third!.urgency).toBe('urgent');
      expect(third!.flags).toEqual(expect.arrayContaining(['repeat', 'violence_risk']));
      const links = await stack.ctx.db.selectFrom('report_links').selectAll().where('report_id', '=', third!.id).execute();
      expect(links.map((l) => l.linked_id).sort()).toEqual([first!.id, second!.id].sort());
      const warning = (await stack.ctx.repos.outbox.forReport(third!.id)).find((m) => m.kind === 'centre.early_warning');
      expect(warning).toMatchObject({ audience: 'township' });
      expect(await api.events(third!.id)).toEqual(expect.arrayContaining(['link_repeat', 'early_warning']));
      // each stays its own case
      expect(new Set(reports.map((r) => r!.status))).toEqual(new Set(['assigned']));
    });

    it('counts reports closed as duplicate or referred as not fixed in the statistics', async () => {
      const before = (await api.call(PHONES.centreCG, '/api/stats')).json;
      const reports = [];
      for (const text of CLOSE_TEXTS) {
        const report = await api.submit(PHONES.chenDaye, { text });
        reports.push(await api.waitFor(report.id, 'assigned'));
      }
      const outcomes = ['fixed', 'duplicate', 'referred'];
      for (const [i, report] of reports.entries()) {
        const res = await api.act(PHONES.centreCG, report!.ticket, { action: 'close', outcome: outcomes[i], note: '中心关闭' });
        expect(res.status).toBe(200);
        expect(res.json.report).toMatchObject({ outcome: outcomes[i], fixed: i === 0 });
      }
      const after = (await api.call(PHONES.centreCG, '/api/stats')).json;
      expect(after.fixed - before.fixed).toBe(1);
      expect(after.notFixed - before.notFixed).toBe(2);
      // the resident sees the real outcome
      const mine = (await api.detail(PHONES.chenDaye, reports[2]!.ticket)).report;
      expect(mine).toMatchObject({ status: 'closed', outcomeLabel: '已转交其他部门', fixed: false });
    });
  });
}
