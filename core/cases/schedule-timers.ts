import type { AppContext } from '../context.js';
import type { ReportRow } from '../storage/schema.js';
import { deadlinePolicy } from '../workflow/deadlines.js';
import { plannedTimers } from './planned-timers.js';

/**
 * Brings the report's delayed jobs in line with its row, after every change and from the
 * reconciler. Redis being down is not an error here: the reconciler sets the timers later.
 */
export async function scheduleTimers(ctx: AppContext, report: ReportRow): Promise<void> {
  try {
    const fired = await ctx.repos.reports.firedTimers(report.id);
    await ctx.queues.schedule(plannedTimers(report, deadlinePolicy(ctx.config), fired), ctx.clock.now());
  } catch (error) {
    ctx.logger.warn({ ticket: report.ticket, err: error }, 'setting timers failed; the reconciler will retry');
  }
}
