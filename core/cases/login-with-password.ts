import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Role } from '../people/roles.js';
import type { PersonRow } from '../storage/schema.js';
import { DUMMY_HASH, verifyPassword } from './password-hash.js';

const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;
/** Passwords are for the people who work cases on the h5 app; residents log in through WeChat. */
const STAFF_ROLES: readonly Role[] = ['grid_worker', 'grid_leader', 'centre_staff', 'county_staff'];

/** One answer for every failure (unknown phone, wrong password, locked), so the form reveals nothing. */
function refused(reason: string): AppError {
  return new AppError('UNAUTHENTICATED', `password login refused: ${reason}`, {
    userMessage: '手机号或密码不正确。连续输错5次将锁定15分钟。',
  });
}

/**
 * Phone + password for workers and staff. Five wrong passwords in a row lock the account for
 * 15 minutes; while locked even the right password is refused. A success clears the count.
 */
export async function loginWithPassword(ctx: AppContext, phone: string, password: string): Promise<PersonRow> {
  const person = await ctx.repos.people.findByPhone(phone);
  const staff = person !== undefined && person.roles.some((r) => STAFF_ROLES.includes(r));
  const matches = await verifyPassword(password, (staff && person.password_hash) || DUMMY_HASH);
  if (!person || !staff || !person.password_hash) throw refused('no such staff account');
  const now = ctx.clock.now();
  if (person.locked_until && person.locked_until > now) throw refused('locked');
  if (!matches) {
    await ctx.db
      .updateTable('persons')
      // One statement, so parallel attempts cannot lose a count: the fifth failure locks and restarts the count.
      .set({
        failed_logins: sql<number>`case when failed_logins >= ${MAX_FAILURES - 1} then 0 else failed_logins + 1 end`,
        locked_until: sql<Date | null>`case when failed_logins >= ${MAX_FAILURES - 1} then ${new Date(now.getTime() + LOCK_MS).toISOString()}::timestamptz else null end`,
      })
      .where('id', '=', person.id)
      .execute();
    throw refused('wrong password');
  }
  await ctx.db.updateTable('persons').set({ failed_logins: 0, locked_until: null }).where('id', '=', person.id).execute();
  return person;
}
