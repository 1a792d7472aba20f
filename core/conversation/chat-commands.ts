import { TICKET_PATTERN } from '../reports/ticket.js';
import { COMMAND_USAGE } from './replies.js';

/** The worker commands and the workflow action each one takes. */
export const TASK_COMMANDS = {
  接单: 'accept',
  处理中: 'start',
  办结: 'resolve',
  上报: 'escalate',
  转办: 'transfer',
  退回: 'return',
} as const;
export type TaskAction = (typeof TASK_COMMANDS)[keyof typeof TASK_COMMANDS];

/** Actions that cannot be taken without words after the ticket (the reason, the result, the department). */
const NEEDS_NOTE: readonly TaskAction[] = ['resolve', 'escalate', 'transfer', 'return'];

/** Fixed phrases the bot understands without the classifier. */
export type ChatCommand =
  | { kind: 'help' }
  | { kind: 'my_tasks' }
  | { kind: 'group_month' }
  | { kind: 'task'; action: TaskAction; ticket: string; note: string }
  | { kind: 'malformed_task'; usage: string }
  | { kind: 'status'; ticket: string | null }
  | { kind: 'withdraw' }
  | { kind: 'rate'; stars: number }
  | { kind: 'says_fixed' }
  | { kind: 'unsatisfied'; reason: string }
  | { kind: 'privacy' }
  | { kind: 'delete_me' };

const TASK = new RegExp(`^(${Object.keys(TASK_COMMANDS).join('|')})[\\s:：]*(.*)$`, 'su');
const TASK_TICKET = new RegExp(`^(${TICKET_PATTERN.source}|\\d{1,6})(?![\\d-])[\\s,，:：]*(.*)$`, 'su');
const STATUS_WORDS = /^(进度|查进度|查询进度|查询)$/u;
const STARS = /^([1-5一二三四五])\s*(?:星|颗星|分)$/u;
const CHINESE_DIGITS = '一二三四五';
const UNSATISFIED = /^(?:不满意|没解决|没有解决|还没解决|没修好)[\s,，。！!:：]*(.*)$/su;

export function parseCommand(raw: string): ChatCommand | null {
  const text = raw.trim();
  if (/^(帮助|help|菜单|怎么用|[?？])$/iu.test(text)) return { kind: 'help' };
  if (/^我的任务$/u.test(text)) return { kind: 'my_tasks' };
  if (/^(隐私|隐私说明|隐私政策|个人信息保护)$/u.test(text)) return { kind: 'privacy' };
  if (/^(删除我的信息|删除我的个人信息|删除个人信息|注销账号|注销我的账号)[。.!！]*$/u.test(text)) return { kind: 'delete_me' };
  if (/^(本月|本月反映|这个月)$/u.test(text)) return { kind: 'group_month' };
  const task = TASK.exec(text);
  if (task) return parseTask(TASK_COMMANDS[task[1] as keyof typeof TASK_COMMANDS], task[2]!.trim());
  if (STATUS_WORDS.test(text)) return { kind: 'status', ticket: null };
  const ticket = TICKET_PATTERN.exec(text);
  if (ticket && text.length <= ticket[0].length + 8) return { kind: 'status', ticket: ticket[0] };
  if (/不用处理了|不需要处理|不用管了|撤回|撤销反映/u.test(text)) return { kind: 'withdraw' };
  return parseRating(text);
}

function parseTask(action: TaskAction, rest: string): ChatCommand {
  const usage = COMMAND_USAGE[action];
  const m = TASK_TICKET.exec(rest);
  if (!m) return { kind: 'malformed_task', usage };
  const note = m[2]!.trim();
  if (NEEDS_NOTE.includes(action) && note === '') return { kind: 'malformed_task', usage };
  return { kind: 'task', action, ticket: m[1]!, note };
}

function parseRating(text: string): ChatCommand | null {
  if (/^(非常)?满意[!！。.]*$/u.test(text)) return { kind: 'rate', stars: 5 };
  const stars = STARS.exec(text)?.[1];
  if (stars) return { kind: 'rate', stars: CHINESE_DIGITS.includes(stars) ? CHINESE_DIGITS.indexOf(stars) + 1 : Number(stars) };
  if (/^★{1,5}$/u.test(text)) return { kind: 'rate', stars: text.length };
  if (/^(已解决|解决了|已经解决了?)[!！。.]*$/u.test(text)) return { kind: 'says_fixed' };
  const unsatisfied = UNSATISFIED.exec(text);
  if (unsatisfied) return { kind: 'unsatisfied', reason: unsatisfied[1]!.trim() };
  return null;
}

/** Answers to a yes/no offer, matched loosely as people type them. */
export function answersYes(text: string): boolean {
  return /^(要|要的|需要|好|好的|可以|行|嗯|是|是的|麻烦了|帮我登记|登记吧?)[!！。.吧啊呀]*$/u.test(text.trim());
}

export function answersNo(text: string): boolean {
  return /^(不要|不用|不需要|算了|不了|先不用)/u.test(text.trim());
}

/** 「2」 after a numbered list: the 1-based choice, or null. */
export function pickedNumber(text: string): number | null {
  const m = /^(\d{1,2})[.。、]?$/u.exec(text.trim());
  return m ? Number(m[1]) : null;
}

export function typedPhone(text: string): string | null {
  const m = /^(1[3-9]\d{9})$/u.exec(text.replace(/[\s-]/g, ''));
  return m ? m[1]! : null;
}
