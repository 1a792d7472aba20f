import { sql, type Kysely } from 'kysely';
import { placeKey } from '../../cases/place-key.js';

/**
 * Indexes for the hot paths under load (issue 9):
 * - `place_key`: the building or village group of the address, stored so finding the open report
 *   a new one repeats is an index lookup instead of reading every open report of its type;
 * - the outbox's unsent messages, which the reconciler scans on every tick.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('place_key', 'text').execute();
  const rows = await db.selectFrom('reports').select(['id', 'address_text']).where('address_text', 'is not', null).execute();
  for (const row of rows as Array<{ id: number; address_text: string }>) {
    await db.updateTable('reports').set({ place_key: placeKey(row.address_text) }).where('id', '=', row.id).execute();
  }
  await db.schema.createIndex('reports_subtype_place_idx').on('reports').columns(['subtype', 'place_key']).execute();
  await db.schema.createIndex('outbox_unsent_idx').on('outbox').column('id').where(sql.ref('sent_at'), 'is', null).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_unsent_idx').ifExists().execute();
  await db.schema.dropIndex('reports_subtype_place_idx').ifExists().execute();
  await db.schema.alterTable('reports').dropColumn('place_key').execute();
}
