import { getReportDetail } from '../reports/queries.js';
import { shortTicket } from '../reports/ticket.js';
import { formatShanghaiTime } from '../notify/task-card.js';
import { SUBTYPES } from '../taxonomy/codes.js';
import { REPORT_STATUSES, isOpen } from '../workflow/states.js';
import { fillTemplate } from '../workflow/messages.js';
import type { ReportRow } from '../storage/schema.js';
import { REPLIES } from './replies.js';
import type { ConversationDeps, Turn } from './turn.js';

/**
 * 「进度」: one open report → its latest step in plain words; several → a short numbered list,
 * and the next message picks one. A ticket (full, or its last digits) goes straight to that report.
 */
export async function replyStatus(deps: ConversationDeps, turn: Turn, ticket: string | null): Promise<void> {
  const mine = await deps.ctx.repos.reports.listByReporter(turn.person.id);
  const named = ticket ? mine.find((r) => r.ticket === ticket || Number(shortTicket(r.ticket)) === Number(ticket)) : undefined;
  if (ticket && !named && ticket.startsWith('GX')) return replyReportDetail(deps, turn, ticket);
  if (named) return replyReportDetail(deps, turn, named.ticket);
  const open = mine.filter((r) => isOpen(r.status));
  if (open.length === 0) return turn.reply(REPLIES.noOpenReports);
  if (open.length === 1) return replyReportDetail(deps, turn, open[0]!.ticket);
  await deps.store.set(turn.person.id, { kind: 'pick_report', tickets: open.map((r) => r.ticket) });
  const list = open.map((r, i) => `${i + 1}. ${r.ticket} ${typeOf(r)} ${REPORT_STATUSES[r.status]}`).join('\n');
  await turn.reply(fillTemplate(REPLIES.pickReport, { count: String(open.length), list }));
}

export async function replyReportDetail(deps: ConversationDeps, turn: Turn, ticket: string): Promise<void> {
  const { report, timeline } = await getReportDetail(deps.ctx, turn.actor, ticket);
  const last = timeline.at(-1);
  const latest = last
    ? `${formatShanghaiTime(new Date(last.createdAt))} ${last.actorName} ${last.actionLabel}${last.note ? `：${last.note}` : ''}`
    : REPORT_STATUSES[report.status];
  await turn.reply(
    fillTemplate(REPLIES.reportStatus, {
      ticket: report.ticket,
      type: report.subtypeLabel ?? REPLIES.typePending,
      status: report.assigneeName ? `${report.statusLabel}（网格员${report.assigneeName}）` : report.statusLabel,
      latest,
    }),
  );
}

function typeOf(report: ReportRow): string {
  return report.subtype ? SUBTYPES[report.subtype] : REPLIES.typePending;
}
