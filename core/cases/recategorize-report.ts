import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { SUBTYPES, categoryOf, isSubtype } from '../taxonomy/codes.js';
import { referralFor } from '../taxonomy/referral.js';
import type { ReportRow } from '../storage/schema.js';
import { actOnReport } from '../reports/act-on-report.js';
import { leastLoadedWorker } from './least-loaded-worker.js';

export interface RecategorizeInput {
  subtype?: string | undefined;
  gridId?: number | undefined;
  note?: string | undefined;
}

/**
 * Centre staff set a report's type and grid (from triage, or later when the first guess was
 * wrong). The same case is routed again to the grid's least-loaded worker on duty, and the
 * timeline keeps what it was before.
 */
export async function recategorizeReport(ctx: AppContext, actor: Actor, report: ReportRow, input: RecategorizeInput): Promise<ReportRow> {
  const subtype = input.subtype ?? report.subtype;
  if (!isSubtype(subtype)) {
    throw new AppError('BAD_INPUT', 'recategorize needs a subtype', { userMessage: '请选择事件类型。' });
  }
  const gridId = input.gridId ?? report.grid_id;
  const grid = gridId !== null ? await ctx.repos.places.gridById(gridId) : undefined;
  if (!grid) throw new AppError('BAD_INPUT', `unknown grid ${gridId}`, { userMessage: '请选择负责网格。' });
  const worker = await leastLoadedWorker(ctx, grid.id);
  if (!worker) {
    throw new AppError('CONFLICT', `grid ${grid.code} has nobody on duty`, { userMessage: `${grid.name}暂无在岗网格员，请先安排值守。` });
  }
  return actOnReport(ctx, {
    reportId: report.id,
    action: 'recategorize',
    actor,
    assigneeId: worker.id,
    note: input.note ?? `类型定为「${SUBTYPES[subtype]}」，由${grid.name}处理`,
    changes: { subtype, category: categoryOf(subtype), referral: referralFor(subtype), grid_id: grid.id, township_id: grid.township_id },
    data: { before: { subtype: report.subtype, gridId: report.grid_id }, after: { subtype, gridId: grid.id } },
  });
}
