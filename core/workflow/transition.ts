import { AppError } from '../errors/app-error.js';
import { ACTIONS, type ActionName, type ActionRule, type Relation, type RequiredField } from './actions.js';
import { REPORT_STATUSES, type ReportStatus } from './states.js';

export interface TransitionInput {
  note?: string | undefined;
  assigneeId?: number | undefined;
  to?: string | undefined;
  outcome?: string | undefined;
  /** The report this one duplicates (its id), for `follow` and `merge`. */
  duplicateOf?: number | undefined;
}

/**
 * Checks one action against the workflow table: is it allowed from this state, by someone
 * with these relations to the report, with what it needs? Returns the next state or throws.
 */
export function planTransition(
  status: ReportStatus,
  action: ActionName,
  relations: readonly Relation[],
  input: TransitionInput,
): ReportStatus {
  const rule: ActionRule = ACTIONS[action];
  if (!rule.by.some((r) => relations.includes(r))) {
    throw new AppError('FORBIDDEN', `relations [${relations.join(',')}] may not ${action}`);
  }
  if (!rule.from.includes(status)) {
    throw new AppError('ILLEGAL_TRANSITION', `cannot ${action} a report in state ${status}`, {
      userMessage: `这条反映目前「${REPORT_STATUSES[status]}」，不能${rule.label}。`,
      details: { status, action },
    });
  }
  const missing = rule.requires.filter((field) => isBlank(input[field]));
  if (missing.length > 0) {
    throw new AppError('BAD_INPUT', `${action} requires ${missing.join(', ')}`, {
      userMessage: `${rule.label}需要填写：${missing.map((f) => FIELD_LABELS[f]).join('、')}。`,
      details: { missing },
    });
  }
  return rule.to;
}

function isBlank(value: string | number | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

const FIELD_LABELS: Record<RequiredField, string> = {
  note: '说明或原因',
  assigneeId: '处理人',
  to: '转办单位',
  outcome: '关闭结果',
  duplicateOf: '重复的原反映',
};

