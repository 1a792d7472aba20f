import { SUBTYPES } from '../taxonomy/codes.js';
import { OUTCOMES, type ReportStatus } from '../workflow/states.js';
import { ASSIGNEE_MESSAGES, RESIDENT_ACTION_MESSAGES, RESIDENT_MESSAGES, fillTemplate } from '../workflow/messages.js';
import type { PersonRow, ReportRow } from '../storage/schema.js';
import type { NewOutboxMessage } from '../storage/repositories/outbox-repository.js';
import { shortTicket } from '../reports/ticket.js';
import { taskCard } from './task-card.js';
import { maskSensitiveText } from '../privacy/mask.js';

export interface NotificationContext {
  report: ReportRow;
  status: ReportStatus;
  /** The action that led there, when its message differs from the state's. */
  action?: string;
  note: string | null;
  to: string | null;
  reporter: PersonRow | undefined;
  assignee: PersonRow | undefined;
  /** Co-reporters following this report as duplicates of it (issue: duplicates). */
  followerIds?: readonly number[];
}

/** What everyone concerned is owed when a report enters a state; written to the outbox with the change. */
export function composeNotifications(ctx: NotificationContext): NewOutboxMessage[] {
  const { report, status } = ctx;
  const values = {
    ticket: report.ticket,
    short: shortTicket(report.ticket),
    type: report.subtype ? SUBTYPES[report.subtype] : '待分类',
    assignee: ctx.assignee?.name ?? '',
    note: ctx.note ?? '',
    to: ctx.to ?? report.referral ?? '相关部门',
    outcome: report.outcome ? OUTCOMES[report.outcome] : '',
  };
  const messages: NewOutboxMessage[] = [];
  const residentTemplate = (ctx.action && RESIDENT_ACTION_MESSAGES[ctx.action]) || RESIDENT_MESSAGES[status];
  if (residentTemplate) {
    const text = fillTemplate(residentTemplate, values);
    messages.push({ recipient_id: report.reporter_id, audience: 'person', report_id: report.id, kind: `status.${status}`, text });
    // Followers hear how it goes, never who else reported it: numbers in staff notes are masked for them.
    for (const recipientId of ctx.followerIds ?? []) {
      messages.push({ recipient_id: recipientId, audience: 'person', report_id: report.id, kind: `follow.${status}`, text: maskSensitiveText(text) });
    }
  }
  if (ctx.assignee) {
    const template = ASSIGNEE_MESSAGES[status];
    const text = status === 'assigned' ? taskCard(report, ctx.reporter, { privateChat: true }) : template && fillTemplate(template, values);
    if (text) messages.push({ recipient_id: ctx.assignee.id, audience: 'person', report_id: report.id, kind: `task.${status}`, text });
  }
  if (status === 'assigned' || status === 'triage' || status === 'escalated') {
    messages.push(...centreAlerts(report, ctx));
  }
  return messages;
}

/** §3/§5: urgent and emergency reports, escalations and triage reach the township centre; emergencies the county too. */
function centreAlerts(report: ReportRow, ctx: NotificationContext): NewOutboxMessage[] {
  const alerts: NewOutboxMessage[] = [];
  const card = taskCard(report, ctx.reporter, { privateChat: false });
  const headline =
    ctx.status === 'escalated'
      ? `网格上报：${report.ticket}（${maskSensitiveText(ctx.note ?? '')}）`
      : ctx.status === 'triage'
        ? `待分拣：${report.ticket}，请确认类别和网格`
        : `${report.urgency === 'emergency' ? '紧急事件' : '较急事件'}：${report.ticket}`;
  const toTownship = ctx.status !== 'assigned' || report.urgency !== 'normal';
  if (toTownship) {
    alerts.push({ recipient_id: null, audience: 'township', report_id: report.id, kind: `centre.${ctx.status}`, text: `${headline}\n${card}` });
  }
  if (report.urgency === 'emergency' && ctx.status === 'assigned') {
    alerts.push({ recipient_id: null, audience: 'county', report_id: report.id, kind: 'county.emergency', text: `${headline}\n${card}` });
  }
  return alerts;
}
