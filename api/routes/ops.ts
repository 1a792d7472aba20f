import { Hono } from 'hono';
import type { AppContext } from '../../core/context.js';
import { checkHealth } from '../../core/ops/health.js';
import { renderMetrics } from '../../core/ops/metrics.js';

/** Operations endpoints: /healthz for load balancers and supervisors, /metrics for Prometheus. */
export function opsRoutes(ctx: AppContext) {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    const health = await checkHealth(ctx);
    return c.json(health, health.ok ? 200 : 503);
  });
  app.get('/metrics', async (c) => c.text(await renderMetrics(ctx), 200, { 'content-type': 'text/plain; version=0.0.4' }));
  return app;
}
