import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../people/roles.js';
import type { GridRow, GridsTable } from '../../storage/schema.js';
import type { Updateable } from 'kysely';
import type { UpdateGridSchema } from '../schemas.js';
import { findManagedGrid } from '../admin-scope.js';

/** Renames a grid or redraws its areas and boundary; routing uses the new ones from the next report on. */
export async function updateGrid(ctx: AppContext, actor: Actor, gridId: number, input: z.infer<typeof UpdateGridSchema>): Promise<GridRow> {
  const grid = await findManagedGrid(ctx, actor, gridId);
  const changes: Updateable<GridsTable> = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.areas !== undefined ? { areas: JSON.stringify(input.areas) } : {}),
    ...(input.boundary !== undefined ? { boundary: input.boundary ? JSON.stringify(input.boundary) : null } : {}),
  };
  if (Object.keys(changes).length === 0) return grid;
  const updated = await ctx.db.updateTable('grids').set(changes).where('id', '=', grid.id).returningAll().executeTakeFirstOrThrow();
  ctx.repos.places.invalidate();
  return updated;
}
