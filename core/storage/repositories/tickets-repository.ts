import type { Executor } from './executor.js';

/** Reserves the next `count` numbers of a county's day atomically (one row per county and day); returns the last. */
export async function nextTicketSequence(ex: Executor, countyId: number, day: string, count = 1): Promise<number> {
  const row = await ex
    .insertInto('ticket_counters')
    .values({ county_id: countyId, day, seq: count })
    .onConflict((oc) => oc.columns(['county_id', 'day']).doUpdateSet((eb) => ({ seq: eb('ticket_counters.seq', '+', count) })))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}
