import { parseArgs } from 'node:util';
import { createApp } from '../api/app.js';
import { issueToken } from '../api/middleware/auth.js';
import { createRuntime } from '../app/runtime.js';
import { loadConfig } from '../core/config.js';
import { createPostgresDatabase, type TestDatabase } from '../test/support/databases.js';
import { startOwnRedis } from '../test/support/redis-server.js';
import { startWorkerProcess, type WorkerProcess } from '../test/support/worker-process.js';
import { rawInsertRate, redisBenchmark } from './support/anchors.js';
import { helloWorldBaseline, listen, measure, type LoadRow } from './support/http.js';
import { endToEnd, lastReportId, waitUntilRouted } from './support/pipeline-progress.js';
import { createBenchResidents } from './support/residents.js';

/**
 * The whole pipeline under load: BENCH_REPORTS submissions through the API, classified, routed and
 * notified, on a private redis-server and an in-memory PGlite (or a fresh PostgreSQL database when
 * DATABASE_URL is set). Prints the run next to anchors measured on the same machine in the same
 * run: a Hono hello-world, redis-benchmark SET/GET and raw single-row INSERTs on the same engine.
 *   npm run bench:pipeline [-- --workers N]   (N worker processes, PostgreSQL only; API-only here)
 */
const { values: args } = parseArgs({ options: { workers: { type: 'string', default: '0' } } });
const WORKER_PROCESSES = Number(args.workers);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 500);
const FIXED_RATE = Number(process.env.BENCH_FIXED_RATE ?? 1000);
/**
 * The fixed rate is offered over a few keep-alive connections, as a reverse proxy's upstream pool
 * would, and again over CONNECTIONS: autocannon paces each connection on its own timer, so with 50
 * the requests arrive in synchronised bursts of 50 — both figures are printed.
 */
const FIXED_CONNECTIONS = Number(process.env.BENCH_FIXED_CONNECTIONS ?? 10);
const FIXED_SECONDS = Number(process.env.BENCH_FIXED_SECONDS ?? 5);
const ANCHOR_SECONDS = Number(process.env.BENCH_ANCHOR_SECONDS ?? 5);

const adminUrl = process.env.DATABASE_URL;
if (WORKER_PROCESSES > 0 && !adminUrl) throw new Error('--workers needs DATABASE_URL: PGlite allows one process');

const redis = await startOwnRedis();
const pgDatabase: TestDatabase | null = adminUrl ? await createPostgresDatabase(adminUrl, 'gm_bench') : null;
const prefix = `bench-${Date.now()}`;
const config = loadConfig({
  ...process.env,
  DATABASE_URL: pgDatabase?.url ?? undefined,
  PGLITE_DIR: 'memory://',
  REDIS_URL: redis.url,
  QUEUE_PREFIX: prefix,
  LOG_LEVEL: 'warn',
  RATE_INTAKE_PER_PERSON: '1000000',
  RATE_INTAKE_PER_IP: '1000000',
});
const engine = pgDatabase ? 'PostgreSQL' : 'PGlite (memory)';
const runtime = await createRuntime(config);
const { ctx } = runtime;
const children: WorkerProcess[] = [];
const shutdown = async () => {
  await Promise.all(children.map((c) => c.kill('SIGTERM')));
  await runtime.close();
  await pgDatabase?.drop();
  await redis.stop();
};

