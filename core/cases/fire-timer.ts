import type { AppContext } from '../context.js';
import { SYSTEM } from '../people/roles.js';
import type { TimerJob, TimerKind } from '../queue/names.js';
import type { ReportRow } from '../storage/schema.js';
import type { NewOutboxMessage } from '../storage/repositories/outbox-repository.js';
import { deadlinePolicy } from '../workflow/deadlines.js';
import { formatShanghaiTime } from '../notify/task-card.js';
import { actOnReport } from '../reports/act-on-report.js';
import { enqueueAfterCommit } from '../reports/enqueue-after-commit.js';
import { plannedTimers, timerKey } from './planned-timers.js';
import { scheduleTimers } from './schedule-timers.js';

/**
 * The timers queue's processor. It re-reads the report and acts only if this timer is still one the
 * report should have: an accepted, resolved, paused or already-alerted report makes it a no-op.
 */
export async function fireTimer(ctx: AppContext, job: TimerJob): Promise<void> {
  const report = await ctx.repos.reports.findById(job.reportId);
  if (!report || !(await isStillDue(ctx, report, job))) return;
  if (job.kind === 'visit-close') {
    await actOnReport(ctx, {
      reportId: report.id,
      action: 'close',
      actor: SYSTEM,
      outcome: 'fixed',
      note: '回访无答复，按已解决关闭（未评价）',
      changes: { rated: false },
      data: { timer: job.kind, basis: job.basis },
    });
    return;
  }
  const { action, note, messages } = effectsOf(job.kind, report);
  const outboxIds = await ctx.db.transaction().execute(async (tx) => {
    const locked = await ctx.repos.reports.lockById(report.id, tx);
    // A second run of the same job (a stalled worker) finds the event and stops.
    if (!locked || (await ctx.repos.reports.firedTimersOf(report.id, tx)).has(timerKey(job))) return [];
    await ctx.repos.reports.addEvent(
      { report_id: report.id, actor_id: null, action, from_status: locked.status, to_status: locked.status, note, data: { timer: job.kind, basis: job.basis } },
      tx,
    );
    return ctx.repos.outbox.add(messages, tx);
  });
  await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  await scheduleTimers(ctx, report);
}

async function isStillDue(ctx: AppContext, report: ReportRow, job: TimerJob): Promise<boolean> {
  const fired = await ctx.repos.reports.firedTimersOf(report.id);
  return plannedTimers(report, deadlinePolicy(ctx.config), fired).some((t) => timerKey(t.job) === timerKey(job));
}

interface TimerEffects {
  action: string;
  note: string;
  messages: NewOutboxMessage[];
}

function effectsOf(kind: Exclude<TimerKind, 'visit-close'>, report: ReportRow): TimerEffects {
  const toPerson = (recipientId: number | null, kindName: string, text: string): NewOutboxMessage[] =>
    recipientId === null ? [] : [{ recipient_id: recipientId, audience: 'person', report_id: report.id, kind: kindName, text }];
  const toCentre = (level: 'township' | 'county', text: string): NewOutboxMessage => ({
    recipient_id: null,
    audience: level,
    report_id: report.id,
    kind: `${level}.overdue`,
    text,
  });
  const accept = kind.startsWith('accept-');
  const what = accept ? '接单' : '办结';
  const due = (accept ? report.due_accept_at : report.due_resolve_at) ?? new Date();
  switch (kind) {
    case 'accept-remind':
    case 'resolve-remind': {
      const note = `${what}期限 ${formatShanghaiTime(due)} 将到，已提醒网格员`;
      return { action: 'sla_remind', note, messages: toPerson(report.assignee_id, 'task.remind', `提醒：任务 ${report.ticket} 请于 ${formatShanghaiTime(due)} 前${what}。`) };
    }
    case 'accept-breach':
    case 'resolve-breach': {
      const note = `超过${what}期限，已上报乡镇综治中心`;
      return {
        action: 'sla_escalate',
        note,
        messages: [
          toCentre('township', `超时未${what}：${report.ticket}（期限 ${formatShanghaiTime(due)}），请督办。`),
          ...toPerson(report.assignee_id, 'task.overdue', `任务 ${report.ticket} 已超过${what}期限，已上报乡镇综治中心。`),
        ],
      };
    }
    case 'accept-breach2':
    case 'resolve-breach2': {
      const note = `再次超过${what}期限，已上报县综治中心`;
      return {
        action: 'sla_escalate',
        note,
        messages: [
          toCentre('county', `严重超时未${what}：${report.ticket}（期限 ${formatShanghaiTime(due)}），乡镇督办后仍未处理。`),
          toCentre('township', `${report.ticket} 仍未${what}，已上报县综治中心。`),
        ],
      };
    }
    case 'alert':
      return {
        action: 'emergency_realert',
        note: '紧急事件仍无人接单，再次提醒',
        messages: [
          toCentre('township', `紧急事件 ${report.ticket} 仍无人接单，请立即调度处置！`),
          ...toPerson(report.assignee_id, 'task.realert', `紧急任务 ${report.ticket} 仍未接单，请立即接单处置！`),
        ],
      };
    case 'visit-remind':
      return {
        action: 'visit_remind',
        note: '回访提醒已发送',
        messages: toPerson(report.reporter_id, 'visit.remind', `您反映的问题（${report.ticket}）已办结三天了，问题真的解决了吗？回复「已解决」或「没解决」并说明情况。`),
      };
  }
}
