import { actOnReport } from '../reports/act-on-report.js';
import { addFollowup } from '../reports/add-followup.js';
import { rateReport } from '../reports/rate-report.js';
import { ACTIONS } from '../workflow/actions.js';
import { fillTemplate } from '../workflow/messages.js';
import type { ReportStatus } from '../workflow/states.js';
import type { ReportRow } from '../storage/schema.js';
import { REPLIES } from './replies.js';
import type { ConversationDeps, Turn } from './turn.js';

const RATABLE: readonly ReportStatus[] = ACTIONS.rate.from;
const REOPENABLE: readonly ReportStatus[] = ACTIONS.reopen.from;
const WITHDRAWABLE: readonly ReportStatus[] = ACTIONS.withdraw.from;
const TAKES_DETAILS: readonly ReportStatus[] = WITHDRAWABLE;

/** The person's most recent report in one of these states: follow-ups in chat concern the latest matter. */
export async function latestReport(deps: ConversationDeps, turn: Turn, statuses: readonly ReportStatus[]): Promise<ReportRow | undefined> {
  const mine = await deps.ctx.repos.reports.listByReporter(turn.person.id);
  return mine.find((r) => statuses.includes(r.status));
}

/** 「不用处理了」 */
export async function withdrawLatest(deps: ConversationDeps, turn: Turn): Promise<void> {
  const report = await latestReport(deps, turn, WITHDRAWABLE);
  if (!report) return turn.reply(REPLIES.noOpenReports);
  await actOnReport(deps.ctx, { reportId: report.id, action: 'withdraw', actor: turn.actor, note: turn.text });
  await turn.reply(fillTemplate(REPLIES.withdrawn, { ticket: report.ticket }));
}

/** 「满意」, 「4星」 — or the answer to the stars question after 「已解决」. */
export async function rateLatest(deps: ConversationDeps, turn: Turn, stars: number, ticket?: string): Promise<void> {
  const report = ticket ? { ticket } : await latestReport(deps, turn, RATABLE);
  if (!report) return turn.reply(REPLIES.nothingToRate);
  const rated = await rateReport(deps.ctx, turn.actor, report.ticket, { stars });
  await turn.reply(fillTemplate(REPLIES.rated, { stars: String(stars), ticket: rated.ticket }));
}

/** 「已解决」: ask for the stars (one question), the next message answers it. */
export async function askStars(deps: ConversationDeps, turn: Turn): Promise<void> {
  const report = await latestReport(deps, turn, RATABLE);
  if (!report) return turn.reply(REPLIES.nothingToRate);
  await deps.store.set(turn.person.id, { kind: 'stars', ticket: report.ticket });
  await turn.reply(REPLIES.askStars);
}

/** 「不满意，垃圾还在」 reopens with the reason; without a reason the bot asks for it first. */
export async function reopenLatest(deps: ConversationDeps, turn: Turn, reason: string, ticket?: string): Promise<void> {
  const report = ticket ? await deps.ctx.repos.reports.findByTicket(ticket) : await latestReport(deps, turn, REOPENABLE);
  if (!report) return turn.reply(REPLIES.nothingToRate);
  if (reason === '') {
    await deps.store.set(turn.person.id, { kind: 'reopen_reason', ticket: report.ticket });
    return turn.reply(REPLIES.askReopenReason);
  }
  await actOnReport(deps.ctx, { reportId: report.id, action: 'reopen', actor: turn.actor, note: reason });
  await turn.reply(fillTemplate(REPLIES.reopened, { ticket: report.ticket }));
}

/** More details about the latest open report go on its timeline and to its worker. */
export async function addDetailsToLatest(deps: ConversationDeps, turn: Turn): Promise<boolean> {
  const report = await latestReport(deps, turn, TAKES_DETAILS);
  if (!report) return false;
  await addFollowup(deps.ctx, turn.actor, report.ticket, turn.text);
  await turn.reply(fillTemplate(REPLIES.followupAdded, { ticket: report.ticket }));
  return true;
}
