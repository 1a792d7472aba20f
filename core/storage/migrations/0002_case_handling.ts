import { sql, type Kysely } from 'kysely';

/** Case handling (issue 4): the paused SLA clock, links between repeated disputes, lookups of followers. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('sla_paused_at', 'timestamptz').execute();
  await db.schema.createIndex('reports_duplicate_of_idx').on('reports').column('duplicate_of').execute();
  await db.schema.createIndex('reports_subtype_created_idx').on('reports').columns(['subtype', 'created_at']).execute();

  await db.schema
    .createTable('report_links')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('linked_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('repeat')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_links_pk', ['report_id', 'linked_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_links').ifExists().execute();
  await db.schema.dropIndex('reports_subtype_created_idx').ifExists().execute();
  await db.schema.dropIndex('reports_duplicate_of_idx').ifExists().execute();
  await db.schema.alterTable('reports').dropColumn('sla_paused_at').execute();
}
