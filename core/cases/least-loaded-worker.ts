import type { AppContext } from '../context.js';
import { pickLeastLoaded } from '../routing/pick-assignee.js';
import type { PersonRow } from '../storage/schema.js';
import { REPORT_STATUS_CODES, isOpen } from '../workflow/states.js';

const OPEN_STATUSES = REPORT_STATUS_CODES.filter(isOpen);

/**
 * Picks assignees for a batch of reports. The on-duty workers of every grid the batch needs and
 * their open loads are read together (two queries per batch, whatever its number of grids), and
 * every pick counts against the load, so a batch spreads over a grid's workers.
 */
export class AssigneePicker {
  private readonly workersByGrid = new Map<number, PersonRow[]>();
  private readonly load = new Map<number, number>();

  private constructor(private readonly ctx: AppContext) {}

  /** A picker ready for the given grids. */
  static async forGrids(ctx: AppContext, gridIds: Iterable<number>): Promise<AssigneePicker> {
    const picker = new AssigneePicker(ctx);
    await picker.prepare([...new Set(gridIds)]);
    return picker;
  }

  /** The grid's on-duty worker with the fewest open reports, or null when nobody there is on duty. */
  pick(gridId: number): PersonRow | null {
    const worker = pickLeastLoaded(this.workersByGrid.get(gridId) ?? [], this.load);
    if (worker) this.load.set(worker.id, (this.load.get(worker.id) ?? 0) + 1);
    return worker;
  }

  private async prepare(gridIds: number[]): Promise<void> {
    const workers = await this.ctx.repos.people.gridWorkers(gridIds, { onDutyOnly: true });
    for (const worker of workers) {
      const gridId = worker.home_grid_id!;
      this.workersByGrid.set(gridId, [...(this.workersByGrid.get(gridId) ?? []), worker]);
    }
    const load = await this.ctx.repos.reports.openLoadByAssignee(workers.map((w) => w.id), OPEN_STATUSES);
    for (const [id, n] of load) this.load.set(id, n);
  }
}

export async function leastLoadedWorker(ctx: AppContext, gridId: number): Promise<PersonRow | null> {
  return (await AssigneePicker.forGrids(ctx, [gridId])).pick(gridId);
}
