import type { AppContext } from '../core/context.js';
import { anonymiseExpiredReports } from '../core/privacy/anonymise-expired.js';
import { removeOrphanPhotos } from '../core/files/remove-orphan-photos.js';

/**
 * Runs the anonymisation job (and the removal of uploads never attached to a report) on a plain in-process timer (every ANONYMISE_EVERY_MIN, default
 * daily), like the reconciler: it needs nothing from Redis, so a Redis loss cannot drop the
 * schedule. Several worker processes may run it at once; each report is anonymised under its row
 * lock and skipped when already done, so they only share the work.
 */
export function startAnonymiser(ctx: AppContext, everyMs = ctx.config.ANONYMISE_EVERY_MIN * 60_000): { stop(): void; runNow(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = (): Promise<void> => {
    running ??= (async () => {
      try {
        const { anonymised } = await anonymiseExpiredReports(ctx);
        if (anonymised > 0) ctx.logger.info({ anonymised }, 'personal data of old closed reports anonymised');
        const { removed } = await removeOrphanPhotos(ctx);
        if (removed > 0) ctx.logger.info({ removed }, 'uploads never attached to a report removed');
      } catch (err) {
        ctx.logger.warn({ err }, 'anonymisation failed; will try again at the next run');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  // Node's timers overflow past 2^31-1 ms (about 24 days) and would then fire at once, over and over.
  const timer = setInterval(() => void tick(), Math.min(everyMs, 2 ** 31 - 1));
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer), runNow: tick };
}
