import type { ReportStatus } from './states.js';

/**
 * Who may take an action, by relation to the report rather than by bare role:
 * the policy (core/access/relations.ts) works out which relations an actor has to a report.
 */
export type Relation =
  | 'system'
  | 'reporter' // the resident who filed it, or the 联户长 who filed it for a neighbour
  | 'assignee' // the grid worker it is assigned to
  | 'grid_leader' // the 网格长 of the report's grid
  | 'centre' // staff of the report's township centre
  | 'county'; // county centre staff

export type RequiredField = 'note' | 'assigneeId' | 'to' | 'outcome' | 'duplicateOf';

export interface ActionRule {
  label: string;
  from: readonly ReportStatus[];
  to: ReportStatus;
  by: readonly Relation[];
  requires: readonly RequiredField[];
}

const OPEN_BEFORE_RESOLUTION = [
  'received',
  'triage',
  'assigned',
  'accepted',
  'in_progress',
  'waiting',
  'escalated',
  'transferred',
  'reopened',
] as const satisfies readonly ReportStatus[];

/**
 * The workflow as one table (taxonomy §6): each action, the states it may start from,
 * the state it leads to, who may take it and what it needs. Read it as configuration.
 */
export const ACTIONS = {
  assign: {
    label: '分派',
    from: ['received', 'triage', 'assigned', 'escalated', 'reopened', 'transferred'],
    to: 'assigned',
    by: ['system', 'grid_leader', 'centre', 'county'],
    requires: ['assigneeId'],
  },
  recategorize: {
    // Two-key routing again: a corrected type or grid re-routes the same case, never closes and refiles it.
    label: '改类改派',
    from: ['triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'escalated', 'transferred', 'reopened'],
    to: 'assigned',
    by: ['centre', 'county'],
    requires: ['assigneeId'],
  },
  reassign: {
    label: '改派',
    from: ['assigned', 'accepted', 'in_progress', 'waiting', 'escalated', 'transferred', 'reopened'],
    to: 'assigned',
    by: ['system', 'grid_leader', 'centre', 'county'],
    requires: ['assigneeId'],
  },
  follow: {
    // Intake found an open report of the same hazard: this one follows it instead of becoming a second task.
    label: '加入关注',
    from: ['received'],
    to: 'closed',
    by: ['system'],
    requires: ['duplicateOf'],
  },
  merge: {
    label: '合并为重复反映',
    from: OPEN_BEFORE_RESOLUTION,
    to: 'closed',
    by: ['centre', 'county'],
    requires: ['duplicateOf'],
  },
  unmerge: {
    // Back to the centre's triage list, where staff route it as a case of its own.
    label: '取消合并',
    from: ['closed'],
    to: 'triage',
    by: ['centre', 'county'],
    requires: [],
  },
  triage: {
    label: '转入待分拣',
    from: ['received', 'assigned'],
    to: 'triage',
    by: ['system', 'centre', 'county'],
    requires: [],
  },
  accept: {
    label: '接单',
    from: ['assigned', 'reopened'],
    to: 'accepted',
    by: ['assignee', 'grid_leader', 'centre'],
    requires: [],
  },
  start: {
    label: '开始处置',
    from: ['accepted', 'waiting'],
    to: 'in_progress',
    by: ['assignee', 'grid_leader', 'centre'],
    requires: [],
  },
  wait: {
    label: '请居民补充',
    from: ['accepted', 'in_progress'],
    to: 'waiting',
    by: ['assignee', 'grid_leader'],
    requires: ['note'],
  },
  resume: {
    label: '继续处置',
    from: ['waiting'],
    to: 'in_progress',
    by: ['assignee', 'reporter', 'system'],
    requires: [],
  },
  escalate: {
    label: '上报',
    from: ['received', 'triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'reopened'],
    to: 'escalated',
    by: ['assignee', 'grid_leader', 'system'],
    requires: ['note'],
  },
  transfer: {
    label: '转办',
    from: ['assigned', 'accepted', 'in_progress', 'escalated'],
    to: 'transferred',
    by: ['assignee', 'grid_leader', 'centre', 'county'],
    requires: ['to'],
  },
  return: {
    label: '退回',
    from: ['assigned', 'accepted'],
    to: 'triage',
    by: ['assignee'],
    requires: ['note'],
  },
  resolve: {
    label: '办结',
    from: ['accepted', 'in_progress', 'escalated', 'transferred', 'reopened'],
    to: 'resolved',
    by: ['assignee', 'grid_leader', 'centre', 'county'],
    requires: ['note'],
  },
  visit: {
    label: '回访确认',
    from: ['resolved'],
    to: 'visited',
    by: ['reporter', 'centre', 'system'],
    requires: [],
  },
  rate: {
    label: '评价',
    from: ['resolved', 'visited'],
    to: 'rated',
    by: ['reporter'],
    requires: [],
  },
  reopen: {
    label: '重新办理',
    from: ['resolved', 'visited', 'rated'],
    to: 'reopened',
    by: ['reporter', 'centre', 'county'],
    requires: ['note'],
  },
  withdraw: {
    label: '撤回',
    from: OPEN_BEFORE_RESOLUTION,
    to: 'withdrawn',
    by: ['reporter'],
    requires: [],
  },
  reject: {
    label: '不予受理',
    from: ['received', 'triage', 'escalated'],
    to: 'rejected',
    by: ['centre', 'county'],
    requires: ['note'],
  },
  close: {
    label: '关闭',
    from: [...OPEN_BEFORE_RESOLUTION, 'resolved', 'visited', 'rated'],
    to: 'closed',
    by: ['system', 'centre', 'county'],
    requires: ['outcome'],
  },
} as const satisfies Record<string, ActionRule>;

export type ActionName = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as ActionName[];

export function isActionName(value: unknown): value is ActionName {
  return typeof value === 'string' && Object.hasOwn(ACTIONS, value);
}
