import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../people/roles.js';
import type { CreateHouseholdGroupSchema } from '../schemas.js';
import { findManagedGrid, findManagedPerson } from '../admin-scope.js';

/** A new 十联户 group; its leader gets the household_leader role so they can file for neighbours. */
export async function createHouseholdGroup(ctx: AppContext, actor: Actor, input: z.infer<typeof CreateHouseholdGroupSchema>) {
  const grid = await findManagedGrid(ctx, actor, input.gridId);
  const leader = await findManagedPerson(ctx, actor, input.leaderId);
  return ctx.db.transaction().execute(async (tx) => {
    if (!leader.roles.includes('household_leader')) {
      await tx.updateTable('persons').set({ roles: JSON.stringify([...leader.roles, 'household_leader']) }).where('id', '=', leader.id).execute();
    }
    return tx.insertInto('household_groups').values({ name: input.name, grid_id: grid.id, leader_id: leader.id }).returningAll().executeTakeFirstOrThrow();
  });
}
