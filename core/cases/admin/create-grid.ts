import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../people/roles.js';
import type { GridRow } from '../../storage/schema.js';
import type { CreateGridSchema } from '../schemas.js';
import { adminScope, inScope } from '../admin-scope.js';

/** A new grid in the administrator's township (county staff name the township). */
export async function createGrid(ctx: AppContext, actor: Actor, input: z.infer<typeof CreateGridSchema>): Promise<GridRow> {
  const scope = adminScope(actor);
  const townshipId = input.townshipId ?? scope.townshipId;
  const township = (await ctx.repos.places.townships()).find((t) => t.id === townshipId);
  if (!township || !inScope(scope, township.id)) {
    throw new AppError('BAD_INPUT', `township ${townshipId} not managed here`, { userMessage: '请选择所属乡镇（街道）。' });
  }
  try {
    const grid = await ctx.db
      .insertInto('grids')
      .values({
        township_id: township.id,
        code: input.code,
        name: input.name,
        areas: JSON.stringify(input.areas),
        boundary: input.boundary ? JSON.stringify(input.boundary) : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    ctx.repos.places.invalidate();
    return grid;
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') {
      throw new AppError('CONFLICT', `grid code ${input.code} exists`, { userMessage: `网格编号 ${input.code} 已存在。` });
    }
    throw error;
  }
}
