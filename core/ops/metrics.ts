import { sql } from 'kysely';
import type { AppContext } from '../context.js';

type Sample = [labels: Record<string, string>, value: number];

function family(name: string, help: string, type: 'gauge' | 'counter', samples: Sample[]): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const [labels, value] of samples) {
    const rendered = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    lines.push(`${name}${rendered ? `{${rendered}}` : ''} ${Number.isFinite(value) ? value : 0}`);
  }
  return lines.join('\n');
}

/**
 * Prometheus text exposition: queue depths, pipeline stage latencies over the last hour, overdue
 * reports and which classifier decided. Computed on request from Redis and the database.
 */
export async function renderMetrics(ctx: AppContext): Promise<string> {
  const now = ctx.clock.now();
  const hourAgo = new Date(now.getTime() - 3600_000);
  const depth: Sample[] = [];
  for (const [name, queue] of Object.entries(ctx.queues.queues)) {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized').catch(() => null);
    for (const [state, n] of Object.entries(counts ?? {})) depth.push([{ queue: name, state }, n]);
  }
  const [latency, overdue, sources] = await Promise.all([
    sql<{ stage: string; p50: number | null; p99: number | null }>`
      select e.action as stage,
             percentile_cont(0.5) within group (order by extract(epoch from (e.created_at - r.created_at))) as p50,
             percentile_cont(0.99) within group (order by extract(epoch from (e.created_at - r.created_at))) as p99
      from report_events e join reports r on r.id = e.report_id
      where e.action in ('classify', 'assign', 'triage') and e.created_at > ${hourAgo}
      group by e.action`.execute(ctx.db),
    ctx.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['assigned', 'accepted', 'in_progress', 'escalated', 'reopened'])
      .where((eb) =>
        eb.or([
          eb.and([eb('accepted_at', 'is', null), eb('due_accept_at', '<', now)]),
          eb.and([eb('accepted_at', 'is not', null), eb('due_resolve_at', '<', now)]),
        ]),
      )
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('reports')
      .select(['classifier_source', (eb) => eb.fn.countAll<number>().as('n')])
      .where('classifier_source', 'is not', null)
      .groupBy('classifier_source')
      .execute(),
  ]);
  const stageSamples: Sample[] = latency.rows.flatMap((r) => [
    [{ stage: r.stage, quantile: '0.5' }, Number(r.p50 ?? 0)],
    [{ stage: r.stage, quantile: '0.99' }, Number(r.p99 ?? 0)],
  ]);
  return (
    [
      family('gridmate_queue_jobs', 'Jobs per queue and state', 'gauge', depth),
      family('gridmate_stage_seconds', 'Seconds from submission to each pipeline stage, last hour', 'gauge', stageSamples),
      family('gridmate_reports_overdue', 'Open reports past their accept or resolve deadline', 'gauge', [[{}, Number(overdue.n)]]),
      family(
        'gridmate_reports_classified_total',
        'Reports by the classifier that decided',
        'counter',
        sources.map((s) => [{ source: s.classifier_source ?? 'none' }, Number(s.n)] as Sample),
      ),
    ].join('\n') + '\n'
  );
}
