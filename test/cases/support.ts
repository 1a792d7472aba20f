import type { Job } from 'bullmq';
import type { MessageDetails, Understanding } from '../../core/understanding/understanding.js';
import { eventually, type TestStack } from '../support/test-stack.js';

/** Demo people (core/seed/demo-town.ts). */
export const PHONES = {
  county: '13800000001',
  centreCG: '13800000002',
  centreSQ: '13800000004',
  chenDaye: '13700000301', // 陈大爷, 幸福小区5栋2单元 (CG-01)
  linXiaoyu: '13700000302', // 林小雨, 幸福小区2栋 (CG-01)
  guoGuizhi: '13700000303', // 郭桂芝, 幸福小区9栋 (CG-02)
} as const;

export function understanding(answer: Partial<Omit<Understanding, 'details'>> & { details?: Partial<MessageDetails> }): Partial<Understanding> {
  const details: MessageDetails = { place: null, parties: [], peopleCount: null, phones: [], timeWords: [], tickets: [], forwarded: false, onBehalfOf: null, ...answer.details };
  return { ...answer, details };
}

/** Thin HTTP helpers over one test stack. */
export function caseApi(stack: TestStack) {
  const call = async (phone: string, path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await stack.app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: await stack.as(phone),
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const text = await res.text();
    return { status: res.status, text, json: (text.startsWith('{') ? JSON.parse(text) : null) as any };
  };
  const api = {
    call,
    submit: async (phone: string, body: Record<string, unknown>) => (await call(phone, '/api/reports', { body })).json.report as { id: number; ticket: string },
    detail: async (phone: string, ticket: string) => (await call(phone, `/api/reports/${ticket}`)).json,
    act: (phone: string, ticket: string, body: Record<string, unknown>) => call(phone, `/api/reports/${ticket}/actions`, { body }),
    row: async (id: number) => (await stack.ctx.repos.reports.findById(id))!,
    waitFor: (id: number, status: string) =>
      eventually(async () => {
        const row = await stack.ctx.repos.reports.findById(id);
        return row?.status === status && row;
      }),
    phoneOf: async (personId: number | null) => (await stack.ctx.repos.people.findById(personId ?? -1))!.phone!,
    events: async (id: number) => (await stack.ctx.repos.reports.timeline(id)).map((e) => e.action),
    timer: (id: string) => stack.ctx.queues.queues.timers.getJob(id) as Promise<Job | undefined>,
    /** Runs a delayed timer now, as if its time had come, and waits until the worker has finished it. */
    fire: async (id: string) => {
      const job = await api.timer(id);
      if (!job) throw new Error(`no timer ${id}`);
      await job.promote();
      await eventually(async () => (await api.timer(id)) === undefined, 8000);
    },
  };
  return api;
}
