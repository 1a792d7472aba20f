import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import { isOpen } from '../workflow/states.js';
import { maskSensitiveText } from '../privacy/mask.js';
import { actOnReport } from './act-on-report.js';
import { findReadableReport } from './queries.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';
import type { NewOutboxMessage } from '../storage/repositories/outbox-repository.js';
import type { ReportRow, ReportUpdate } from '../storage/schema.js';
import { deadlinePolicy, dueTimes } from '../workflow/deadlines.js';
import { scheduleTimers } from '../cases/schedule-timers.js';

/**
 * The reporter adds details to an open report. It goes on the timeline and to the assignee;
 * if the worker was waiting for exactly this, the clock starts again. Details that describe present
 * danger (「又打起来了，拿了刀」, 「煤气味越来越大」) make the report an emergency and wake the township
 * centre, as a new emergency would; its deadlines shorten to an emergency's (never lengthen).
 */
export async function addFollowup(ctx: AppContext, actor: Actor, ticket: string, text: string) {
  const report = await findReadableReport(ctx, actor, ticket);
  if (!relationsOf(actor, report).includes('reporter')) {
    throw new AppError('FORBIDDEN', 'only the reporter adds follow-ups', { userMessage: '只有反映人可以补充情况。' });
  }
  if (!isOpen(report.status)) {
    throw new AppError('ILLEGAL_TRANSITION', `report ${ticket} is ${report.status}`, { userMessage: '这条反映已经结束，如有新情况请重新反映。' });
  }
  const danger = ctx.assessSafety(text) !== null;
  const outboxIds = await ctx.db.transaction().execute(async (tx) => {
    await ctx.repos.reports.addEvent(
      {
        report_id: report.id,
        actor_id: report.reporter_id,
        action: 'followup',
        from_status: report.status,
        to_status: report.status,
        note: text,
        data: danger ? { presentDanger: true } : null,
      },
      tx,
    );
    if (danger && report.urgency !== 'emergency') await ctx.repos.reports.update(report.id, emergencyChanges(ctx, report), tx);
    const masked = maskSensitiveText(text);
    const messages: NewOutboxMessage[] = [];
    if (report.assignee_id !== null) {
      const text = `${danger ? '【紧急】' : ''}居民补充（${report.ticket}）：${masked}`;
      messages.push({ recipient_id: report.assignee_id, audience: 'person', report_id: report.id, kind: 'task.followup', text });
    }
    if (danger) {
      const text = `紧急补充：${report.ticket} 居民报告险情正在发生或加剧：${masked}`;
      messages.push({ recipient_id: null, audience: 'township', report_id: report.id, kind: 'centre.danger_update', text });
    }
    return ctx.repos.outbox.add(messages, tx);
  });
  await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  if (danger) await scheduleTimers(ctx, (await ctx.repos.reports.findById(report.id))!);
  if (report.status === 'waiting') {
    return actOnReport(ctx, { reportId: report.id, action: 'resume', actor, note: '居民已补充情况' });
  }
  return report;
}

/** Raised to emergency: the emergency deadlines from now, where they are sooner than the running ones. */
function emergencyChanges(ctx: AppContext, report: ReportRow): ReportUpdate {
  const due = dueTimes('emergency', ctx.clock.now(), deadlinePolicy(ctx.config));
  const sooner = (current: Date | null, next: Date) => (current && current < next ? current : next);
  return {
    urgency: 'emergency',
    ...(report.due_accept_at && !report.accepted_at ? { due_accept_at: sooner(report.due_accept_at, due.due_accept_at) } : {}),
    ...(report.due_resolve_at ? { due_resolve_at: sooner(report.due_resolve_at, due.due_resolve_at) } : {}),
  };
}
