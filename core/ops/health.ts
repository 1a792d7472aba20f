import { sql } from 'kysely';
import type { AppContext } from '../context.js';

export interface Health {
  ok: boolean;
  database: boolean;
  redis: boolean;
  /** Workers connected per queue (BullMQ names its worker connections). */
  workers: Record<string, number>;
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref())]);
}

async function succeeds(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await withTimeout(check());
    return true;
  } catch {
    return false;
  }
}

/** Liveness of what a report needs: the database, Redis, and at least one worker on every stage. */
export async function checkHealth(ctx: AppContext): Promise<Health> {
  const [database, redis] = await Promise.all([
    succeeds(() => sql`select 1`.execute(ctx.db)),
    succeeds(() => ctx.queues.queues.classify.getJobCounts('waiting')),
  ]);
  const workers: Record<string, number> = {};
  if (redis) {
    for (const [name, queue] of Object.entries(ctx.queues.queues)) {
      workers[name] = await withTimeout(queue.getWorkersCount()).catch(() => 0);
    }
  }
  const ok = database && redis && Object.values(workers).every((n) => n > 0);
  return { ok, database, redis, workers };
}
