import type { AppContext } from '../context.js';
import { SYSTEM } from '../people/roles.js';
import { locateGrid } from '../routing/locate-grid.js';
import type { ReportRow } from '../storage/schema.js';
import { findOriginal } from '../cases/find-original.js';
import { followOriginal } from '../cases/follow-original.js';
import { leastLoadedWorker } from '../cases/least-loaded-worker.js';
import { actOnReport } from './act-on-report.js';

/**
 * Pipeline stage 2, two-key routing: the place picks the grid, the type and confidence decide
 * whether it can go out at once. Low confidence or an unknown grid waits in triage for the centre;
 * an emergency never waits: without a grid or a worker on duty it goes straight up to the centre.
 * A confident report of a hazard someone already reported follows that report instead of
 * becoming a second task.
 */
export async function routeReport(ctx: AppContext, reportId: number): Promise<void> {
  const report = await ctx.repos.reports.findById(reportId);
  if (!report || report.status !== 'received' || report.intent === null) return;
  const original = isUncertain(ctx, report) ? undefined : await findOriginal(ctx, report);
  if (original) {
    await followOriginal(ctx, { report, original, actor: SYSTEM, action: 'follow' });
    return;
  }

  const reporter = await ctx.repos.people.findById(report.reporter_id);
  const grids = await ctx.repos.places.grids();
  const place = typeof report.details?.['place'] === 'string' ? (report.details['place'] as string) : null;
  const located = locateGrid(
    { location: report.location, texts: [report.address_text, place, report.raw_text], homeGridId: reporter?.home_grid_id ?? null },
    grids,
  );
  const grid = located ? grids.find((g) => g.id === located.gridId) : undefined;
  const townshipId = grid?.township_id ?? report.township_id ?? (await defaultTownshipId(ctx));
  const placeChanges = { grid_id: grid?.id ?? null, township_id: townshipId };
  const data = { routedBy: located?.method ?? null };
  const emergency = report.urgency === 'emergency';

  if (!emergency && (!grid || isUncertain(ctx, report))) {
    await actOnReport(ctx, { reportId, action: 'triage', actor: SYSTEM, changes: placeChanges, data, note: triageReason(grid !== undefined) });
    return;
  }
  const worker = grid ? await leastLoadedWorker(ctx, grid.id) : null;
  if (!worker) {
    const note = grid ? '该网格暂无在岗网格员，请中心调度' : '紧急事件无法确定所属网格，请中心立即调度';
    await actOnReport(ctx, { reportId, action: 'escalate', actor: SYSTEM, changes: placeChanges, data, note });
    return;
  }
  await actOnReport(ctx, { reportId, action: 'assign', actor: SYSTEM, assigneeId: worker.id, changes: placeChanges, data });
}

function isUncertain(ctx: AppContext, report: ReportRow): boolean {
  return report.subtype === null || (report.confidence ?? 0) < ctx.triageThreshold;
}

function triageReason(hasGrid: boolean): string {
  return hasGrid ? '类别不确定，待中心确认' : '无法确定所属网格，待中心确认';
}

async function defaultTownshipId(ctx: AppContext): Promise<number | null> {
  const [first] = await ctx.repos.places.townships();
  return first?.id ?? null;
}
