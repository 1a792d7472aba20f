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
import { uploadRoutes } from './routes/uploads.js';
import { legalRoutes } from './routes/legal.js';
import { staticAppRoutes } from './routes/static-app.js';
import { loginRoutes } from './routes/login.js';
import { adminRoutes } from './routes/admin.js';
import { exportRoutes } from './routes/export.js';
import { openApiDocument } from './openapi.js';
import { opsRoutes } from './routes/ops.js';
import { open311Routes } from './routes/open311.js';
import { privacyRoutes } from './routes/privacy.js';

/** Requests larger than this are refused before parsing: a report is text plus ids, never megabytes. */
const MAX_JSON_BYTES = 64 * 1024;

export function createApp(ctx: AppContext): Hono {
  const app = new Hono();
  app.onError(errorResponder(ctx.logger));
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: '没有这个接口。' } }, 404));

  // Photo uploads answer before the JSON limit below is reached: they carry their own 8 MB limit.
  app.route('/api', uploadRoutes(ctx));
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
  app.route('/', opsRoutes(ctx));
  if (ctx.config.OPEN311_ENABLED) app.route('/open311/v2', open311Routes(ctx));

  const api = new Hono();
  const areas = [authRoutes, loginRoutes, reportRoutes, placeRoutes, statsRoutes, classifyRoutes, legalRoutes, adminRoutes, exportRoutes, privacyRoutes];
  for (const routes of areas) api.route('/', routes(ctx));
  app.route('/api', api);
  app.route('/', staticAppRoutes());
  return app;
}
