import { SUBTYPES, URGENCIES, RISK_FLAGS } from '../taxonomy/codes.js';
import { maskPhone, maskSensitiveText } from '../privacy/mask.js';
import type { PersonRow, ReportRow } from '../storage/schema.js';
import { shortTicket } from '../reports/ticket.js';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatShanghaiTime(date: Date): string {
  return TIME.format(date);
}

/**
 * The card a grid worker gets for a new task. `privateChat` decides whether the resident's
 * phone is shown in full (the assignee's own chat) or masked (groups, other roles).
 */
export function taskCard(report: ReportRow, reporter: PersonRow | undefined, options: { privateChat: boolean }): string {
  const type = report.subtype ? SUBTYPES[report.subtype] : '待分类';
  const flags = report.flags.length > 0 ? `（${report.flags.map((f) => RISK_FLAGS[f]).join('、')}）` : '';
  const contactPhone = report.on_behalf_of?.phone ?? reporter?.phone ?? null;
  const contactName = report.on_behalf_of?.name ?? reporter?.name ?? '居民';
  const phone = contactPhone ? (options.privateChat ? contactPhone : maskPhone(contactPhone)) : '未留电话';
  // Outside the assignee's own chat every free-text field is masked: a summary or place can quote a number too.
  const shown = (value: string) => (options.privateChat ? value : maskSensitiveText(value));
  const text = shown(report.raw_text);
  const due = report.due_accept_at ? `请于 ${formatShanghaiTime(report.due_accept_at)} 前接单` : '';
  return [
    `【${URGENCIES[report.urgency]}】新任务 ${report.ticket}`,
    `类型：${type}${flags}`,
    `地点：${shown(String(report.address_text ?? report.details?.['place'] ?? '未说明'))}`,
    `摘要：${report.summary === null ? text.slice(0, 60) : shown(report.summary)}`,
    `联系人：${contactName} ${phone}`,
    due,
    `回复「接单 ${shortTicket(report.ticket)}」接单`,
  ]
    .filter(Boolean)
    .join('\n');
}
