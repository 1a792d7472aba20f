import { Hono } from 'hono';
import type { AppContext } from '../../core/context.js';
import { deleteMyData } from '../../core/privacy/delete-my-data.js';
import { listAudit } from '../../core/privacy/list-audit.js';
import { PRIVACY_NOTICE, PRIVACY_SECTIONS } from '../../core/privacy/notice.js';
import { AuditQuerySchema, DeleteRequestSchema } from '../../core/privacy/schemas.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { jsonBody, parseWith } from '../validate.js';

/** Personal information: the notice, a resident's deletion request and the centre's audit log. */
export function privacyRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  const auth = requireAuth(ctx);

  // Public: the mini-program shows it on the login page, before anyone has an account.
  app.get('/privacy', (c) => c.json({ notice: PRIVACY_NOTICE, sections: PRIVACY_SECTIONS }));

  app.post('/me/delete', auth, async (c) => {
    await jsonBody(c, DeleteRequestSchema);
    return c.json({ result: await deleteMyData(ctx, c.get('person')) });
  });

  app.get('/admin/audit', auth, async (c) => {
    const query = parseWith(AuditQuerySchema, c.req.query());
    return c.json({ entries: await listAudit(ctx, c.get('actor'), query) });
  });
  return app;
}
