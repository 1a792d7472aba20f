import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTION_NAMES, type ActionName, type Relation } from '../../core/workflow/actions.js';
import { REPORT_STATUS_CODES, FINAL_STATUSES, type ReportStatus } from '../../core/workflow/states.js';
import { planTransition, type TransitionInput } from '../../core/workflow/transition.js';
import { AppError } from '../../core/errors/app-error.js';

const FULL_INPUT: TransitionInput = { note: '已处理', assigneeId: 7, to: '消防', outcome: 'fixed', duplicateOf: 1 };

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'NOT_APP_ERROR';
  }
}

describe('workflow table: every action from every state', () => {
  for (const action of ACTION_NAMES) {
    const rule = ACTIONS[action];
    const allowedBy = rule.by[0] as Relation;
    for (const status of REPORT_STATUS_CODES) {
      const legal = (rule.from as readonly ReportStatus[]).includes(status);
      it(`${action} from ${status} is ${legal ? `allowed → ${rule.to}` : 'refused'}`, () => {
        if (legal) expect(planTransition(status, action, [allowedBy], FULL_INPUT)).toBe(rule.to);
        else expect(errorCode(() => planTransition(status, action, [allowedBy], FULL_INPUT))).toBe('ILLEGAL_TRANSITION');
      });
    }
  }
});

describe('who may act', () => {
  const cases: Array<[ActionName, ReportStatus, Relation, boolean]> = [
    ['accept', 'assigned', 'assignee', true],
    ['accept', 'assigned', 'reporter', false],
    ['resolve', 'in_progress', 'reporter', false],
    ['resolve', 'in_progress', 'assignee', true],
    ['withdraw', 'assigned', 'reporter', true],
    ['withdraw', 'assigned', 'assignee', false],
    ['rate', 'resolved', 'reporter', true],
    ['rate', 'resolved', 'centre', false],
    ['reject', 'triage', 'centre', true],
    ['reject', 'triage', 'assignee', false],
    ['close', 'resolved', 'assignee', false],
    ['assign', 'triage', 'centre', true],
    ['assign', 'triage', 'reporter', false],
    ['return', 'assigned', 'assignee', true],
  ];
  for (const [action, status, relation, allowed] of cases) {
    it(`${relation} ${allowed ? 'may' : 'may not'} ${action} a ${status} report`, () => {
      const code = errorCode(() => planTransition(status, action, [relation], FULL_INPUT));
      expect(code).toBe(allowed ? null : 'FORBIDDEN');
    });
  }
});

describe('required fields', () => {
  it('refuses reject, escalate, return and reopen without a reason', () => {
    expect(errorCode(() => planTransition('triage', 'reject', ['centre'], {}))).toBe('BAD_INPUT');
    expect(errorCode(() => planTransition('in_progress', 'escalate', ['assignee'], { note: '  ' }))).toBe('BAD_INPUT');
    expect(errorCode(() => planTransition('assigned', 'return', ['assignee'], {}))).toBe('BAD_INPUT');
    expect(errorCode(() => planTransition('resolved', 'reopen', ['reporter'], {}))).toBe('BAD_INPUT');
  });
  it('refuses a transfer without the receiving body and a close without an outcome', () => {
    expect(errorCode(() => planTransition('accepted', 'transfer', ['assignee'], { note: 'x' }))).toBe('BAD_INPUT');
    expect(errorCode(() => planTransition('resolved', 'close', ['system'], {}))).toBe('BAD_INPUT');
  });
  it('tells the person in Chinese what is missing', () => {
    try {
      planTransition('triage', 'reject', ['centre'], {});
    } catch (error) {
      expect((error as AppError).userMessage).toContain('原因');
    }
  });
});

describe('final states', () => {
  it('allow no action at all, except undoing a merge of a duplicate', () => {
    for (const status of FINAL_STATUSES) {
      for (const action of ACTION_NAMES.filter((a) => !(a === 'unmerge' && status === 'closed'))) {
        expect(errorCode(() => planTransition(status, action, ['system', 'centre', 'county', 'reporter', 'assignee'], FULL_INPUT))).toBe(
          'ILLEGAL_TRANSITION',
        );
      }
    }
  });
  it('the happy path 接、约、办、访、评 reaches closed', () => {
    const path: Array<[ActionName, Relation]> = [
      ['assign', 'system'],
      ['accept', 'assignee'],
      ['start', 'assignee'],
      ['resolve', 'assignee'],
      ['visit', 'reporter'],
      ['rate', 'reporter'],
      ['close', 'system'],
    ];
    let status: ReportStatus = 'received';
    for (const [action, relation] of path) status = planTransition(status, action, [relation], FULL_INPUT);
    expect(status).toBe('closed');
  });
});
