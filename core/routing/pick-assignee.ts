import type { PersonRow } from '../storage/schema.js';

/** The on-duty worker with the fewest open tasks; the lowest id breaks ties so the choice is stable. */
export function pickLeastLoaded(workers: readonly PersonRow[], load: ReadonlyMap<number, number>): PersonRow | null {
  let best: PersonRow | null = null;
  for (const worker of workers) {
    if (!worker.on_duty) continue;
    if (!best || (load.get(worker.id) ?? 0) < (load.get(best.id) ?? 0)) best = worker;
  }
  return best;
}
