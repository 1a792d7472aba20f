import type { AppContext } from '../context.js';
import { scheduleTimers } from '../cases/schedule-timers.js';

export interface ReconcileResult {
  classify: number;
  route: number;
  notify: number;
  timers: number;
}

/** Timers are re-set in slices this size: one query and one Redis round trip each. */
const TIMER_SLICE = 200;

/**
 * The database is the truth, Redis only holds work in flight: anything stored but not carried
 * through (Redis restarted or flushed, an enqueue that failed) is queued again. Job ids make a
 * repeat harmless while the original job still exists, and every stage re-reads before acting.
 * Timers: every open report's on the first pass and whenever Redis lost its marker (a flush or a
 * restart without persistence); otherwise only those of reports changed since the last pass, which
 * covers a change whose timers could not be set at the time.
 */
export async function reconcile(ctx: AppContext, graceMs = 15_000): Promise<ReconcileResult> {
  const now = ctx.clock.now();
  const before = new Date(now.getTime() - graceMs);
  const stuck = await ctx.repos.reports.listUnrouted(before);
  const unclassified = stuck.filter((r) => r.intent === null);
  const unrouted = stuck.filter((r) => r.intent !== null);
  await ctx.queues.classify(unclassified);
  await ctx.queues.route(unrouted);
  const unsent = await ctx.repos.outbox.unsent(before);
  await ctx.queues.notify(unsent.map((m) => m.id));

  const marker = `${ctx.config.QUEUE_PREFIX}:timers-synced-at`;
  // The shared connection refuses commands until it is ready: at start-up, wait for it like the queues do.
  await ctx.queues.queues.timers.waitUntilReady();
  const syncedAt = await ctx.redis.get(marker);
  // Wall-clock time, like the rows' updated_at it is compared with.
  const passStartedAt = Date.now();
  // Reports changed since a little before the last pass: a change committed while it ran is not missed.
  const since = syncedAt === null ? null : new Date(Number(syncedAt) - graceMs);
  const timed = await ctx.repos.reports.listTimed(since);
  for (let i = 0; i < timed.length; i += TIMER_SLICE) await scheduleTimers(ctx, timed.slice(i, i + TIMER_SLICE));
  await ctx.redis.set(marker, String(passStartedAt));
  return { classify: unclassified.length, route: unrouted.length, notify: unsent.length, timers: timed.length };
}
