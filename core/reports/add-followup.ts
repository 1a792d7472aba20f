import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import { isOpen } from '../workflow/states.js';
import { maskSensitiveText } from '../privacy/mask.js';
import { actOnReport } from './act-on-report.js';
import { findReadableReport } from './queries.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

/**
 * The reporter adds details to an open report. It goes on the timeline and to the assignee;
 * if the worker was waiting for exactly this, the clock starts again.
 */
export async function addFollowup(ctx: AppContext, actor: Actor, ticket: string, text: string) {
  const report = await findReadableReport(ctx, actor, ticket);
  if (!relationsOf(actor, report).includes('reporter')) {
    throw new AppError('FORBIDDEN', 'only the reporter adds follow-ups', { userMessage: '只有反映人可以补充情况。' });
  }
  if (!isOpen(report.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `report ${ticket} is ${report.status}`, { userMessage: '这条反映已经结束，如有新情况请重新反映。' });
  }
  const outboxIds = await ctx.db.transaction().execute(async (tx) => {
    await ctx.repos.reports.addEvent(
      { report_id: report.id, actor_id: report.reporter_id, action: 'followup', from_status: report.status, to_status: report.status, note: text },
      tx,
    );
    if (report.assignee_id === null) return [];
    return ctx.repos.outbox.add(
      [{ recipient_id: report.assignee_id, audience: 'person', report_id: report.id, kind: 'task.followup', text: `居民补充（${report.ticket}）：${maskSensitiveText(text)}` }],
      tx,
    );
  });
  await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  if (report.status === 'waiting') {
    return actOnReport(ctx, { reportId: report.id, action: 'resume', actor, note: '居民已补充情况' });
  }
  return report;
}
