import type { Db } from '../storage/database.js';
import { hashPassword } from '../cases/password-hash.js';
import { PeopleRepository } from '../storage/repositories/people-repository.js';
import { DEMO_COUNTY, DEMO_GRIDS, DEMO_HOUSEHOLD_GROUPS, DEMO_PEOPLE, DEMO_TOWNSHIPS } from './demo-town.js';

/** The password of the demo workers and staff on the h5 app, set only outside production. */
export const DEMO_STAFF_PASSWORD = 'gridmate-demo';

/**
 * Seeds the demo town into an empty database; returns false (and changes nothing) if a county exists.
 * With `staffPassword`, grid workers and centre staff can also log in with phone + password.
 */
export async function seedDemoTown(db: Db, options: { staffPassword?: string } = {}): Promise<boolean> {
  const staffHash = options.staffPassword ? await hashPassword(options.staffPassword) : null;
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('counties').select('id').executeTakeFirst();
    if (existing) return false;
    const county = await tx.insertInto('counties').values(DEMO_COUNTY).returning('id').executeTakeFirstOrThrow();
    const townshipIds = new Map<string, number>();
    for (const t of DEMO_TOWNSHIPS) {
      const row = await tx.insertInto('townships').values({ ...t, county_id: county.id }).returning('id').executeTakeFirstOrThrow();
      townshipIds.set(t.code, row.id);
    }
    const gridIds = new Map<string, number>();
    for (const g of DEMO_GRIDS) {
      const row = await tx
        .insertInto('grids')
        .values({ code: g.code, name: g.name, township_id: townshipIds.get(g.township)!, areas: JSON.stringify(g.areas), boundary: JSON.stringify(g.boundary) })
        .returning('id')
        .executeTakeFirstOrThrow();
      gridIds.set(g.code, row.id);
    }
    const people = new PeopleRepository(db);
    const personIds = new Map<string, number>();
    for (const p of DEMO_PEOPLE) {
      const gridId = p.grid ? gridIds.get(p.grid)! : null;
      const row = await people.insert(
        {
          name: p.name,
          phone: p.phone,
          roles: p.roles,
          home_grid_id: gridId,
          township_id: p.township ? townshipIds.get(p.township)! : null,
          address: p.address ?? null,
          password_hash: p.roles.includes('resident') ? null : staffHash,
        },
        tx,
      );
      personIds.set(p.phone, row.id);
    }
    for (const g of DEMO_HOUSEHOLD_GROUPS) {
      const group = await tx
        .insertInto('household_groups')
        .values({ name: g.name, grid_id: gridIds.get(g.grid)!, leader_id: personIds.get(g.leader)! })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('household_members')
        .values(g.members.map((phone) => ({ group_id: group.id, person_id: personIds.get(phone)! })))
        .execute();
    }
    return true;
  });
}
