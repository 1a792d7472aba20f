import { sql, type Kysely } from 'kysely';

/**
 * A random id for this database. Queue keys in Redis are namespaced by it: report and outbox ids
 * restart at 1 in a new or reset database, and BullMQ silently ignores a job whose id it already
 * holds, so without the namespace a fresh database's first reports would wait behind old jobs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into instance (id) values (replace(gen_random_uuid()::text, '-', ''))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instance').execute();
}
