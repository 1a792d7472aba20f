import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { canRead } from '../access/relations.js';
import { hasRole, type Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import { REPORT_STATUS_CODES, isOpen } from '../workflow/states.js';
import { reportView, timelineView, type ViewLookups } from './report-view.js';
import { photoViewsByReport } from '../files/photo-views.js';
import { recordListRead, recordReportRead } from '../privacy/record-audit.js';

const OPEN_STATUSES = REPORT_STATUS_CODES.filter(isOpen);

/** A report by ticket, if this viewer may read it; otherwise "not found", so tickets cannot be probed. */
export async function findReadableReport(ctx: AppContext, actor: Actor, ticket: string): Promise<ReportRow> {
  const report = await ctx.repos.reports.findByTicket(ticket);
  if (!report || !canRead(actor, report)) {
    throw new AppError('NOT_FOUND', `report ${ticket} not found for this viewer`, { userMessage: `没有找到编号为 ${ticket} 的反映。` });
  }
  return report;
}

export async function lookupsFor(ctx: AppContext, reports: readonly ReportRow[]): Promise<ViewLookups> {
  const ids = new Set<number>();
  for (const r of reports) {
    ids.add(r.reporter_id);
    if (r.assignee_id !== null) ids.add(r.assignee_id);
  }
  const [people, grids, photos, followers] = await Promise.all([
    ctx.repos.people.findByIds([...ids]),
    ctx.repos.places.grids(),
    photoViewsByReport(ctx, reports.map((r) => r.id)),
    ctx.repos.reports.followerCounts(reports.map((r) => r.id)),
  ]);
  return { names: new Map(people.map((p) => [p.id, p.name])), grids: new Map(grids.map((g) => [g.id, g])), photos, followers };
}

export async function getReportDetail(ctx: AppContext, actor: Actor, ticket: string) {
  const report = await findReadableReport(ctx, actor, ticket);
  const [lookups, events] = await Promise.all([lookupsFor(ctx, [report]), ctx.repos.reports.timeline(report.id), recordReportRead(ctx.db, actor, report, 'detail')]);
  return { report: reportView(report, actor, lookups), timeline: events.map((e) => timelineView(e, actor, report)) };
}

/** The reports a resident or 联户长 filed (for themselves or for neighbours). */
export async function listMyReports(ctx: AppContext, actor: Actor) {
  if (actor.kind !== 'person') return [];
  const reports = await ctx.repos.reports.listByReporter(actor.personId);
  const lookups = await lookupsFor(ctx, reports);
  return reports.map((r) => reportView(r, actor, lookups));
}

/** A worker's open tasks, soonest deadline first; a grid leader sees the whole grid's open reports. */
export async function listTasks(ctx: AppContext, actor: Actor) {
  if (actor.kind !== 'person' || !hasRole(actor, 'grid_worker', 'grid_leader')) {
    throw new AppError('FORBIDDEN', 'only grid workers have tasks', { userMessage: '只有网格员可以查看任务。' });
  }
  const own = await ctx.repos.reports.listByAssignee(actor.personId, OPEN_STATUSES);
  const grid =
    hasRole(actor, 'grid_leader') && actor.homeGridId !== null
      ? (await ctx.repos.reports.listByGrid(actor.homeGridId, OPEN_STATUSES)).filter((r) => r.assignee_id !== actor.personId)
      : [];
  const tasks = [...own, ...grid];
  const [lookups] = await Promise.all([lookupsFor(ctx, tasks), recordListRead(ctx.db, actor, tasks, 'tasks', actor.townshipId)]);
  return tasks.map((r) => reportView(r, actor, lookups));
}

/** Reports waiting for the centre to decide type or grid, in the staff member's township (all for the county). */
export async function listTriage(ctx: AppContext, actor: Actor) {
  if (!hasRole(actor, 'centre_staff', 'county_staff')) {
    throw new AppError('FORBIDDEN', 'only centre staff triage', { userMessage: '只有综治中心工作人员可以分拣。' });
  }
  const townshipId = actor.kind === 'person' && !hasRole(actor, 'county_staff') ? (actor.townshipId ?? -1) : undefined;
  const reports = await ctx.repos.reports.listByStatus(['triage', 'escalated'], { townshipId });
  const [lookups] = await Promise.all([lookupsFor(ctx, reports), recordListRead(ctx.db, actor, reports, 'triage', townshipId ?? null)]);
  return reports.map((r) => reportView(r, actor, lookups));
}
