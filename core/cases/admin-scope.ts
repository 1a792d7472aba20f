import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { hasRole, type Actor } from '../people/roles.js';
import type { GridRow, PersonRow } from '../storage/schema.js';

/** Whose town an administrator manages: a township's centre staff their township, county staff everything (null). */
export function adminScope(actor: Actor): { townshipId: number | null } {
  if (actor.kind !== 'person' || !hasRole(actor, 'centre_staff', 'county_staff')) {
    throw new AppError('FORBIDDEN', 'administration is for centre staff', { userMessage: '只有综治中心工作人员可以进行管理。' });
  }
  return { townshipId: hasRole(actor, 'county_staff') ? null : (actor.townshipId ?? -1) };
}

export function inScope(scope: { townshipId: number | null }, townshipId: number | null): boolean {
  return scope.townshipId === null || scope.townshipId === townshipId;
}

/** A grid the administrator manages; others are "not found", as with reports. */
export async function findManagedGrid(ctx: AppContext, actor: Actor, gridId: number): Promise<GridRow> {
  const scope = adminScope(actor);
  const grid = await ctx.repos.places.gridById(gridId);
  if (!grid || !inScope(scope, grid.township_id)) throw new AppError('NOT_FOUND', `grid ${gridId} not managed here`, { userMessage: '没有找到这个网格。' });
  return grid;
}

/** A person the administrator manages: someone whose township (their own, or their home grid's) is in scope. */
export async function findManagedPerson(ctx: AppContext, actor: Actor, personId: number): Promise<PersonRow> {
  const scope = adminScope(actor);
  const person = await ctx.repos.people.findById(personId);
  const grid = person?.home_grid_id ? await ctx.repos.places.gridById(person.home_grid_id) : undefined;
  if (!person || !inScope(scope, person.township_id ?? grid?.township_id ?? null)) {
    throw new AppError('NOT_FOUND', `person ${personId} not managed here`, { userMessage: '没有找到这个人员。' });
  }
  return person;
}
