/**
 * Labels the mini-program shows. Statuses, types, urgencies, flags and outcomes are the server's
 * own tables (core/, compiled in through `compile.include` in config/index.ts), so they cannot
 * drift; the API also sends `statusLabel` and `subtypeLabel`, which win when present.
 */
import { RISK_FLAGS, SUBTYPES, URGENCIES } from '../../../core/taxonomy/codes'
import { OUTCOMES, REPORT_STATUSES } from '../../../core/workflow/states'
import type { Role } from './types'

export const STATUS_LABELS: Record<string, string> = REPORT_STATUSES
export const URGENCY_LABELS: Record<string, string> = URGENCIES
export const OUTCOME_LABELS: Record<string, string> = OUTCOMES
export const FLAG_LABELS: Record<string, string> = RISK_FLAGS
/** taxonomy §2, for the centre's recategorise form. */
export const SUBTYPE_LABELS: Record<string, string> = SUBTYPES

/** Colour family of a status chip: blue = on its way, orange = needs attention, green = done, grey = stopped. */
export function statusTone(status: string): 'blue' | 'orange' | 'green' | 'grey' | 'red' {
  switch (status) {
    case 'resolved':
    case 'visited':
    case 'rated':
    case 'closed':
      return 'green'
    case 'triage':
    case 'waiting':
    case 'reopened':
      return 'orange'
    case 'escalated':
      return 'red'
    case 'rejected':
    case 'withdrawn':
      return 'grey'
    default:
      return 'blue'
  }
}

export function statusLabel(status: string, given?: string | null): string {
  return given || STATUS_LABELS[status] || status
}

/** The five steps residents are told about: 接、约、办、访、评 (taxonomy §6; core/workflow/states.ts STEPS). */
export const PHASES = [
  { key: 'jie', label: '接', title: '受理' },
  { key: 'yue', label: '约', title: '联系' },
  { key: 'ban', label: '办', title: '处置' },
  { key: 'fang', label: '访', title: '回访' },
  { key: 'ping', label: '评', title: '评价' }
] as const
export type PhaseKey = (typeof PHASES)[number]['key']

export function phaseOf(status: string | null | undefined): PhaseKey {
  switch (status) {
    case 'accepted':
    case 'waiting':
      return 'yue'
    case 'in_progress':
    case 'escalated':
    case 'transferred':
    case 'resolved':
    case 'reopened':
      return 'ban'
    case 'visited':
      return 'fang'
    case 'rated':
    case 'closed':
      return 'ping'
    default:
      return 'jie'
  }
}

export const ACTION_LABELS: Record<string, string> = {
  create: '提交反映',
  submit: '提交反映',
  classify: '自动分类',
  assign: '分派网格员',
  triage: '转人工分拣',
  recategorize: '重新分类',
  accept: '网格员接单',
  start: '开始处置',
  wait: '请您补充信息',
  resume: '继续处置',
  return: '退回分拣',
  followup: '补充说明',
  resolve: '办结',
  escalate: '上报',
  transfer: '转办',
  reject: '不予受理',
  withdraw: '撤回',
  visit: '回访',
  rate: '评价',
  close: '结案',
  reopen: '重新办理',
  remind: '提醒',
  overdue: '超时提醒'
}

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  household_leader: '联户长',
  grid_worker: '网格员',
  grid_leader: '网格长',
  centre_staff: '综治中心',
  county_staff: '县级中心'
}

