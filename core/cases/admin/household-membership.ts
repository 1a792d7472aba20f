import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../people/roles.js';
import { findManagedGrid, findManagedPerson } from '../admin-scope.js';

/** A household joins or leaves a 十联户 group (one operation: the membership of one person in one group). */
export async function setHouseholdMembership(ctx: AppContext, actor: Actor, groupId: number, personId: number, member: boolean): Promise<void> {
  const group = await ctx.db.selectFrom('household_groups').selectAll().where('id', '=', groupId).executeTakeFirst();
  if (!group) throw new AppError('NOT_FOUND', `group ${groupId} not found`, { userMessage: '没有找到这个联户组。' });
  await findManagedGrid(ctx, actor, group.grid_id);
  await findManagedPerson(ctx, actor, personId);
  if (member) {
    await ctx.db.insertInto('household_members').values({ group_id: group.id, person_id: personId }).onConflict((oc) => oc.doNothing()).execute();
  } else {
    await ctx.db.deleteFrom('household_members').where('group_id', '=', group.id).where('person_id', '=', personId).execute();
  }
}
