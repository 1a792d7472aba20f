import type { AppContext } from '../context.js';
import type { ReportRow } from '../storage/schema.js';

/**
 * Queueing happens after the transaction commits. If Redis is down the change is already safe in
 * the database, so the failure is logged and the reconciler queues the work again later.
 */
export async function enqueueAfterCommit(ctx: AppContext, reports: ReportRow | readonly ReportRow[], enqueue: () => Promise<void>): Promise<void> {
  try {
    await enqueue();
  } catch (error) {
    const tickets = (Array.isArray(reports) ? reports : [reports]).map((r: ReportRow) => r.ticket);
    ctx.logger.warn({ ticket: tickets.join(','), err: error }, 'enqueue failed; the reconciler will retry');
  }
}
