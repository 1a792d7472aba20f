import type { AppContext } from '../core/context.js';
import { reconcile } from '../core/reports/reconcile.js';

/**
 * Runs the reconciler on a plain timer in the worker process, not as a BullMQ repeatable job:
 * a timer in Redis would itself be lost in the Redis failure it exists to repair.
 */
export function startReconciler(ctx: AppContext, everyMs = 30_000): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await reconcile(ctx);
      if (result.classify + result.route + result.notify > 0) ctx.logger.info(result, 'reconciler re-queued work');
    } catch (err) {
      ctx.logger.warn({ err }, 'reconcile failed; will try again');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
