import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import type { ReportRow } from '../storage/schema.js';
import { findReadableReport } from '../reports/queries.js';
import { followOriginal } from './follow-original.js';

/** Staff link a report to the one it repeats, by ticket: it becomes a follower, as at intake. */
export async function mergeDuplicate(
  ctx: AppContext,
  actor: Actor,
  report: ReportRow,
  input: { originalTicket?: string | undefined; note?: string | undefined },
): Promise<ReportRow> {
  if (!input.originalTicket) throw new AppError('BAD_INPUT', 'merge needs originalTicket', { userMessage: '请填写原反映的编号。' });
  const original = await findReadableReport(ctx, actor, input.originalTicket);
  if (original.id === report.id || original.duplicate_of !== null || original.closed_at !== null) {
    throw new AppError('CONFLICT', `cannot merge into ${original.ticket}`, { userMessage: '只能合并到另一条仍在办理、且本身不是重复反映的反映。' });
  }
  return followOriginal(ctx, { report, original, actor, action: 'merge', note: input.note });
}
