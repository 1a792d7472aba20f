import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import { actOnReport } from '../reports/act-on-report.js';

/** Staff undo a duplicate link: the report leaves its original and waits in triage to be routed on its own. */
export async function unmergeDuplicate(ctx: AppContext, actor: Actor, report: ReportRow, note?: string): Promise<ReportRow> {
  if (report.outcome !== 'duplicate' || report.duplicate_of === null) {
    throw new AppError('CONFLICT', `${report.ticket} is not a duplicate`, { userMessage: '这条反映没有被合并，无需取消。' });
  }
  const original = await ctx.repos.reports.findById(report.duplicate_of);
  return actOnReport(ctx, {
    reportId: report.id,
    action: 'unmerge',
    actor,
    note: note ?? '不是同一问题，取消合并，待中心分派',
    data: { originalTicket: original?.ticket ?? null },
  });
}
