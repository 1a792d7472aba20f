import type { AppContext } from '../../context.js';
import type { Actor } from '../../people/roles.js';
import { REPORT_STATUS_CODES, isOpen } from '../../workflow/states.js';
import { adminScope, inScope } from '../admin-scope.js';

const OPEN_STATUSES = REPORT_STATUS_CODES.filter(isOpen);

/** The grids an administrator manages, each with its areas and its workers (on duty or not, with their open tasks). */
export async function listManagedGrids(ctx: AppContext, actor: Actor) {
  const scope = adminScope(actor);
  const grids = (await ctx.repos.places.grids()).filter((g) => inScope(scope, g.township_id));
  const people = await ctx.repos.people.list();
  const workers = people.filter((p) => p.home_grid_id !== null && p.roles.includes('grid_worker') && grids.some((g) => g.id === p.home_grid_id));
  const load = await ctx.repos.reports.openLoadByAssignee(workers.map((w) => w.id), OPEN_STATUSES);
  return grids.map((g) => ({
    id: g.id,
    code: g.code,
    name: g.name,
    townshipId: g.township_id,
    areas: g.areas,
    boundary: g.boundary,
    workers: workers
      .filter((w) => w.home_grid_id === g.id)
      .map((w) => ({ id: w.id, name: w.name, phone: w.phone, leader: w.roles.includes('grid_leader'), onDuty: w.on_duty, openTasks: load.get(w.id) ?? 0 })),
  }));
}
