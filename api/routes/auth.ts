import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors/app-error.js';
import { ROLES } from '../../core/people/roles.js';
import { maskPhone } from '../../core/privacy/mask.js';
import type { PersonRow } from '../../core/storage/schema.js';
import { issueToken, requireAuth, type ApiEnv } from '../middleware/auth.js';
import { jsonBody } from '../validate.js';

const DevLoginSchema = z.object({ personId: z.number().int().positive() }).strict();

export function personView(person: PersonRow) {
  return {
    id: person.id,
    name: person.name,
    phone: person.phone ? maskPhone(person.phone) : null,
    roles: person.roles,
    roleLabels: person.roles.map((r) => ROLES[r]),
    gridId: person.home_grid_id,
    townshipId: person.township_id,
    onDuty: person.on_duty,
  };
}

/** Login endpoints. The dev login (pick a demo person) exists only outside production. */
export function authRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  const devMode = ctx.config.NODE_ENV !== 'production';

  if (devMode) {
    app.get('/auth/demo-users', async (c) => {
      const people = await ctx.repos.people.list();
      return c.json({ users: people.filter((p) => p.roles.length > 0).slice(0, 200).map(personView) });
    });
    app.post('/auth/dev-login', async (c) => {
      const { personId } = await jsonBody(c, DevLoginSchema);
      const person = await ctx.repos.people.findById(personId);
      if (!person || person.erased_at) throw new AppError('NOT_FOUND', `person ${personId} not found`, { userMessage: '没有这个演示账号。' });
      return c.json({ token: await issueToken(ctx, person.id), person: personView(person) });
    });
  }

  app.get('/me', requireAuth(ctx), (c) => c.json({ person: personView(c.get('person')) }));
  return app;
}
