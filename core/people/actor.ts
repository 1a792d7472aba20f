import type { AppContext } from '../context.js';
import type { PersonRow } from '../storage/schema.js';
import type { Actor } from './roles.js';

export type PersonActor = Extract<Actor, { kind: 'person' }>;

/** A person as an actor; a worker's township comes from their grid when it is not set on them. */
export async function actorFor(ctx: AppContext, person: PersonRow): Promise<PersonActor> {
  const grid = person.township_id === null && person.home_grid_id !== null ? await ctx.repos.places.gridById(person.home_grid_id) : undefined;
  return {
    kind: 'person',
    personId: person.id,
    roles: person.roles,
    homeGridId: person.home_grid_id,
    townshipId: person.township_id ?? grid?.township_id ?? null,
  };
}
