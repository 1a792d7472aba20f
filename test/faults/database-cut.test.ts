import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresAvailable } from '../support/databases.js';
import { distinctReportText } from '../support/report-texts.js';
import { reconcile } from '../../core/reports/reconcile.js';
import { RESIDENTS, expectEachOnceAndAssigned, startFaultStack, submit, type FaultStack } from './fault-stack.js';

const OUTAGE_MS = 3000;

// PGlite runs inside the process: there is no connection to cut.
describe.skipIf(!(await isPostgresAvailable()))('the database cut for a few seconds during intake (PostgreSQL)', () => {
  let fault: FaultStack;
  beforeAll(async () => {
    fault = await startFaultStack('postgres', { workers: true });
  });
  afterAll(async () => fault?.close());

  it('answers 503 with Retry-After, stores nothing half-way, and loses nothing it acknowledged', async () => {
    const { stack, proxy } = fault;
    const headers = await Promise.all(RESIDENTS.map((phone) => stack.as(phone)));
    const results: Array<{ text: string; key: string; status: number; retryAfter: string | null; ticket?: string }> = [];
    let stop = false;
    // Six residents keep submitting, each with an Idempotency-Key, as the mini-program does.
    const clients = headers.map(async (h, c) => {
      for (let i = 0; !stop; i += 1) {
        const text = `${distinctReportText(c * 1000 + i)}（断库测试）`;
        const key = `cut-${c}-${i}-key`;
        const res = await submit(stack, h, text, key);
        results.push({ text, key, status: res.status, retryAfter: res.retryAfter, ticket: res.body.report?.ticket });
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await new Promise((r) => setTimeout(r, 1000));
    proxy!.cut();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    proxy!.restore();
    await new Promise((r) => setTimeout(r, 1000));
    stop = true;
    await Promise.all(clients);

    const refused = results.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => Number(r.retryAfter) > 0)).toBe(true);
    expect(results.filter((r) => r.status !== 201 && r.status !== 503)).toEqual([]);

    // Nothing half-way: every stored report has its ticket and its submit event.
    const halfway = await stack.ctx.db
      .selectFrom('reports as r')
      .leftJoin('report_events as e', (j) => j.onRef('e.report_id', '=', 'r.id').on('e.action', '=', 'submit'))
      .select('r.id')
      .where('e.id', 'is', null)
      .execute();
    expect(halfway).toEqual([]);

    // The client retries what was refused with the same key: one report per key, never two.
    const byIndex = new Map(headers.map((h, c) => [c, h]));
    for (const r of refused) {
      const c = Number(r.key.split('-')[1]);
      const again = await submit(stack, byIndex.get(c)!, r.text, r.key);
      expect([200, 201]).toContain(again.status);
    }
    await reconcile(stack.ctx, 0).catch(() => undefined);
    await expectEachOnceAndAssigned(stack, results.map((r) => r.text), 90_000);
    const accepted = results.filter((r) => r.status === 201).map((r) => r.ticket!);
    const stored = await stack.ctx.db.selectFrom('reports').select('ticket').where('ticket', 'in', accepted).execute();
    expect(stored.length).toBe(accepted.length);
  }, 120_000);
});
