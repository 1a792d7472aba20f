import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseExpiredReports, ANONYMOUS_RESIDENT } from '../../core/privacy/anonymise-expired.js';
import { insertPhoto } from '../../core/files/photo-records.js';
import { startAnonymiser } from '../../workers/anonymiser.js';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { caseApi, PHONES } from '../cases/support.js';

const WORKER_CG01 = ['13900000101', '13900000102']; // 张伟 (grid leader), 刘芳
const MOBILE = '13812345678';
const ID = '42010619800101123X';
const FIRE_EXIT = `幸福小区5栋2单元301门口堆满了纸箱，消防通道堵了，我叫陈建国，电话${MOBILE}，身份证${ID}`;
const BENCH = `幸福小区9栋门口长椅坏了，王阿姨摔了一跤，联系${MOBILE}`;
const LAMP = '幸福小区9栋路灯不亮了，晚上很黑';
const NOISE = `幸福小区2栋3单元502楼上天天半夜装修，我叫陈建国，电话${MOBILE}，身份证${ID}`;

const classifier = new ScriptedClassifier()
  .when(FIRE_EXIT, { label: 'public_safety.fire', urgency: 'urgent', confidence: 0.93, details: { place: '幸福小区5栋2单元301', parties: [], peopleCount: null, phones: [MOBILE], timeWords: [], tickets: [], forwarded: false, onBehalfOf: null } })
  .when(BENCH, { label: 'city_mgmt.facilities', confidence: 0.9 })
  .when(LAMP, { label: 'city_mgmt.facilities', confidence: 0.9 })
  .when(NOISE, { label: 'dispute.neighbor', confidence: 0.9, details: { place: '幸福小区2栋3单元502', parties: ['楼上'], peopleCount: null, phones: [MOBILE], timeWords: [], tickets: [], forwarded: false, onBehalfOf: null } });

