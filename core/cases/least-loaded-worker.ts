import type { AppContext } from '../context.js';
import { pickLeastLoaded } from '../routing/pick-assignee.js';
import type { PersonRow } from '../storage/schema.js';
import { REPORT_STATUS_CODES, isOpen } from '../workflow/states.js';

const OPEN_STATUSES = REPORT_STATUS_CODES.filter(isOpen);

/** The grid's on-duty worker with the fewest open reports, or null when nobody there is on duty. */
export async function leastLoadedWorker(ctx: AppContext, gridId: number): Promise<PersonRow | null> {
  const workers = await ctx.repos.people.gridWorkers(gridId, { onDutyOnly: true });
  const load = await ctx.repos.reports.openLoadByAssignee(workers.map((w) => w.id), OPEN_STATUSES);
  return pickLeastLoaded(workers, load);
}
