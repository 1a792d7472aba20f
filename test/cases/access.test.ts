import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { ENGINES, isPostgresAvailable } from '../support/databases.js';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { PHONES, caseApi, understanding } from './support.js';

const WORKER_CG01_LEADER = '13900000101'; // 张伟
const WORKER_CG01 = '13900000102'; // 刘芳
const BENCH = '幸福小区1栋门口长椅坏了，"扶手"断了, 请联系13700000311';
const classifier = new ScriptedClassifier().when(BENCH, understanding({ label: 'city_mgmt.facilities', confidence: 0.9 }));

/** A local stand-in for WeChat's jscode2session: codes map to replies. */
async function startFakeWechat(replies: Record<string, object>) {
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    const reply = url.pathname === '/sns/jscode2session' ? replies[url.searchParams.get('js_code') ?? ''] : undefined;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply ?? { errcode: 40029, errmsg: 'invalid code' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

for (const engine of ENGINES) {
  // Skipped only when no PostgreSQL server answers (the reason is printed by isPostgresAvailable); PGlite always runs.
  describe.skipIf(engine === 'postgres' && !(await isPostgresAvailable()))(`logins, administration and export on ${engine}`, () => {
    let stack: TestStack;
    let api: ReturnType<typeof caseApi>;
    let wechat: Awaited<ReturnType<typeof startFakeWechat>>;
    beforeAll(async () => {
      stack = await startTestStack(engine, { classifier });
      api = caseApi(stack);
      wechat = await startFakeWechat({
        'code-a': { openid: 'openid-a', session_key: 'k', unionid: 'union-1' },
        'code-b': { openid: 'openid-b', session_key: 'k', unionid: 'union-1' },
        'code-blocked': { errcode: 40226, errmsg: 'high risk user' },
      });
      Object.assign(stack.ctx.config, { WECHAT_API_BASE: wechat.base, WECHAT_APPID: 'wx-test-app', WECHAT_SECRET: 'test-secret' });
    });
    afterAll(async () => {
      await wechat?.close();
      await stack?.close();
    });

    const post = (path: string, body: unknown) =>
      stack.app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

    it('logs in through WeChat: a new user becomes a resident, the same unionid is the same person, an error code is refused', async () => {
      const first = await post('/api/auth/wechat', { code: 'code-a' });
      expect(first.status).toBe(200);
      const a = (await first.json()) as any;
      expect(a.person.roles).toEqual(['resident']);
      expect(wechat.requests[0]!.searchParams.get('appid')).toBe('wx-test-app');
      expect(wechat.requests[0]!.searchParams.get('grant_type')).toBe('authorization_code');
      const me = await stack.app.request('/api/me', { headers: { authorization: `Bearer ${a.token}` } });
      expect(((await me.json()) as any).person.id).toBe(a.person.id);

      const again = (await (await post('/api/auth/wechat', { code: 'code-a' })).json()) as any;
      const other = (await (await post('/api/auth/wechat', { code: 'code-b' })).json()) as any;
      expect(again.person.id).toBe(a.person.id);
      expect(other.person.id).toBe(a.person.id); // another openid, same unionid: the same person
      expect(await stack.ctx.repos.people.findByIdentity('wechat-mini', 'openid-b')).toMatchObject({ id: a.person.id });

      const refused = await post('/api/auth/wechat', { code: 'code-blocked' });
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as any).error.message).toContain('微信登录失败');
    });

    it('logs staff in by phone and password, locks after five failures, and says the same thing every time', async () => {
      const liu = (await stack.ctx.repos.people.findByPhone(WORKER_CG01))!;
      const set = await api.call(PHONES.centreCG, `/api/admin/people/${liu.id}/password`, { method: 'PUT', body: { password: 'Qingshan-2026' } });
      expect(set.status).toBe(200);
      expect((await stack.ctx.repos.people.findById(liu.id))!.password_hash).toMatch(/^scrypt\$/);
      const ok = await post('/api/auth/login', { phone: WORKER_CG01, password: 'Qingshan-2026' });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as any).token).toBeTruthy();

      const unknown = await post('/api/auth/login', { phone: '13911112222', password: 'whatever' });
      const wrong = await post('/api/auth/login', { phone: WORKER_CG01, password: 'wrong' });
      expect([unknown.status, wrong.status]).toEqual([401, 401]);
      const message = ((await wrong.json()) as any).error.message;
      expect(((await unknown.json()) as any).error.message).toBe(message);
      for (let i = 0; i < 4; i++) await post('/api/auth/login', { phone: WORKER_CG01, password: 'wrong' });
      const locked = await post('/api/auth/login', { phone: WORKER_CG01, password: 'Qingshan-2026' });
      expect(locked.status).toBe(401);
      expect(((await locked.json()) as any).error.message).toBe(message);
      expect((await stack.ctx.repos.people.findById(liu.id))!.locked_until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
      // a resident has no password login; another township's staff cannot set this worker's password
      expect((await api.call(PHONES.centreSQ, `/api/admin/people/${liu.id}/password`, { method: 'PUT', body: { password: 'Another-2026' } })).status).toBe(404);
    });

    it('keeps the dev login out of production', async () => {
      const production = createApp({ ...stack.ctx, config: { ...stack.ctx.config, NODE_ENV: 'production' } });
      const res = await production.request('/api/auth/dev-login', { method: 'POST', body: JSON.stringify({ personId: 1 }), headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(404);
    });

    it('hands a worker’s open tasks to the grid’s least-loaded colleague when they go on leave', async () => {
      const zhang = (await stack.ctx.repos.people.findByPhone(WORKER_CG01_LEADER))!;
      const liu = (await stack.ctx.repos.people.findByPhone(WORKER_CG01))!;
      await stack.ctx.db.updateTable('persons').set({ on_duty: false }).where('id', '=', zhang.id).execute();
      const { id, ticket } = await api.submit(PHONES.chenDaye, { text: BENCH });
      const report = await api.waitFor(id, 'assigned');
      expect(report.assignee_id).toBe(liu.id);
      await api.act(WORKER_CG01, ticket, { action: 'accept' });

      expect((await api.call(PHONES.centreCG, `/api/admin/workers/${zhang.id}/duty`, { method: 'PUT', body: { onDuty: true } })).status).toBe(200);
      const leave = await api.call(PHONES.centreCG, `/api/admin/workers/${liu.id}/duty`, { method: 'PUT', body: { onDuty: false } });
      expect(leave.json).toEqual({ reassigned: [ticket], escalated: [] });
      expect(await api.row(id)).toMatchObject({ status: 'assigned', assignee_id: zhang.id, accepted_at: null });
      const last = (await stack.ctx.repos.reports.timeline(id)).at(-1)!;
      expect(last).toMatchObject({ action: 'reassign', from_status: 'accepted', actor_id: (await stack.ctx.repos.people.findByPhone(PHONES.centreCG))!.id });
      expect(last.note).toContain('刘芳休假');
      const grids = (await api.call(PHONES.centreCG, '/api/admin/grids')).json.grids;
      expect(grids.every((g: any) => g.townshipId === grids[0].townshipId)).toBe(true);
      expect(grids.find((g: any) => g.code === 'CG-01').workers.find((w: any) => w.id === liu.id)).toMatchObject({ onDuty: false, openTasks: 0 });
      expect((await api.call(PHONES.chenDaye, '/api/admin/grids')).status).toBe(403);
    });

    it('manages grids and 十联户 groups within the staff member’s township', async () => {
      const created = await api.call(PHONES.centreCG, '/api/admin/grids', { body: { code: 'CG-06', name: '新城社区网格', areas: ['新城小区1-8栋'] } });
      expect(created.status).toBe(201);
      const gridId = created.json.grid.id;
      const patched = await api.call(PHONES.centreCG, `/api/admin/grids/${gridId}`, { method: 'PATCH', body: { areas: ['新城小区1-10栋', '新城路'] } });
      expect(patched.json.grid.areas).toEqual(['新城小区1-10栋', '新城路']);
      expect((await api.call(PHONES.centreSQ, `/api/admin/grids/${gridId}`, { method: 'PATCH', body: { name: 'x' } })).status).toBe(404);

      const lin = (await stack.ctx.repos.people.findByPhone(PHONES.linXiaoyu))!;
      const chen = (await stack.ctx.repos.people.findByPhone(PHONES.chenDaye))!;
      const group = await api.call(PHONES.centreCG, '/api/admin/household-groups', { body: { name: '幸福小区2栋十联户', gridId: (await stack.ctx.repos.places.grids())[0]!.id, leaderId: lin.id } });
      expect(group.status).toBe(201);
      expect((await stack.ctx.repos.people.findById(lin.id))!.roles).toContain('household_leader');
      await api.call(PHONES.centreCG, `/api/admin/household-groups/${group.json.group.id}/members`, { body: { personId: chen.id } });
      let listed = (await api.call(PHONES.centreCG, '/api/admin/household-groups')).json.groups.find((g: any) => g.id === group.json.group.id);
      expect(listed.members.map((m: any) => m.name)).toEqual(['陈大爷']);
      expect(listed.leader.phone).toBe('137****0302');
      await api.call(PHONES.centreCG, `/api/admin/household-groups/${group.json.group.id}/members/${chen.id}`, { method: 'DELETE' });
      listed = (await api.call(PHONES.centreCG, '/api/admin/household-groups')).json.groups.find((g: any) => g.id === group.json.group.id);
      expect(listed.members).toEqual([]);
    });

    it('exports reports as Excel-ready CSV with phones masked, for centre staff only', async () => {
      const res = await stack.app.request('/api/export.csv?category=city_mgmt', { headers: await stack.as(PHONES.centreCG) });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
      const text = new TextDecoder().decode(bytes);
      const lines = text.split('\r\n');
      expect(lines[0]).toMatch(/^编号,提交时间,状态/);
      const row = lines.find((l) => l.includes('长椅'))!;
      expect(row).toContain('"幸福小区1栋门口长椅坏了，""扶手""断了, 请联系137****0311"');
      expect(row).toContain('137****0301');
      expect(text).not.toMatch(/1[3-9]\d{9}/);
      expect(lines.filter((l) => l.startsWith('GX')).length).toBeGreaterThan(0);
      expect((await api.call(PHONES.centreSQ, '/api/export.csv')).text).not.toContain('长椅');
      expect((await api.call(PHONES.centreCG, '/api/export.csv?status=nonsense')).status).toBe(400);
      expect((await api.call(PHONES.chenDaye, '/api/export.csv')).status).toBe(403);
    });
  });
}
