import type { AppContext } from '../context.js';
import { SYSTEM } from '../people/roles.js';
import { locateGrid } from '../routing/locate-grid.js';
import type { GridRow, ReportRow } from '../storage/schema.js';
import { findOriginals } from '../cases/find-original.js';
import { followAction } from '../cases/follow-original.js';
import { AssigneePicker } from '../cases/least-loaded-worker.js';
import { actOnReports, type ActionRequest } from './act-on-report.js';

/** What one routing batch shares: the grids' workers, the default township and the repeats. */
interface RoutingLookups {
  assignees: AssigneePicker;
  defaultTownshipId: number | null;
  /** The open report each confident one repeats, if any. */
  originals: Map<number, ReportRow>;
}

interface Located {
  report: ReportRow;
  grid: GridRow | undefined;
  method: string | null;
}

/**
 * Pipeline stage 2, two-key routing, for a batch: the place picks the grid, the type and confidence
 * decide whether it can go out at once. Low confidence or an unknown grid waits in triage for the
 * centre; an emergency never waits: without a grid or a worker on duty it goes straight up to the
 * centre. A confident report of a hazard someone already reported follows that report instead of
 * becoming a second task. The decisions are then carried out in one transaction.
 */
export async function routeReports(ctx: AppContext, reportIds: readonly number[]): Promise<void> {
  const reports = (await ctx.repos.reports.findByIds(reportIds)).filter((r) => r.status === 'received' && r.intent !== null);
  if (reports.length === 0) return;
  const [reporters, grids, townships, originals] = await Promise.all([
    ctx.repos.people.findByIds([...new Set(reports.map((r) => r.reporter_id))]),
    ctx.repos.places.grids(),
    ctx.repos.places.townships(),
    findOriginals(ctx, reports.filter((r) => !isUncertain(ctx, r))),
  ]);
  const reporterGrids = new Map(reporters.map((p) => [p.id, p.home_grid_id]));
  const located = reports.map((report) => locate(report, grids, reporterGrids.get(report.reporter_id) ?? null));
  const lookups: RoutingLookups = {
    assignees: await AssigneePicker.forGrids(ctx, located.flatMap((l) => (l.grid ? [l.grid.id] : []))),
    defaultTownshipId: townships[0]?.id ?? null,
    originals,
  };
  const requests = located.map((l) => routingAction(ctx, l, lookups));
  const results = await actOnReports(ctx, requests);
  // Refused: someone acted on the report since it was read (a withdrawal, a manual triage); nothing to route.
  for (const [i, result] of results.entries()) {
    if (result instanceof Error) ctx.logger.info({ reportId: requests[i]!.reportId, err: result }, 'routing skipped: the report changed');
  }
}

function locate(report: ReportRow, grids: GridRow[], homeGridId: number | null): Located {
  const place = typeof report.details?.['place'] === 'string' ? (report.details['place'] as string) : null;
  const located = locateGrid({ location: report.location, texts: [report.address_text, place, report.raw_text], homeGridId }, grids);
  return { report, grid: located ? grids.find((g) => g.id === located.gridId) : undefined, method: located?.method ?? null };
}

function routingAction(ctx: AppContext, { report, grid, method }: Located, lookups: RoutingLookups): ActionRequest {
  const original = lookups.originals.get(report.id);
  if (original) return { ...followAction({ report, original, actor: SYSTEM, action: 'follow' }), expectedStatus: 'received' };

  const changes = { grid_id: grid?.id ?? null, township_id: grid?.township_id ?? report.township_id ?? lookups.defaultTownshipId };
  const base = { reportId: report.id, actor: SYSTEM, changes, data: { routedBy: method }, expectedStatus: 'received' as const };

  if (report.urgency !== 'emergency' && (!grid || isUncertain(ctx, report))) {
    return { ...base, action: 'triage', note: grid ? '类别不确定，待中心确认' : '无法确定所属网格，待中心确认' };
  }
  const worker = grid ? lookups.assignees.pick(grid.id) : null;
  if (!worker) {
    return { ...base, action: 'escalate', note: grid ? '该网格暂无在岗网格员，请中心调度' : '紧急事件无法确定所属网格，请中心立即调度' };
  }
  return { ...base, action: 'assign', assigneeId: worker.id };
}

function isUncertain(ctx: AppContext, report: ReportRow): boolean {
  return report.subtype === null || (report.confidence ?? 0) < ctx.triageThreshold;
}
