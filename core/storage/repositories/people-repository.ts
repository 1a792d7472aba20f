import type { Db } from '../database.js';
import type { PersonRow, PersonsTable } from '../schema.js';
import type { Insertable } from 'kysely';
import type { Role } from '../../people/roles.js';
import type { Executor } from './executor.js';
import { BatchLoader } from '../batch-loader.js';

export type NewPerson = Omit<Insertable<PersonsTable>, 'roles'> & { roles: Role[] };

/** People, their roles and their chat / mini-program identities. */
export class PeopleRepository {
  private readonly loader = new BatchLoader<number, PersonRow>(async (ids) => new Map((await this.findByIds(ids)).map((p) => [p.id, p])));

  constructor(private readonly db: Db) {}

  async insert(person: NewPerson, ex: Executor = this.db): Promise<PersonRow> {
    return ex
      .insertInto('persons')
      .values({ ...person, roles: JSON.stringify(person.roles) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async findById(id: number, ex: Executor = this.db): Promise<PersonRow | undefined> {
    return ex.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The same read as findById, outside any transaction, shared with the reads of concurrent requests. */
  async loadById(id: number): Promise<PersonRow | undefined> {
    return this.loader.load(id);
  }

  async findByIds(ids: readonly number[], ex: Executor = this.db): Promise<PersonRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom('persons').selectAll().where('id', 'in', [...ids]).execute();
  }

  async findByPhone(phone: string): Promise<PersonRow | undefined> {
    return this.db.selectFrom('persons').selectAll().where('phone', '=', phone).executeTakeFirst();
  }

  async findByIdentity(channel: string, externalId: string, ex: Executor = this.db): Promise<PersonRow | undefined> {
    return ex
      .selectFrom('identities as i')
      .innerJoin('persons as p', 'p.id', 'i.person_id')
      .selectAll('p')
      .where('i.channel', '=', channel)
      .where('i.external_id', '=', externalId)
      .executeTakeFirst();
  }

  async linkIdentity(personId: number, channel: string, externalId: string, ex: Executor = this.db): Promise<void> {
    await ex
      .insertInto('identities')
      .values({ person_id: personId, channel, external_id: externalId })
      .onConflict((oc) => oc.columns(['channel', 'external_id']).doUpdateSet({ person_id: personId }))
      .execute();
  }

  /** Grid workers of the given grids (grid leaders handle tasks too), on duty only when asked. */
  async gridWorkers(gridIds: readonly number[], options: { onDutyOnly: boolean }): Promise<PersonRow[]> {
    if (gridIds.length === 0) return [];
    const people = await this.db
      .selectFrom('persons')
      .selectAll()
      .where('home_grid_id', 'in', gridIds)
      .$if(options.onDutyOnly, (q) => q.where('on_duty', '=', true))
      .orderBy('id')
      .execute();
    return people.filter((p) => p.roles.includes('grid_worker'));
  }

  /** Staff on duty at a township centre (or the county centre when townshipId is null). */
  async centreStaff(level: 'township' | 'county', townshipId: number | null): Promise<PersonRow[]> {
    const people = await this.db
      .selectFrom('persons')
      .selectAll()
      .$if(level === 'township', (q) => q.where('township_id', '=', townshipId ?? -1))
      .orderBy('id')
      .execute();
    const role: Role = level === 'township' ? 'centre_staff' : 'county_staff';
    return people.filter((p) => p.roles.includes(role));
  }

  async list(): Promise<PersonRow[]> {
    return this.db.selectFrom('persons').selectAll().orderBy('id').execute();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
