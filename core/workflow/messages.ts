import type { ReportStatus } from './states.js';

/**
 * What the resident is told when their report enters each state — plain Chinese, one place,
 * edit freely. Placeholders: {ticket} {assignee} {note} {type} {to}. A state with no text sends nothing.
 */
export const RESIDENT_MESSAGES: Partial<Record<ReportStatus, string>> = {
  received: '您反映的问题已受理，编号 {ticket}。我们会尽快安排网格员处理。',
  triage: '您反映的问题（{ticket}）已转综治中心确认类别和负责网格，稍后会安排专人处理。',
  assigned: '您反映的问题（{ticket}，{type}）已分派给网格员{assignee}，请留意来电。',
  accepted: '网格员{assignee}已接单（{ticket}），会尽快与您联系。',
  in_progress: '您反映的问题（{ticket}）正在处理中。{note}',
  waiting: '网格员需要您补充情况（{ticket}）：{note} 直接回复即可。',
  escalated: '您反映的问题（{ticket}）已上报乡镇综治中心协调处理。',
  transferred: '您反映的问题（{ticket}）已转交{to}处理。',
  resolved: '您反映的问题（{ticket}）已办结：{note}\n请问问题真的解决了吗？回复「已解决」或「没解决」并说明情况。',
  reopened: '您的问题（{ticket}）已重新办理，网格员会再次跟进。',
  closed: '您反映的问题（{ticket}）已关闭：{outcome}。感谢您的反映。',
  rejected: '很抱歉，您反映的问题（{ticket}）不予受理：{note}',
  withdrawn: '您已撤回反映（{ticket}）。如有需要可随时再次反映。',
};

/** Where an action needs other words than the state it leads to (a duplicate is closed, but the resident follows on). */
export const RESIDENT_ACTION_MESSAGES: Partial<Record<string, string>> = {
  follow: '已有人反映，我们已把您加入关注（{ticket}）。处理进展会同步告诉您。',
  merge: '已有人反映，我们已把您加入关注（{ticket}）。处理进展会同步告诉您。',
  reassign: '您反映的问题（{ticket}）已改派给网格员{assignee}，请留意来电。',
};

/** What the assigned worker is told, for the states that concern them. */
export const ASSIGNEE_MESSAGES: Partial<Record<ReportStatus, string>> = {
  assigned: '新任务 {ticket}：{type}。回复「接单 {short}」接单。',
  reopened: '任务 {ticket} 被居民重新打开：{note}',
  withdrawn: '任务 {ticket} 已被居民撤回，无需处理。',
  closed: '任务 {ticket} 已关闭：{outcome}。',
};

export function fillTemplate(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '');
}
