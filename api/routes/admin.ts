import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import {
  CreateGridSchema,
  CreateHouseholdGroupSchema,
  HouseholdMemberSchema,
  SetPasswordSchema,
  UpdateGridSchema,
  WorkerDutySchema,
} from '../../core/cases/schemas.js';
import { listManagedGrids } from '../../core/cases/admin/list-grids.js';
import { createGrid } from '../../core/cases/admin/create-grid.js';
import { updateGrid } from '../../core/cases/admin/update-grid.js';
import { setWorkerDuty } from '../../core/cases/admin/set-worker-duty.js';
import { listHouseholdGroups } from '../../core/cases/admin/list-household-groups.js';
import { createHouseholdGroup } from '../../core/cases/admin/create-household-group.js';
import { setHouseholdMembership } from '../../core/cases/admin/household-membership.js';
import { setPassword } from '../../core/cases/set-password.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { jsonBody, parseWith } from '../validate.js';

const Id = z.coerce.number().int().positive();

/** Administration for centre staff (their township) and county staff (everything): grids, workers, 十联户. */
export function adminRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  const auth = requireAuth(ctx);
  const id = (value: string | undefined) => parseWith(Id, value);

  app.get('/admin/grids', auth, async (c) => c.json({ grids: await listManagedGrids(ctx, c.get('actor')) }));
  app.post('/admin/grids', auth, async (c) => {
    const grid = await createGrid(ctx, c.get('actor'), await jsonBody(c, CreateGridSchema));
    return c.json({ grid }, 201);
  });
  app.patch('/admin/grids/:id', auth, async (c) => {
    const grid = await updateGrid(ctx, c.get('actor'), id(c.req.param('id')), await jsonBody(c, UpdateGridSchema));
    return c.json({ grid });
  });

  app.put('/admin/workers/:id/duty', auth, async (c) => {
    const { onDuty } = await jsonBody(c, WorkerDutySchema);
    return c.json(await setWorkerDuty(ctx, c.get('actor'), id(c.req.param('id')), onDuty));
  });
  app.put('/admin/people/:id/password', auth, async (c) => {
    const { password } = await jsonBody(c, SetPasswordSchema);
    await setPassword(ctx, c.get('actor'), id(c.req.param('id')), password);
    return c.json({ ok: true });
  });

  app.get('/admin/household-groups', auth, async (c) => c.json({ groups: await listHouseholdGroups(ctx, c.get('actor')) }));
  app.post('/admin/household-groups', auth, async (c) => {
    const group = await createHouseholdGroup(ctx, c.get('actor'), await jsonBody(c, CreateHouseholdGroupSchema));
    return c.json({ group }, 201);
  });
  app.post('/admin/household-groups/:id/members', auth, async (c) => {
    const { personId } = await jsonBody(c, HouseholdMemberSchema);
    await setHouseholdMembership(ctx, c.get('actor'), id(c.req.param('id')), personId, true);
    return c.json({ ok: true });
  });
  app.delete('/admin/household-groups/:id/members/:personId', auth, async (c) => {
    await setHouseholdMembership(ctx, c.get('actor'), id(c.req.param('id')), id(c.req.param('personId')), false);
    return c.json({ ok: true });
  });
  return app;
}
