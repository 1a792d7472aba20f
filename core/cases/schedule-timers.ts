import type { AppContext } from '../context.js';
import type { ReportRow } from '../storage/schema.js';
import { deadlinePolicy } from '../workflow/deadlines.js';
import { plannedTimers } from './planned-timers.js';

/**
 * Brings the reports' delayed jobs in line with their rows, after every change and from the
 * reconciler. Redis being down is not an error here: the reconciler sets the timers later.
 */
export async function scheduleTimers(ctx: AppContext, reports: ReportRow | readonly ReportRow[]): Promise<void> {
  const list: readonly ReportRow[] = Array.isArray(reports) ? reports : [reports as ReportRow];
  if (list.length === 0) return;
  try {
    const fired = await ctx.repos.reports.firedTimers(list.map((r) => r.id));
    const policy = deadlinePolicy(ctx.config);
    await ctx.queues.schedule(
      list.flatMap((r) => plannedTimers(r, policy, fired.get(r.id) ?? new Set())),
      ctx.clock.now(),
    );
  } catch (error) {
    ctx.logger.warn({ ticket: list.map((r) => r.ticket).join(','), err: error }, 'setting timers failed; the reconciler will retry');
  }
}
