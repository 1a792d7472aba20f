import type { Db } from '../database.js';
import { nextTicketSequence } from './tickets-repository.js';

/**
 * Hands out ticket numbers from blocks reserved in the database, one short statement per block.
 * Taking the number inside every report's transaction held the (county, day) counter row locked
 * until that transaction committed, so on PostgreSQL all intakes queued behind one another's
 * commits. The cost of blocks: a number reserved but unused (a failed insert, a restart) is skipped,
 * so a day's tickets are unique and increasing per process, but may have gaps.
 */
export class TicketAllocator {
  private readonly blocks = new Map<string, Promise<{ next: number; last: number }>>();

  constructor(
    private readonly db: Db,
    private readonly blockSize: number,
  ) {}

  async next(countyId: number, day: string): Promise<number> {
    const key = `${countyId}:${day}`;
    for (;;) {
      let pending = this.blocks.get(key);
      if (!pending) {
        // Only one caller reserves the next block; the others wait for the same promise.
        const reserving = this.reserve(countyId, day);
        pending = reserving;
        this.blocks.set(key, reserving);
        reserving.catch(() => this.blocks.get(key) === reserving && this.blocks.delete(key));
        // Blocks of other days are never needed again.
        for (const other of this.blocks.keys()) if (other !== key) this.blocks.delete(other);
      }
      const block = await pending;
      if (block.next <= block.last) return block.next++;
      if (this.blocks.get(key) === pending) this.blocks.delete(key);
    }
  }

  private async reserve(countyId: number, day: string): Promise<{ next: number; last: number }> {
    const last = await nextTicketSequence(this.db, countyId, day, this.blockSize);
    return { next: last - this.blockSize + 1, last };
  }
}
