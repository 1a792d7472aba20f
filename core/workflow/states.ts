/** taxonomy §6: the states of a report (接、约、办、访、评) and the outcomes a closed report carries. */
export const REPORT_STATUSES = {
  received: '已受理',
  triage: '待分拣',
  assigned: '已分派',
  accepted: '已接单',
  in_progress: '处置中',
  waiting: '待补充',
  escalated: '已上报',
  transferred: '已转办',
  resolved: '已办结',
  visited: '已回访',
  rated: '已评价',
  reopened: '重新办理',
  closed: '已关闭',
  rejected: '不予受理',
  withdrawn: '已撤回',
} as const;
export type ReportStatus = keyof typeof REPORT_STATUSES;
export const REPORT_STATUS_CODES = Object.keys(REPORT_STATUSES) as ReportStatus[];

/** States after which nothing more happens to a report. */
export const FINAL_STATUSES: readonly ReportStatus[] = ['closed', 'rejected', 'withdrawn'];

export function isOpen(status: ReportStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

/** How a report ended: fixed, or not fixed and why. */
export const OUTCOMES = {
  fixed: '已解决',
  duplicate: '重复反映，已合并',
  not_responsible: '不属于本部门职责',
  referred: '已转交其他部门',
  withdrawn: '居民已撤回',
  rejected: '不予受理',
  no_action: '无需进一步处理',
} as const;
export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_CODES = Object.keys(OUTCOMES) as Outcome[];
/** The outcomes a person may choose when closing by hand; withdrawn and rejected come from their own actions. */
export const CLOSE_OUTCOMES = ['fixed', 'duplicate', 'not_responsible', 'referred', 'no_action'] as const;

/** The five steps residents know, each covering some states, for timelines and progress chips. */
export const STEPS = [
  { key: 'jie', label: '接', statuses: ['received', 'triage', 'assigned'] },
  { key: 'yue', label: '约', statuses: ['accepted', 'waiting'] },
  { key: 'ban', label: '办', statuses: ['in_progress', 'escalated', 'transferred', 'reopened', 'resolved'] },
  { key: 'fang', label: '访', statuses: ['visited'] },
  { key: 'ping', label: '评', statuses: ['rated', 'closed'] },
] as const satisfies ReadonlyArray<{ key: string; label: string; statuses: readonly ReportStatus[] }>;
