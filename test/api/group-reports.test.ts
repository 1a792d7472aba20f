import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const LEADER = '13700000201'; // 王秀兰, 联户长 of 幸福小区3栋十联户
const MEMBER = '13700000301'; // 陈大爷, in that group
const OUTSIDER = '13700000310'; // 王春花, not in it

describe('GET /api/reports?scope=group', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier: new ScriptedClassifier(), workers: false });
  });
  afterAll(async () => stack?.close());

  async function list(phone: string, query = '') {
    const res = await stack.app.request(`/api/reports${query}`, { headers: await stack.as(phone) });
    return { status: res.status, json: (await res.json()) as any };
  }
  async function submit(phone: string, text: string) {
    const res = await stack.app.request('/api/reports', { method: 'POST', body: JSON.stringify({ text }), headers: await stack.as(phone) });
    return ((await res.json()) as any).report.ticket as string;
  }

  it('gives a 联户长 their group’s reports this month, and everyone else their own', async () => {
    const own = await submit(LEADER, '3栋楼道里的灭火器过期了');
    const members = await submit(MEMBER, '3栋门口的下水道堵了');
    const outsiders = await submit(OUTSIDER, '王庄村路口的井盖松了');

    const group = await list(LEADER, '?scope=group');
    expect(group.status).toBe(200);
    expect(group.json.reports.map((r: any) => r.ticket).sort()).toEqual([own, members].sort());

    expect((await list(LEADER)).json.reports.map((r: any) => r.ticket)).toEqual([own]);
    expect((await list(LEADER, '?scope=mine')).json.reports.map((r: any) => r.ticket)).toEqual([own]);
    expect((await list(OUTSIDER)).json.reports.map((r: any) => r.ticket)).toEqual([outsiders]);
  });

  it('refuses the group view to people who lead no group, and unknown scopes', async () => {
    expect((await list(MEMBER, '?scope=group')).status).toBe(403);
    expect((await list(LEADER, '?scope=everyone')).status).toBe(400);
  });
});
