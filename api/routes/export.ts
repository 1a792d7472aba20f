import { Hono } from 'hono';
import type { AppContext } from '../../core/context.js';
import { exportReportsCsv } from '../../core/cases/export-reports-csv.js';
import { ExportFilterSchema } from '../../core/cases/schemas.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { parseWith } from '../validate.js';

/** GET /api/export.csv?from&to&gridId&category&status: the centre's reports for Excel. */
export function exportRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  app.get('/export.csv', requireAuth(ctx), async (c) => {
    const csv = await exportReportsCsv(ctx, c.get('actor'), parseWith(ExportFilterSchema, c.req.query()));
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="reports.csv"');
    return c.body(csv);
  });
  return app;
}
