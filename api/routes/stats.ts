import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { centreStats } from '../../core/stats/centre-stats.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { parseWith } from '../validate.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const RangeSchema = z.object({ from: Day.optional(), to: Day.optional() });

/** Dates are Shanghai calendar days; `to` is inclusive. The default range is the last 30 days. */
function parseRange(query: Record<string, string>, now: Date) {
  const { from, to } = parseWith(RangeSchema, query);
  const end = to ? new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000 : now.getTime() + 1;
  const start = from ? new Date(`${from}T00:00:00+08:00`).getTime() : end - 30 * 86_400_000;
  return { from: new Date(start), to: new Date(end) };
}

export function statsRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  app.get('/stats', requireAuth(ctx), async (c) => c.json(await centreStats(ctx, c.get('actor'), parseRange(c.req.query(), ctx.clock.now()))));
  return app;
}