try {
  console.error(`engine: ${engine}; ${REPORTS} reports, ${CONNECTIONS} connections, workers: ${WORKER_PROCESSES || 'in process'}`);
  const residents = await createBenchResidents(ctx, RESIDENTS);
  const tokens = await Promise.all(residents.map((p) => issueToken(ctx, p.id)));

  // Anchors first, on a quiet machine, with the same connection counts as the real run.
  const hello = await helloWorldBaseline({ duration: ANCHOR_SECONDS, connections: CONNECTIONS });
  const redisRates = await redisBenchmark(redis.url);
  console.log(JSON.stringify({ 'redis-benchmark': redisRates }));
  const rawInserts = await rawInsertRate(pgDatabase?.db ?? ctx.db, Math.min(REPORTS, 10_000), CONNECTIONS);
  console.log(JSON.stringify({ 'raw INSERT/s': rawInserts }));

  if (WORKER_PROCESSES > 0) {
    for (let i = 1; i <= WORKER_PROCESSES; i += 1) {
      const env = { DATABASE_URL: config.DATABASE_URL, REDIS_URL: redis.url, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn' };
      children.push(await startWorkerProcess(env, async () => (await ctx.queues.queues.classify.getWorkersCount()) >= i));
    }
  } else {
    runtime.startWorkers();
  }
  const server = await listen(createApp(ctx).fetch);
  const submission = { url: `${server.url}/api/reports`, method: 'POST', connections: CONNECTIONS } as const;
  // Each run numbers its texts past the previous ones', so no report repeats an earlier one.
  const reports = (run: number) => ({ tokens, firstNumber: run * 1_000_000 });

  // 1. Throughput: all reports as fast as the API takes them, then until every one is routed.
  const before = await lastReportId(ctx.db);
  const intake = await measure('POST /api/reports (max rate)', { ...submission, amount: REPORTS }, reports(0));
  const range = { after: before, upTo: await lastReportId(ctx.db) };
  await waitUntilRouted(ctx.db, range, 10 * 60_000);
  const e2e = await endToEnd(ctx.db, range);
  console.log(JSON.stringify({ 'end to end': e2e }));

  // 2. Submission latency at a fixed offered rate, with the pipeline working behind it.
  const fixed: LoadRow[] = [];
  for (const [i, connections] of [FIXED_CONNECTIONS, CONNECTIONS].entries()) {
    const before2 = await lastReportId(ctx.db);
    const name = `POST /api/reports at ${FIXED_RATE}/s over ${connections} connections`;
    fixed.push(await measure(name, { ...submission, connections, overallRate: FIXED_RATE, duration: FIXED_SECONDS }, reports(i + 1)));
    await waitUntilRouted(ctx.db, { after: before2, upTo: await lastReportId(ctx.db) }, 10 * 60_000);
  }
  server.server.close();

  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(3) : 'n/a');
  const table = [
    ['figure', 'value', 'anchor (same run)', 'ratio'],
    ['submissions/s', intake['req/s'], `hello-world ${hello['req/s']} req/s`, ratio(intake['req/s'], hello['req/s'])],
    ['submissions/s vs raw INSERT', intake['req/s'], `raw INSERT ${rawInserts}/s`, ratio(intake['req/s'], rawInserts)],
    ['end-to-end reports/s', e2e.throughput, `redis SET ${redisRates.set}/s`, ratio(e2e.throughput, redisRates.set)],
    ['end-to-end reports/s vs raw INSERT', e2e.throughput, `raw INSERT ${rawInserts}/s`, ratio(e2e.throughput, rawInserts)],
    ['submit → routed p50 / p99 ms', `${e2e.p50Ms} / ${e2e.p99Ms}`, `redis GET ${redisRates.get}/s`, ''],
    ...fixed.map((row, i) => [
      `submission p50 / p99 ms at ${FIXED_RATE}/s, ${i === 0 ? FIXED_CONNECTIONS : CONNECTIONS} connections`,
      `${row['p50 ms']} / ${row['p99 ms']}`,
      `hello-world p99 ${hello['p99 ms']} ms`,
      `${row['req/s']} req/s served`,
    ]),
    ['routed as', JSON.stringify(e2e.byStatus), '', ''],
    ['errors / non-2xx', `${[intake, ...fixed].reduce((n, r) => n + r.errors, 0)} / ${[intake, ...fixed].reduce((n, r) => n + r.non2xx, 0)}`, '', ''],
  ];
  console.log(`\n${engine}, ${REPORTS} reports, ${RESIDENTS} residents, workers: ${WORKER_PROCESSES || 'in the API process'}`);
  for (const [i, row] of table.entries()) {
    console.log(`| ${row.join(' | ')} |`);
    if (i === 0) console.log(`|${row.map(() => '---').join('|')}|`);
  }
} finally {
  await shutdown();
}
process.exit(0);
