import { Hono } from 'hono';
import type { AppContext } from '../../core/context.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';

/** The town's grids and townships (no personal data). */
export function placeRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  app.get('/grids', requireAuth(ctx), async (c) => {
    const [grids, townships] = await Promise.all([ctx.repos.places.grids(), ctx.repos.places.townships()]);
    const townshipNames = new Map(townships.map((t) => [t.id, t.name]));
    return c.json({
      grids: grids.map((g) => ({ id: g.id, code: g.code, name: g.name, townshipId: g.township_id, townshipName: townshipNames.get(g.township_id) ?? null, areas: g.areas, boundary: g.boundary })),
      townships: townships.map((t) => ({ id: t.id, code: t.code, name: t.name, kind: t.kind })),
    });
  });
  return app;
}
