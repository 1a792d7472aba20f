import { sql } from 'kysely';
import type { Db } from '../../core/storage/database.js';

/** Waits until no report in the id range is still waiting to be routed (status 'received'). */
export async function waitUntilRouted(db: Db, range: { after: number; upTo: number }, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { n } = await db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', '>', range.after)
      .where('id', '<=', range.upTo)
      .where('status', '=', 'received')
      .executeTakeFirstOrThrow();
    if (Number(n) === 0) return;
    if (Date.now() > deadline) throw new Error(`${n} reports still unrouted after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface EndToEnd {
  reports: number;
  byStatus: Record<string, number>;
  /** Reports per second from the first submit to the last routing decision. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Submit → routed latencies from the timeline (both events are stamped by the database with
 * clock_timestamp()), so the figures need no listener inside the workers.
 */
export async function endToEnd(db: Db, range: { after: number; upTo: number }): Promise<EndToEnd> {
  const rows = await sql<{ status: string; submitted: Date; routed: Date }>`
    select r.status, s.created_at as submitted, min(e.created_at) as routed
    from reports r
    join report_events s on s.report_id = r.id and s.action = 'submit'
    join report_events e on e.report_id = r.id and e.action in ('assign', 'triage', 'escalate', 'follow')
    where r.id > ${range.after} and r.id <= ${range.upTo}
    group by r.id, r.status, s.created_at`.execute(db);
  const latencies = rows.rows.map((r) => new Date(r.routed).getTime() - new Date(r.submitted).getTime()).sort((a, b) => a - b);
  const first = Math.min(...rows.rows.map((r) => new Date(r.submitted).getTime()));
  const last = Math.max(...rows.rows.map((r) => new Date(r.routed).getTime()));
  const byStatus: Record<string, number> = {};
  for (const r of rows.rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  return { reports: rows.rows.length, byStatus, throughput: Math.round(rows.rows.length / ((last - first) / 1000)), p50Ms: pct(50), p99Ms: pct(99) };
}

export async function lastReportId(db: Db): Promise<number> {
  const row = await db.selectFrom('reports').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}
