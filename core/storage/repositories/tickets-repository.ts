import type { Executor } from './executor.js';

/** Allocates the next number of a county's day atomically (one row per county and day). */
export async function nextTicketSequence(ex: Executor, countyId: number, day: string): Promise<number> {
  const row = await ex
    .insertInto('ticket_counters')
    .values({ county_id: countyId, day, seq: 1 })
    .onConflict((oc) => oc.columns(['county_id', 'day']).doUpdateSet((eb) => ({ seq: eb('ticket_counters.seq', '+', 1) })))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}
