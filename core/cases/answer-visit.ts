import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import type { ReportRow } from '../storage/schema.js';
import { actOnReport } from '../reports/act-on-report.js';
import { findReadableReport } from '../reports/queries.js';
import type { VisitAnswer } from './schemas.js';

/**
 * 回访: the reporter answers 「真的解决了吗？」. Yes → visited (a rating may follow); no → the
 * same case is reopened with their comment, which the table requires.
 */
export async function answerVisit(ctx: AppContext, actor: Actor, ticket: string, answer: VisitAnswer): Promise<ReportRow> {
  const report = await findReadableReport(ctx, actor, ticket);
  if (!relationsOf(actor, report).includes('reporter')) {
    throw new AppError('FORBIDDEN', 'only the reporter answers the 回访', { userMessage: '只有反映人可以回答回访。' });
  }
  if (answer.fixed) {
    return actOnReport(ctx, { reportId: report.id, action: 'visit', actor, note: answer.comment ?? '居民确认已解决', data: { fixed: true } });
  }
  return actOnReport(ctx, { reportId: report.id, action: 'reopen', actor, note: answer.comment, data: { fixed: false } });
}
