import type { Kysely } from 'kysely';

/**
 * Intake looks for a resident's resend (same person, same text, last 10 minutes) in every batch.
 * With only the created_at index the planner scans every report of the last 10 minutes, which under
 * a burst is thousands; (reporter_id, created_at) makes it one short range per person, and serves
 * 「我的反映」 (a person's reports, newest first) as well, so it replaces the reporter_id index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('reports_reporter_created_idx').on('reports').columns(['reporter_id', 'created_at']).execute();
  await db.schema.dropIndex('reports_reporter_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('reports_reporter_idx').on('reports').column('reporter_id').execute();
  await db.schema.dropIndex('reports_reporter_created_idx').execute();
}
