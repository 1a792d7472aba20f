import { createApp } from '../api/app.js';
import { loadConfig } from '../core/config.js';
import { createRuntime } from '../app/runtime.js';
import { issueToken } from '../api/middleware/auth.js';
import { helloWorldBaseline, listen, measure } from './support/http.js';

/**
 * Report submission throughput and latency on loopback, next to a Hono hello-world in the same
 * run. Uses an in-memory PGlite (or DATABASE_URL) and the local Redis with its own queue prefix.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

const config = loadConfig({
  ...process.env,
  PGLITE_DIR: process.env.DATABASE_URL ? 'unused' : 'memory://',
  QUEUE_PREFIX: `bench-${Date.now()}`,
  // Every request here is a different report from a demo resident: the abuse limits would refuse most.
  RATE_INTAKE_PER_PERSON: '1000000',
  RATE_INTAKE_PER_IP: '1000000',
  LOG_LEVEL: 'warn',
});
const runtime = await createRuntime(config);
runtime.startWorkers();
const residents = (await runtime.ctx.repos.people.list()).filter((p) => p.roles.includes('resident'));
const tokens = await Promise.all(residents.map((p) => issueToken(runtime.ctx, p.id)));

const intakeServer = await listen(createApp(runtime.ctx).fetch);

console.error(`engine: ${config.DATABASE_URL ? 'PostgreSQL' : 'PGlite (memory)'}; ${DURATION_S}s × ${CONNECTIONS} connections each`);
const baseline = await helloWorldBaseline({ duration: DURATION_S, connections: CONNECTIONS });
const intake = await measure(
  'POST /api/reports',
  { duration: DURATION_S, connections: CONNECTIONS, url: `${intakeServer.url}/api/reports`, method: 'POST' },
  { tokens, firstNumber: 0 },
);
console.log(JSON.stringify({ 'intake/hello-world req/s ratio': Number((intake['req/s'] / baseline['req/s']).toFixed(3)) }));

intakeServer.server.close();
await runtime.close();
process.exit(0);
