import { actOnReport } from '../reports/act-on-report.js';
import { findReadableReport, listTasks } from '../reports/queries.js';
import { shortTicket, TICKET_PATTERN } from '../reports/ticket.js';
import { AppError } from '../errors/app-error.js';
import { hasRole } from '../people/roles.js';
import { ACTIONS } from '../workflow/actions.js';
import { fillTemplate } from '../workflow/messages.js';
import type { ReportRow } from '../storage/schema.js';
import type { TaskAction } from './chat-commands.js';
import { REPLIES } from './replies.js';
import type { ConversationDeps, Turn } from './turn.js';

/** Commands that imply the task was taken: a worker who reports progress on an untaken task accepts it first. */
const IMPLIES_ACCEPT: readonly TaskAction[] = ['start', 'resolve'];

export async function runTaskCommand(deps: ConversationDeps, turn: Turn, action: TaskAction, ticketText: string, note: string): Promise<void> {
  const report = await resolveTicket(deps, turn, ticketText);
  if (!report) return;
  const { ctx } = deps;
  const base = { reportId: report.id, actor: turn.actor };
  if (IMPLIES_ACCEPT.includes(action) && (ACTIONS.accept.from as readonly string[]).includes(report.status)) {
    await actOnReport(ctx, { ...base, action: 'accept' });
  }
  await actOnReport(ctx, action === 'transfer' ? { ...base, action, to: note } : { ...base, action, ...(note ? { note } : {}) });
  await turn.reply(fillTemplate(REPLIES.taskActionDone, { ticket: report.ticket, action: ACTIONS[action].label }));
}

/**
 * A ticket as a worker types it: the full number, or its last digits matched among their open
 * tasks. Several matches are listed back instead of guessing; no match is "not found", the same
 * answer a worker gets for another grid's ticket.
 */
async function resolveTicket(deps: ConversationDeps, turn: Turn, ticketText: string): Promise<ReportRow | null> {
  const { ctx } = deps;
  if (TICKET_PATTERN.test(ticketText)) return findReadableReport(ctx, turn.actor, ticketText);
  if (!hasRole(turn.actor, 'grid_worker', 'grid_leader')) {
    await turn.reply(REPLIES.ticketNeedsFull);
    return null;
  }
  const tasks = await listTasks(ctx, turn.actor);
  const matches = tasks.filter((t) => Number(shortTicket(t.ticket)) === Number(ticketText));
  if (matches.length === 0) {
    throw new AppError('NOT_FOUND', `no task ending ${ticketText}`, { userMessage: `您的待办任务里没有编号 ${ticketText}，请核对编号或发「我的任务」查看。` });
  }
  if (matches.length > 1) {
    const list = matches.map((t) => `· ${t.ticket} ${t.subtypeLabel ?? REPLIES.typePending}`).join('\n');
    await turn.reply(fillTemplate(REPLIES.ticketAmbiguous, { short: ticketText, list, example: `${turn.text.split(/\s/)[0]} ${matches[0]!.ticket}` }));
    return null;
  }
  return findReadableReport(ctx, turn.actor, matches[0]!.ticket);
}

export async function replyTaskList(deps: ConversationDeps, turn: Turn): Promise<void> {
  const tasks = await listTasks(deps.ctx, turn.actor);
  if (tasks.length === 0) {
    await turn.reply(REPLIES.taskListEmpty);
    return;
  }
  const list = tasks
    .map((t, i) => `${i + 1}. ${shortTicket(t.ticket)} ${t.subtypeLabel ?? REPLIES.typePending}【${t.urgencyLabel}】${t.statusLabel} ${t.address ?? ''}`.trimEnd())
    .join('\n');
  await turn.reply(fillTemplate(REPLIES.taskList, { count: String(tasks.length), list }));
}
