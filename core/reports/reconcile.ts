import type { AppContext } from '../context.js';
import { scheduleTimers } from '../cases/schedule-timers.js';

export interface ReconcileResult {
  classify: number;
  route: number;
  notify: number;
}

/**
 * The database is the truth, Redis only holds work in flight: anything stored but not carried
 * through (Redis restarted or flushed, an enqueue that failed) is queued again. Job ids make a
 * repeat harmless while the original job still exists, and every stage re-reads before acting.
 */
export async function reconcile(ctx: AppContext, graceMs = 15_000): Promise<ReconcileResult> {
  const before = new Date(ctx.clock.now().getTime() - graceMs);
  const stuck = await ctx.repos.reports.listUnrouted(before);
  const unclassified = stuck.filter((r) => r.intent === null);
  const unrouted = stuck.filter((r) => r.intent !== null);
  for (const report of unclassified) await ctx.queues.classify(report.id, report.urgency);
  for (const report of unrouted) await ctx.queues.route(report.id, report.urgency);
  const unsent = await ctx.repos.outbox.unsent(before);
  await ctx.queues.notify(unsent.map((m) => m.id));
  // Deadlines, re-alerts and 回访 are re-set from the rows; a timer Redis still holds is left as it is.
  for (const report of await ctx.repos.reports.listTimed()) await scheduleTimers(ctx, report);
  return { classify: unclassified.length, route: unrouted.length, notify: unsent.length };
}
