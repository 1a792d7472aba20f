import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';

const RESIDENT_CG01 = '13700000301'; // 陈大爷, home grid 幸福社区第一网格
const RESIDENT_SQ04 = '13700000310'; // 王春花, home grid 王庄村网格
const WORKER_CG01 = '13900000101'; // 张伟
const WORKER_CG03 = '13900000104'; // 杨磊

const FIRE_EXIT = '幸福小区5栋楼道里堆满了纸箱，消防通道堵了';
const VILLAGE_ROAD = '李家村三组路口的井盖没了，晚上很危险';
const VAGUE = '那个事情你们管不管啊';
const NO_PLACE = '垃圾好几天没人收了';
const NEIGHBOUR_DOOR = '对门邻居把鞋柜和杂物堆在公共走廊，老人进出很不方便';

const classifier = new ScriptedClassifier()
  .when(FIRE_EXIT, { label: 'public_safety.fire', urgency: 'urgent', confidence: 0.93 })
  .when(VILLAGE_ROAD, { label: 'public_safety.road', urgency: 'urgent', confidence: 0.9 })
  .when(NO_PLACE, { label: 'environment.waste', confidence: 0.9 })
  .when(NEIGHBOUR_DOOR, { label: 'dispute.neighbor', confidence: 0.9 })
  .when(VAGUE, { intent: 'other', label: null, confidence: 0.3 });

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`intake → classify → route on ${engine}`, () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier });
    });
    afterAll(async () => stack?.close());

    async function submit(phone: string, body: unknown, headers: Record<string, string> = {}) {
      const res = await stack.app.request('/api/reports', { method: 'POST', body: JSON.stringify(body), headers: { ...(await stack.as(phone)), ...headers } });
      return { status: res.status, json: (await res.json()) as any };
    }

    async function detail(phone: string, ticket: string) {
      const res = await stack.app.request(`/api/reports/${ticket}`, { headers: await stack.as(phone) });
      return { status: res.status, json: (await res.json()) as any };
    }

    it('routes by the address in the text to that grid’s worker, with a timeline', async () => {
      const { status, json } = await submit(RESIDENT_SQ04, { text: FIRE_EXIT });
      expect(status).toBe(201);
      expect(json.report.ticket).toMatch(/^GX\d{8}-\d{4}$/);
      const assigned = await eventually(async () => {
        const d = await detail(RESIDENT_SQ04, json.report.ticket);
        return d.json.report.status === 'assigned' && d.json;
      });
      expect(assigned.report.gridName).toBe('幸福社区第一网格');
      expect(assigned.report.subtype).toBe('public_safety.fire');
      expect(['张伟', '刘芳']).toContain(assigned.report.assigneeName);
      expect(assigned.timeline.map((e: any) => e.action)).toEqual(['submit', 'classify', 'assign']);
      const outbox = await stack.ctx.repos.outbox.forReport(json.report.id);
      expect(outbox.some((m) => m.kind === 'task.assigned' && m.text.includes(json.report.ticket))).toBe(true);
      // urgent reports also reach the township centre
      expect(outbox.some((m) => m.audience === 'township')).toBe(true);
    });

    it('routes by village group written in Chinese numerals', async () => {
      const { json } = await submit(RESIDENT_CG01, { text: VILLAGE_ROAD });
      const d = await eventually(async () => {
        const r = await detail(RESIDENT_CG01, json.report.ticket);
        return r.json.report.status === 'assigned' && r.json;
      });
      expect(d.report.gridName).toBe('李家村第一网格');
    });

    it('routes by location pin before anything else', async () => {
      const { json } = await submit(RESIDENT_CG01, { text: NO_PLACE, location: { lat: 30.702, lng: 114.432 } });
      const d = await eventually(async () => {
        const r = await detail(RESIDENT_CG01, json.report.ticket);
        return r.json.report.status === 'assigned' && r.json;
      });
      expect(d.report.gridName).toBe('王庄村网格');
    });

    it('falls back to the reporter’s home grid', async () => {
      const { json } = await submit(RESIDENT_SQ04, { text: NO_PLACE });
      const d = await eventually(async () => {
        const r = await detail(RESIDENT_SQ04, json.report.ticket);
        return r.json.report.status === 'assigned' && r.json;
      });
      expect(d.report.gridName).toBe('王庄村网格');
    });

    it('sends a low-confidence report to triage instead of routing it on a guess', async () => {
      const { json } = await submit(RESIDENT_CG01, { text: VAGUE });
      const d = await eventually(async () => {
        const r = await detail(RESIDENT_CG01, json.report.ticket);
        return r.json.report.status === 'triage' && r.json;
      });
      expect(d.report.assigneeName).toBeNull();
    });

    it('makes one report for one Idempotency-Key, however often it is sent', async () => {
      const key = `retry-${engine}-0001`;
      const body = { text: '小区门口的路灯坏了一个多星期了', address: '锦绣花园' };
      const results = await Promise.all([1, 2, 3].map(() => submit(RESIDENT_CG01, body, { 'idempotency-key': key })));
      const tickets = new Set(results.map((r) => r.json.report.ticket));
      expect(tickets.size).toBe(1);
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    });

    it('lets a resident read only their own reports, and a worker only their grid’s', async () => {
      const { json } = await submit(RESIDENT_CG01, { text: FIRE_EXIT, address: '幸福小区5栋' });
      const ticket = json.report.ticket;
      await eventually(async () => (await detail(RESIDENT_CG01, ticket)).json.report.status === 'assigned');
      expect((await detail(RESIDENT_SQ04, ticket)).status).toBe(404);
      expect((await detail(WORKER_CG03, ticket)).status).toBe(404);
      const worker = await detail(WORKER_CG01, ticket);
      expect(worker.status).toBe(200);
      expect((await detail('13800000004', ticket)).status).toBe(404); // 石桥镇 centre
      expect((await detail('13800000002', ticket)).status).toBe(200); // 城关街道 centre
      expect((await detail('13800000001', ticket)).status).toBe(200); // county
      const foreignAccept = await stack.app.request(`/api/reports/${ticket}/actions`, {
        method: 'POST',
        body: JSON.stringify({ action: 'accept' }),
        headers: await stack.as(WORKER_CG03),
      });
      expect(foreignAccept.status).toBe(404);
      const residentResolve = await stack.app.request(`/api/reports/${ticket}/actions`, {
        method: 'POST',
        body: JSON.stringify({ action: 'resolve', note: '好了' }),
        headers: await stack.as(RESIDENT_CG01),
      });
      expect(residentResolve.status).toBe(403);
      const mine = await stack.app.request('/api/reports', { headers: await stack.as(RESIDENT_SQ04) });
      const list = ((await mine.json()) as any).reports.map((r: any) => r.ticket);
      expect(list).not.toContain(ticket);
    });

    it('shows a report filed for a neighbour to the 联户长 who filed it, and to the worker', async () => {
      const { status, json } = await submit('13700000201', {
        text: NEIGHBOUR_DOOR,
        onBehalfOf: { name: '陈大爷', address: '幸福小区3栋2单元', phone: '13700000301' },
      });
      expect(status).toBe(201);
      const ticket = json.report.ticket;
      const d = await eventually(async () => {
        const r = await detail('13700000201', ticket);
        return r.json.report.status === 'assigned' && r.json;
      });
      expect(d.report.onBehalfOf.name).toBe('陈大爷');
      const card = await eventually(async () => (await stack.ctx.repos.outbox.forReport(json.report.id)).find((m) => m.kind === 'task.assigned'));
      expect(card.text).toContain('陈大爷 13700000301'); // the neighbour's number, in full, in the assignee's own chat
    });

    it('refuses bad input with a 4xx and a reason', async () => {
      const headers = await stack.as(RESIDENT_CG01);
      const post = (body: string) => stack.app.request('/api/reports', { method: 'POST', body, headers });
      const missing = await post(JSON.stringify({}));
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as any).error.message).toContain('text');
      const long = await post(JSON.stringify({ text: '很'.repeat(7_000) })); // about 20 KB of UTF-8
      expect(long.status).toBe(400);
      expect(((await long.json()) as any).error.message).toContain('2000');
      expect((await post(JSON.stringify({ text: '很'.repeat(40_000) }))).status).toBe(413);
      expect((await post('{"text": "漏水')).status).toBe(400);
      expect((await post(JSON.stringify({ text: '楼上漏水', category: 'nonsense' }))).status).toBe(400);
      const badTicket = await stack.app.request('/api/reports/GX1/actions', { method: 'POST', body: JSON.stringify({ action: 'fly' }), headers });
      expect(badTicket.status).toBe(400);
      const unauth = await stack.app.request('/api/reports');
      expect(unauth.status).toBe(401);
    });
  });
}
