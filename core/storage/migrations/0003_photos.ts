import { sql, type Kysely } from 'kysely';

/** Photos residents attach to reports and workers attach to resolutions; the bytes live in the FileStore. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('uploader_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('report', 'resolution')`))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('report_photos_report_idx').on('report_photos').column('report_id').execute();
  await db.schema.createIndex('report_photos_uploader_idx').on('report_photos').columns(['uploader_id', 'report_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_photos').execute();
}
