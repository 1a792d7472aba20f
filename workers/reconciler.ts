import type { AppContext } from '../core/context.js';
import { reconcile } from '../core/reports/reconcile.js';

/**
 * Runs the reconciler on a plain timer in the worker process, not as a BullMQ repeatable job:
 * a timer in Redis would itself be lost in the Redis failure it exists to repair.
 */
export function startReconciler(ctx: AppContext, everyMs = 30_000): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = async () => {
    if (running) return;
    running = pass();
    await running;
    running = null;
  };
  const pass = async () => {
    try {
      const result = await reconcile(ctx);
      if (result.classify + result.route + result.notify > 0) ctx.logger.info(result, 'reconciler re-queued work');
    } catch (err) {
      ctx.logger.warn({ err }, 'reconcile failed; will try again');
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  // Stopping waits for a pass under way, so the database is never closed beneath it.
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