function expectNoPersonalNumbers(text: string) {
  expect(text).not.toContain(MOBILE);
  expect(text).not.toContain('19800101');
}

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`privacy on ${engine}`, () => {
    let stack: TestStack;
    let api: ReturnType<typeof caseApi>;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier, env: { ANONYMISE_AFTER_DAYS: '30' } });
      api = caseApi(stack);
    });
    afterAll(async () => stack?.close());

    const personId = async (phone: string) => (await stack.ctx.repos.people.findByPhone(phone))!.id;
    const audit = async (phone: string, query: string) => api.call(phone, `/api/admin/audit?${query}`);
    /** Files a report and waits until routing has assigned it. */
    const filed = async (phone: string, text: string) => {
      const report = await api.submit(phone, { text });
      return api.waitFor(report.id, 'assigned');
    };

    it('logs the statistics overdue list as a read of the reports it shows', async () => {
      const report = await filed(PHONES.chenDaye, FIRE_EXIT);
      await stack.ctx.db.updateTable('reports').set({ due_accept_at: new Date(Date.now() - 60_000) }).where('id', '=', report.id).execute();
      const { status, json } = await api.call(PHONES.centreCG, '/api/stats');
      expect(status).toBe(200);
      expect((json.overdue as Array<{ ticket: string }>).map((r) => r.ticket)).toContain(report.ticket);
      const reads = (await audit(PHONES.centreCG, `reportTicket=${report.ticket}`)).json.entries as Array<{ action: string; actorId: number; detail: any }>;
      const centreId = await personId(PHONES.centreCG);
      expect(reads.some((e) => e.action === 'read' && e.actorId === centreId && e.detail.view === 'stats_overdue')).toBe(true);
    });

    it('logs who read a report, lists of reports, every change and exports; centre staff read it for their township', async () => {
      const report = await filed(PHONES.chenDaye, FIRE_EXIT);
      const assignee = await api.phoneOf(report.assignee_id);
      expect(WORKER_CG01).toContain(assignee);

      expect((await api.call(PHONES.chenDaye, `/api/reports/${report.ticket}`)).status).toBe(200); // own report: not logged
      expect((await api.call(assignee, `/api/reports/${report.ticket}`)).status).toBe(200);
      expect((await api.call(assignee, '/api/tasks')).status).toBe(200);
      expect((await api.act(assignee, report.ticket, { action: 'accept' })).status).toBe(200);
      const csv = await api.call(PHONES.centreCG, '/api/export.csv');
      expect(csv.status).toBe(200);
      expect(csv.text).toContain(report.ticket);
      expectNoPersonalNumbers(csv.text);

      const { status, json } = await audit(PHONES.centreCG, `reportTicket=${report.ticket}`);
      expect(status).toBe(200);
      const entries = json.entries as Array<{ action: string; actorId: number | null; actorName: string; detail: any; source: string }>;
      const assigneeId = report.assignee_id;
      const reads = entries.filter((e) => e.action === 'read');
      expect(reads.some((e) => e.actorId === assigneeId && e.detail.view === 'detail')).toBe(true);
      expect(reads.some((e) => e.actorId === assigneeId && e.detail.view === 'tasks')).toBe(true);
      const chenId = await personId(PHONES.chenDaye);
      expect(reads.some((e) => e.actorId === chenId)).toBe(false);
      const changes = entries.filter((e) => e.action === 'change').map((e) => e.detail.event);
      expect(changes).toEqual(expect.arrayContaining(['submit', 'classify', 'assign', 'accept']));
      expect(entries.find((e) => e.detail?.event === 'accept')?.actorId).toBe(assigneeId);

      const exports = (await audit(PHONES.centreCG, `personId=${await personId(PHONES.centreCG)}`)).json.entries as Array<{ action: string; detail: any }>;
      expect(exports.some((e) => e.action === 'export' && e.detail.format === 'csv' && e.detail.rows >= 1)).toBe(true);

      expect((await audit(PHONES.centreSQ, `reportTicket=${report.ticket}`)).status).toBe(404); // another township
      expect((await audit(PHONES.county, `reportTicket=${report.ticket}`)).status).toBe(200);
      expect((await audit(PHONES.chenDaye, '')).status).toBe(403);
      expect((await audit(PHONES.centreCG, 'reportTicket=nonsense')).status).toBe(400);
    });

    it('anonymises reports closed longer than the retention period, once, and keeps their statistics', async () => {
      const report = await filed(PHONES.linXiaoyu, NOISE);
      const recent = await filed(PHONES.linXiaoyu, LAMP);
      const key = `2026-01/${randomUUID()}.jpg`;
      await stack.ctx.files.put(key, Buffer.from('photo'));
      await insertPhoto(stack.ctx.db, { id: randomUUID(), uploader_id: report.reporter_id, report_id: report.id, kind: 'report', path: key, mime: 'image/jpeg', bytes: 5 });
      for (const r of [report, recent]) expect((await api.act(PHONES.centreCG, r.ticket, { action: 'close', outcome: 'fixed', note: `已联系陈建国 ${MOBILE}` })).status).toBe(200);
      await stack.ctx.db.updateTable('reports').set({ closed_at: sql`now() - interval '31 days'` }).where('id', '=', report.id).execute();
      const before = await api.row(report.id);

      expect((await anonymiseExpiredReports(stack.ctx)).anonymised).toBeGreaterThanOrEqual(1);
      const after = await api.row(report.id);
      expect(after.anonymised_at).not.toBeNull();
      expectNoPersonalNumbers(after.raw_text);
      expect(after.raw_text).not.toContain('陈建国');
      expect(after.raw_text).not.toContain('502');
      expect(after.raw_text).toContain('楼上天天半夜装修');
      expect(after.details?.['phones']).toEqual([]);
      expect(after.details?.['parties']).toEqual([]);
      expect(after.details?.['place']).toBe('幸福小区');
      expect(after.on_behalf_of).toBeNull();
      expect((await stack.ctx.repos.people.findById(after.reporter_id))?.name).toBe(ANONYMOUS_RESIDENT);
      // What statistics need stays.
      expect({ subtype: after.subtype, grid: after.grid_id, outcome: after.outcome, status: after.status, created: after.created_at, closed: after.closed_at }).toEqual({
        subtype: before.subtype,
        grid: before.grid_id,
        outcome: before.outcome,
        status: before.status,
        created: before.created_at,
        closed: before.closed_at,
      });
      expect(await stack.ctx.files.get(key)).toBeUndefined();
      expect(await stack.ctx.db.selectFrom('report_photos').select('id').where('report_id', '=', report.id).execute()).toEqual([]);
      const timeline = await stack.ctx.repos.reports.timeline(report.id);
      for (const e of timeline) expectNoPersonalNumbers(`${e.note ?? ''}${JSON.stringify(e.data)}`);
      const outbox = await stack.ctx.repos.outbox.forReport(report.id);
      for (const m of outbox) expectNoPersonalNumbers(m.text);

      // A report closed recently keeps its data; a second run changes nothing.
      expect((await api.row(recent.id)).anonymised_at).toBeNull();
      expect((await anonymiseExpiredReports(stack.ctx)).anonymised).toBe(0);
      expect((await api.row(report.id)).updated_at).toEqual(after.updated_at);
      // The worker's timer runs the same job.
      const timer = startAnonymiser(stack.ctx, 60_000);
      await timer.runNow();
      timer.stop();

      const logged = (await audit(PHONES.county, `reportTicket=${report.ticket}`)).json.entries as Array<{ action: string; actorName: string; detail: any }>;
      const anonymised = logged.filter((e) => e.action === 'anonymise');
      expect(anonymised).toHaveLength(1);
      expect(anonymised[0]).toMatchObject({ actorName: '系统', detail: { reason: 'retention_expired', photosDeleted: 1 } });
    });

    it('honours a resident’s deletion request: open reports withdrawn, all anonymised, no more login, counts unchanged', async () => {
      const open = await filed(PHONES.guoGuizhi, BENCH);
      const done = await filed(PHONES.guoGuizhi, LAMP);
      expect((await api.act(PHONES.centreCG, done.ticket, { action: 'close', outcome: 'fixed' })).status).toBe(200);
      const guoId = await personId(PHONES.guoGuizhi);
      await stack.ctx.repos.people.linkIdentity(guoId, 'wechat', 'wxid_guo');
      const headers = await stack.as(PHONES.guoGuizhi);
      const stats = async () => {
        const { json } = await api.call(PHONES.county, '/api/stats');
        return { total: json.total, byCategory: json.byCategory, byGrid: json.byGrid, fixed: json.fixed };
      };
      const statsBefore = await stats();

      const request = (body: unknown) => stack.app.request('/api/me/delete', { method: 'POST', headers, body: JSON.stringify(body) });
      expect((await request({})).status).toBe(400);
      expect((await api.call(WORKER_CG01[0]!, '/api/me/delete', { body: { confirm: true } })).status).toBe(403);
      const res = await request({ confirm: true });
      expect(res.status).toBe(200);
      const { result } = (await res.json()) as { result: { withdrawn: string[]; anonymised: number; message: string } };
      expect(result.withdrawn).toEqual([open.ticket]);
      expect(result.anonymised).toBe(2);
      expect(result.message).toContain('个人信息已删除');
      expect(result.message).toContain('为统计需要保留');

      // No more login: the old token, the demo login, the chat identity.
      expect((await stack.app.request('/api/me', { headers })).status).toBe(401);
      const devLogin = await stack.app.request('/api/auth/dev-login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: guoId }) });
      expect(devLogin.status).toBe(404);
      expect(await stack.ctx.repos.people.findByPhone(PHONES.guoGuizhi)).toBeUndefined();
      expect(await stack.ctx.repos.people.findByIdentity('wechat', 'wxid_guo')).toBeUndefined();
      const person = (await stack.ctx.repos.people.findById(guoId))!;
      expect(person).toMatchObject({ name: '已注销用户', phone: null, address: null, roles: [] });
      expect(person.erased_at).not.toBeNull();

      for (const r of [open, done]) {
        const row = await api.row(r.id);
        expect(row.anonymised_at).not.toBeNull();
        expect(row.reporter_id).toBe(guoId);
        expectNoPersonalNumbers(row.raw_text);
        expect(row.raw_text).not.toContain('王阿姨');
      }
      expect((await api.row(open.id)).status).toBe('withdrawn');
      expect(await stats()).toEqual(statsBefore);

      const logged = (await audit(PHONES.county, `personId=${guoId}`)).json.entries as Array<{ action: string; detail: any }>;
      expect(logged.find((e) => e.action === 'delete')?.detail).toMatchObject({ subject: 'person', personId: guoId, withdrawn: [open.ticket], anonymised: 2 });
      expect(logged.filter((e) => e.action === 'anonymise')).toHaveLength(2);
      expect(logged.some((e) => e.action === 'change' && e.detail.event === 'withdraw')).toBe(true);
    });
  });
}
