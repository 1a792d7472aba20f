import { describe, expect, it } from 'vitest';
import { answersNo, answersYes, parseCommand } from '../../core/conversation/chat-commands.js';
import { decidePlace } from '../../core/conversation/report-place.js';
import type { GridRow } from '../../core/storage/schema.js';

describe('parseCommand', () => {
  it('reads the worker commands with short or full tickets and their notes', () => {
    expect(parseCommand('接单 0007')).toEqual({ kind: 'task', action: 'accept', ticket: '0007', note: '' });
    expect(parseCommand('处理中 0007 已联系物业')).toEqual({ kind: 'task', action: 'start', ticket: '0007', note: '已联系物业' });
    expect(parseCommand('办结 GX20261122-0007 已清理通道')).toEqual({ kind: 'task', action: 'resolve', ticket: 'GX20261122-0007', note: '已清理通道' });
    expect(parseCommand('转办 7 消防')).toEqual({ kind: 'task', action: 'transfer', ticket: '7', note: '消防' });
    expect(parseCommand('我的任务')).toEqual({ kind: 'my_tasks' });
  });

  it('calls a command malformed when the ticket or a required reason is missing', () => {
    expect(parseCommand('办结 0007')).toEqual({ kind: 'malformed_task', usage: '办结 0007 已清理通道' });
    expect(parseCommand('上报')).toEqual({ kind: 'malformed_task', usage: '上报 0007 原因' });
    expect(parseCommand('接单 明天')).toEqual({ kind: 'malformed_task', usage: '接单 0007' });
  });

  it('reads ratings, withdrawals and status words, and leaves free text to the classifier', () => {
    expect(parseCommand('满意')).toEqual({ kind: 'rate', stars: 5 });
    expect(parseCommand('4星')).toEqual({ kind: 'rate', stars: 4 });
    expect(parseCommand('三分')).toEqual({ kind: 'rate', stars: 3 });
    expect(parseCommand('不满意，垃圾还在')).toEqual({ kind: 'unsatisfied', reason: '垃圾还在' });
    expect(parseCommand('不用处理了，已经好了')).toEqual({ kind: 'withdraw' });
    expect(parseCommand('GX20261122-0007')).toEqual({ kind: 'status', ticket: 'GX20261122-0007' });
    expect(parseCommand('楼上天天半夜装修，吵得睡不着')).toBeNull();
  });

  it('matches yes and no loosely', () => {
    expect(answersYes('要')).toBe(true);
    expect(answersYes('好的！')).toBe(true);
    expect(answersNo('不用了谢谢')).toBe(true);
    expect(answersYes('不要')).toBe(false);
  });
});

describe('decidePlace', () => {
  const grids = [{ id: 1, township_id: 1, code: 'CG-01', name: '一网格', areas: ['幸福小区1-5栋', '幸福路'], boundary: null }] as GridRow[];

  it('knows a place that names a grid area, or one said relative to a known home', () => {
    expect(decidePlace({ text: '幸福小区5栋楼道堆满杂物', place: '幸福小区5栋', homeAddress: null }, grids)).toEqual({ kind: 'known', address: null });
    expect(decidePlace({ text: '楼上漏水', place: '楼上', homeAddress: '幸福小区3栋' }, grids)).toEqual({ kind: 'known', address: '幸福小区3栋' });
  });

  it('asks when the place is missing, unknown, or relative with no home on file', () => {
    expect(decidePlace({ text: '路灯坏了', place: null, homeAddress: '幸福小区3栋' }, grids)).toEqual({ kind: 'ask' });
    expect(decidePlace({ text: '幸福小区门口垃圾', place: '幸福小区', homeAddress: null }, grids)).toEqual({ kind: 'ask' });
    expect(decidePlace({ text: '楼上漏水', place: '楼上', homeAddress: null }, grids)).toEqual({ kind: 'ask' });
  });
});
