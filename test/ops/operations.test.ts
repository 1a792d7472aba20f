import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedClassifier } from '../support/scripted-classifier.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';

const RESIDENT = '13700000301';
const OTHER = '13700000302';
const HAZARD = '幸福小区2栋楼下的井盖松了，踩上去直晃';
const classifier = new ScriptedClassifier()
  .when(HAZARD, { label: 'public_safety.road', urgency: 'urgent', confidence: 0.95 })
  .when('楼上天天半夜拖椅子，吵得睡不着', { label: 'dispute.neighbor', confidence: 0.9 });
for (let i = 0; i < 7; i++) classifier.when(`${HAZARD} 第${i}次`, { label: 'public_safety.road', urgency: 'urgent', confidence: 0.95 });

describe('abuse limits, health, metrics and Open311', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack('pglite', { classifier, env: { RATE_INTAKE_PER_PERSON: '5', RATE_ASK_PER_PERSON: '3' } });
  });
  afterAll(async () => stack?.close());

  it('makes one report of 50 copies of the same message', async () => {
    const headers = await stack.as(OTHER);
    const statuses: number[] = [];
    const tickets = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const res = await stack.app.request('/api/reports', { method: 'POST', headers, body: JSON.stringify({ text: '楼上天天半夜拖椅子，吵得睡不着' }) });
      statuses.push(res.status);
      if (res.status < 300) tickets.add(((await res.json()) as any).report.ticket);
    }
    expect(tickets.size).toBe(1);
    expect(statuses[0]).toBe(201);
    // Beyond the per-person limit the copies are refused with 429, never stored.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const count = await stack.ctx.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).where('raw_text', 'like', '楼上天天%').executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('answers 429 with Retry-After past the per-person limit', async () => {
    const headers = await stack.as(RESIDENT);
    const answers: Response[] = [];
    for (let i = 0; i < 7; i++) {
      answers.push(await stack.app.request('/api/reports', { method: 'POST', headers, body: JSON.stringify({ text: `${HAZARD} 第${i}次` }) }));
    }
    expect(answers.slice(0, 5).every((r) => r.status === 201)).toBe(true);
    const refused = answers[6]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as any).error.code).toBe('RATE_LIMITED');
    const ask = (q: string) => stack.app.request('/api/legal/ask', { method: 'POST', headers, body: JSON.stringify({ question: q }) });
    const asked = [];
    for (let i = 0; i < 4; i++) asked.push((await ask(`离婚冷静期是多久${i}`)).status);
    expect(asked).toEqual([200, 200, 200, 429]);
  });

  it('reports health of database, Redis and workers', async () => {
    const res = await stack.app.request('/healthz');
    expect(res.status).toBe(200);
    const health = (await res.json()) as any;
    expect(health).toMatchObject({ ok: true, database: true, redis: true });
    expect(health.workers.classify).toBeGreaterThan(0);
    await stack.stopWorkers();
    const down = await stack.app.request('/healthz');
    expect(down.status).toBe(503);
    expect(((await down.json()) as any).workers.classify).toBe(0);
    stack.startWorkers();
  });

  it('exposes Prometheus metrics: queue depths, stage latency, overdue, classifier sources', async () => {
    await eventually(async () => (await stack.ctx.repos.reports.listByStatus(['received'])).length === 0);
    const res = await stack.app.request('/metrics');
    const text = await res.text();
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/gridmate_queue_jobs\{queue="classify",state="waiting"\} \d+/);
    expect(text).toMatch(/gridmate_stage_seconds\{stage="assign",quantile="0.99"\} [\d.]+/);
    expect(text).toMatch(/gridmate_reports_overdue \d+/);
    expect(text).toMatch(/gridmate_reports_classified_total\{source="offline"\} \d+/);
  });

  it('publishes place-bound problems on Open311 with public fields only', async () => {
    const services = (await (await stack.app.request('/open311/v2/services.json')).json()) as any[];
    expect(services.map((s) => s.service_code)).toContain('public_safety.road');
    expect(services.map((s) => s.service_code)).not.toContain('dispute.neighbor');
    const requests = (await (await stack.app.request('/open311/v2/requests.json')).json()) as any[];
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.service_code === 'public_safety.road')).toBe(true);
    const body = JSON.stringify(requests);
    expect(body).not.toContain('井盖松了'); // no resident text
    expect(body).not.toMatch(/1[3-9]\d{9}/); // no phone numbers
    const one = await stack.app.request(`/open311/v2/requests/${requests[0].service_request_id}.json`);
    expect(one.status).toBe(200);
    expect((await stack.app.request('/open311/v2/requests/GX20200101-0001.json')).status).toBe(404);
    expect((await stack.app.request('/open311/v2/requests.json?start_date=yesterday')).status).toBe(400);
  });
});
