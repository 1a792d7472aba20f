import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../core/context.js';
import { AppError } from '../core/errors/app-error.js';
import { errorResponder } from './errors.js';
import { authRoutes } from './routes/auth.js';
import { reportRoutes } from './routes/reports.js';
import { placeRoutes } from './routes/places.js';
import { statsRoutes } from './routes/stats.js';
import { classifyRoutes } from './routes/classify.js';
import { openApiDocument } from './openapi.js';

/** Requests larger than this are refused before parsing: a report is text plus ids, never megabytes. */
const MAX_JSON_BYTES = 64 * 1024;

export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.onError(errorResponder(ctx.logger));
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: '没有这个接口。' } }, 404));

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_JSON_BYTES,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'request body too large');
      },
    }),
  );
  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/healthz', (c) => c.json({ ok: true }));

  const api = new Hono();
  for (const routes of [authRoutes, reportRoutes, placeRoutes, statsRoutes, classifyRoutes]) api.route('/', routes(ctx));
  app.route('/api', api);
  return app;
}
