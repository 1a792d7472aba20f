import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors/app-error.js';
import { serviceRequests, services } from '../../core/open311/georeport.js';
import { parseWith } from '../validate.js';

const DateTime = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const RequestsQuerySchema = z.object({
  service_code: z.string().max(60).optional(),
  status: z.enum(['open', 'closed']).optional(),
  start_date: DateTime.optional(),
  end_date: DateTime.optional(),
});
const TicketFile = z.string().regex(/^GX\d{8}-\d{4,}\.json$/);

/** Open311 GeoReport v2 (read-only, public fields only) for existing civic tools. */
export function open311Routes(ctx: AppContext) {
  const app = new Hono();
  app.get('/services.json', (c) => c.json(services()));
  app.get('/requests.json', async (c) => {
    const q = parseWith(RequestsQuerySchema, c.req.query());
    return c.json(await serviceRequests(ctx, { serviceCode: q.service_code, status: q.status, startDate: q.start_date, endDate: q.end_date }));
  });
  app.get('/requests/:file', async (c) => {
    const file = parseWith(TicketFile, c.req.param('file'));
    const found = await serviceRequests(ctx, { ticket: file.replace(/\.json$/, ''), startDate: new Date(0) });
    if (found.length === 0) throw new AppError('NOT_FOUND', 'no public request with that id');
    return c.json(found);
  });
  return app;
}
