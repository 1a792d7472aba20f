import type { AppContext } from '../context.js';
import { pickLeastLoaded } from '../routing/pick-assignee.js';
import type { PersonRow } from '../storage/schema.js';
import { REPORT_STATUS_CODES, isOpen } from '../workflow/states.js';

const OPEN_STATUSES = REPORT_STATUS_CODES.filter(isOpen);

interface GridStaff {
  workers: PersonRow[];
  load: Map<number, number>;
}

/**
 * Picks assignees for a batch of reports: each grid's on-duty workers and their open loads are read
 * once, and every pick counts against the load, so a batch spreads over the grid's workers.
 */
export class AssigneePicker {
  private readonly grids = new Map<number, Promise<GridStaff>>();

  constructor(private readonly ctx: AppContext) {}

  /** The grid's on-duty worker with the fewest open reports, or null when nobody there is on duty. */
  async pick(gridId: number): Promise<PersonRow | null> {
    let staff = this.grids.get(gridId);
    if (!staff) {
      staff = this.load(gridId);
      this.grids.set(gridId, staff);
    }
    const { workers, load } = await staff;
    const worker = pickLeastLoaded(workers, load);
    if (worker) load.set(worker.id, (load.get(worker.id) ?? 0) + 1);
    return worker;
  }

  private async load(gridId: number): Promise<GridStaff> {
    const workers = await this.ctx.repos.people.gridWorkers(gridId, { onDutyOnly: true });
    const load = await this.ctx.repos.reports.openLoadByAssignee(workers.map((w) => w.id), OPEN_STATUSES);
    return { workers, load };
  }
}

export async function leastLoadedWorker(ctx: AppContext, gridId: number): Promise<PersonRow | null> {
  return new AssigneePicker(ctx).pick(gridId);
}
