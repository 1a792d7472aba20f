import { setPriority } from 'node:os';
import { loadConfig } from '../core/config.js';
import { createRuntime } from './runtime.js';
import { isQueueName } from '../core/queue/names.js';

/**
 * A pipeline worker process on its own: only with PostgreSQL, since embedded PGlite allows one process.
 * It needs few connections for its batches, and a small pool leaves the database's CPU to intake.
 */
const WORKER_POOL_MAX = '2';
const config = loadConfig({ ...process.env, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? WORKER_POOL_MAX });
if (!config.DATABASE_URL) {
  console.error('npm run worker needs DATABASE_URL (PostgreSQL). In embedded mode the workers run inside `npm start`.');
  process.exit(2);
}
// WORKER_STAGES=classify,route,timers when the bot runs as its own process and delivers (notify) itself.
const stages = process.env.WORKER_STAGES?.split(',').map((s) => s.trim()).filter(isQueueName);
// Background work yields to latency-sensitive processes (the API) on the same machine.
setPriority(config.WORKER_NICE);
const runtime = await createRuntime(config);
runtime.startWorkers(stages);
const stop = async () => {
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
