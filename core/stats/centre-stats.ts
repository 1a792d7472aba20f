import { recordListRead } from '../privacy/record-audit.js';
import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { hasRole, type Actor } from '../people/roles.js';
import { CATEGORIES, type Category } from '../taxonomy/codes.js';
import { REPORT_STATUSES, type ReportStatus } from '../workflow/states.js';
import { lookupsFor } from '../reports/queries.js';
import { reportView } from '../reports/report-view.js';

export interface StatsRange {
  from: Date;
  to: Date;
}

/**
 * The centre's figures for a date range: what is reported where, what is late, how fast it is
 * handled, how satisfied residents are, and fixed versus closed without a fix (counted apart).
 * Centre staff see their township, county staff everything.
 */
export async function centreStats(ctx: AppContext, actor: Actor, range: StatsRange) {
  if (actor.kind !== 'person' || !hasRole(actor, 'centre_staff', 'county_staff')) {
    throw new AppError('FORBIDDEN', 'statistics are for centre staff', { userMessage: '只有综治中心工作人员可以查看统计。' });
  }
  const townshipId = hasRole(actor, 'county_staff') ? null : (actor.townshipId ?? -1);
  const scoped = () => {
    // Qualified: the by-grid query joins grids, which has its own township_id.
    let q = ctx.db.selectFrom('reports').where('reports.created_at', '>=', range.from).where('reports.created_at', '<', range.to);
    if (townshipId !== null) q = q.where('reports.township_id', '=', townshipId);
    return q;
  };
  const [byCategory, byGrid, byStatus, timing, outcomes, satisfaction, topAddresses, overdueRows] = await Promise.all([
    scoped().select(['category', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('category').execute(),
    scoped()
      .leftJoin('grids', 'grids.id', 'reports.grid_id')
      .select(['reports.grid_id', 'grids.name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['reports.grid_id', 'grids.name'])
      .execute(),
    scoped().select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute(),
    scoped()
      .select([
        sql<number | null>`avg(extract(epoch from (accepted_at - created_at)) / 60)`.as('accept_minutes'),
        sql<number | null>`avg(extract(epoch from (resolved_at - created_at)) / 3600)`.as('resolve_hours'),
      ])
      .executeTakeFirstOrThrow(),
    scoped()
      .select([
        sql<number>`count(*) filter (where outcome = 'fixed')`.as('fixed'),
        sql<number>`count(*) filter (where outcome is not null and outcome <> 'fixed')`.as('not_fixed'),
      ])
      .executeTakeFirstOrThrow(),
    scoped()
      .innerJoin('ratings', 'ratings.report_id', 'reports.id')
      .select([sql<number | null>`avg(ratings.stars)`.as('mean'), (eb) => eb.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow(),
    scoped()
      .where('address_text', 'is not', null)
      .select(['address_text', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('address_text')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .orderBy('n', 'desc')
      .limit(10)
      .execute(),
    overdue(ctx, townshipId),
  ]);
  // The overdue list shows residents' reports in full: it is a read like the task list, and audited.
  const [lookups] = await Promise.all([lookupsFor(ctx, overdueRows), recordListRead(ctx.db, actor, overdueRows, 'stats_overdue', townshipId)]);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    total: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
    byCategory: byCategory.map((r) => ({
      category: r.category,
      label: r.category ? CATEGORIES[r.category as Category] : '未分类',
      count: Number(r.n),
    })),
    byGrid: byGrid.map((r) => ({ gridId: r.grid_id, gridName: r.name ?? '未确定网格', count: Number(r.n) })),
    byStatus: byStatus.map((r) => ({ status: r.status, label: REPORT_STATUSES[r.status as ReportStatus], count: Number(r.n) })),
    overdue: overdueRows.map((r) => reportView(r, actor, lookups)),
    meanAcceptMinutes: round(timing.accept_minutes),
    meanResolveHours: round(timing.resolve_hours),
    satisfaction: { mean: round(satisfaction.mean), count: Number(satisfaction.n) },
    fixed: Number(outcomes.fixed),
    notFixed: Number(outcomes.not_fixed),
    topAddresses: topAddresses.map((r) => ({ address: r.address_text, count: Number(r.n) })),
  };
}

/** Open reports past their accept or resolve deadline, whatever their creation date. */
async function overdue(ctx: AppContext, townshipId: number | null) {
  const now = ctx.clock.now();
  let q = ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('status', 'not in', ['closed', 'rejected', 'withdrawn', 'resolved', 'visited', 'rated'])
    .where((eb) =>
      eb.or([
        eb.and([eb('accepted_at', 'is', null), eb('due_accept_at', '<', now)]),
        eb.and([eb('accepted_at', 'is not', null), eb('due_resolve_at', '<', now)]),
      ]),
    );
  if (townshipId !== null) q = q.where('township_id', '=', townshipId);
  return q.orderBy('due_accept_at').limit(200).execute();
}

function round(value: number | null | string): number | null {
  return value === null ? null : Math.round(Number(value) * 10) / 10;
}
