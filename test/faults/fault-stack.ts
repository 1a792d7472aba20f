import { expect } from 'vitest';
import { loadConfig } from '../../core/config.js';
import { openDatabase } from '../../core/storage/database.js';
import { createClassifier } from '../../core/understanding/create-classifier.js';
import { POSTGRES_ADMIN_URL, createPostgresDatabase, type Engine, type TestDatabase } from '../support/databases.js';
import { startOwnRedis, type OwnRedis } from '../support/redis-server.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { eventually, startTestStack, type TestStack } from '../support/test-stack.js';

export interface FaultStack {
  stack: TestStack;
  redis: OwnRedis;
  /** In front of PostgreSQL (null on PGlite): the stack's pool connects through it. */
  proxy: TcpProxy | null;
  /** The database reached directly, for child processes and for checks while the proxy is cut. */
  directUrl: string | null;
  close(): Promise<void>;
}

/** Fast stalled-job recovery, so a killed worker's jobs come back in seconds, not 30 s. */
export const FAST_RECOVERY_ENV = { WORKER_LOCK_DURATION_MS: '2000', WORKER_STALLED_INTERVAL_MS: '1000' };

/**
 * A gridmate on its own redis-server (free port) and, with PostgreSQL, a fresh database behind a
 * TCP proxy the test can cut; the real offline classifier, so worker processes agree with it.
 * close() is safe to call after a failure half-way and stops every child it started.
 */
export async function startFaultStack(engine: Engine, options: { workers: boolean; env?: NodeJS.ProcessEnv }): Promise<FaultStack> {
  const redis = await startOwnRedis();
  let proxy: TcpProxy | null = null;
  let direct: TestDatabase | null = null;
  let database: TestDatabase | undefined;
  if (engine === 'postgres') {
    direct = await createPostgresDatabase(POSTGRES_ADMIN_URL, 'gm_fault');
    const url = new URL(direct.url!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(proxy.port);
    const db = openDatabase({ kind: 'postgres', url: url.toString() });
    const real = direct;
    database = { db, url: url.toString(), drop: async () => db.destroy().then(() => real.drop()) };
  }
  const classifier = createClassifier(loadConfig({}), { offline: true });
  const stack = await startTestStack(engine, {
    classifier,
    workers: options.workers,
    triageThreshold: 0.5,
    env: { REDIS_URL: redis.url, ...FAST_RECOVERY_ENV, ...options.env },
    ...(database ? { database } : {}),
  });
  return {
    stack,
    redis,
    proxy,
    directUrl: direct?.url ?? null,
    async close() {
      proxy?.restore();
      await stack.close().catch(() => undefined);
      await proxy?.close();
      await redis.stop();
    },
  };
}

/** Every text was stored exactly once, ends assigned, and its timeline is submit → classify → assign once each. */
export async function expectEachOnceAndAssigned(stack: TestStack, texts: readonly string[], timeoutMs = 60_000): Promise<void> {
  const { db } = stack.ctx;
  await eventually(
    async () => {
      const open = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'received').executeTakeFirstOrThrow();
      return Number(open.n) === 0;
    },
    timeoutMs,
    200,
  );
  const rows = await db.selectFrom('reports').select(['id', 'raw_text', 'status']).where('raw_text', 'in', [...texts]).execute();
  const perText = new Map<string, number>();
  for (const r of rows) perText.set(r.raw_text, (perText.get(r.raw_text) ?? 0) + 1);
  expect(texts.filter((t) => perText.get(t) !== 1)).toEqual([]);
  expect(rows.filter((r) => r.status !== 'assigned')).toEqual([]);
  const events = await db
    .selectFrom('report_events')
    .select(['report_id', 'action'])
    .where('report_id', 'in', rows.map((r) => r.id))
    .orderBy('id')
    .execute();
  const timelines = new Map<number, string[]>();
  for (const e of events) timelines.set(e.report_id, [...(timelines.get(e.report_id) ?? []), e.action]);
  const wrong = rows.filter((r) => (timelines.get(r.id) ?? []).join(',') !== 'submit,classify,assign');
  expect(wrong.map((r) => ({ id: r.id, timeline: timelines.get(r.id) }))).toEqual([]);
}

/** Submits a report as one of the demo residents; returns the HTTP status and the parsed body. */
export async function submit(stack: TestStack, headers: Record<string, string>, text: string, idempotencyKey?: string) {
  const res = await stack.app.request('/api/reports', {
    method: 'POST',
    body: JSON.stringify({ text }),
    headers: idempotencyKey ? { ...headers, 'idempotency-key': idempotencyKey } : headers,
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

export const RESIDENTS = ['13700000301', '13700000302', '13700000303', '13700000304', '13700000305', '13700000306'];
