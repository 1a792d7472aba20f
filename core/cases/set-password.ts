import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import { hashPassword } from './password-hash.js';
import { findManagedPerson } from './admin-scope.js';

/** Centre staff set (or reset) the password of a worker or colleague they manage; any lock is lifted. */
export async function setPassword(ctx: AppContext, actor: Actor, personId: number, password: string): Promise<void> {
  const person = await findManagedPerson(ctx, actor, personId);
  await ctx.db
    .updateTable('persons')
    .set({ password_hash: await hashPassword(password), failed_logins: 0, locked_until: null })
    .where('id', '=', person.id)
    .execute();
}
