import { sql, type Kysely } from 'kysely';

/**
 * Personal information protection (issue 9): who read or changed which report, when a report's
 * personal data was anonymised, and when a person's account was erased at their request.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // Null for the system (the anonymisation job); a person otherwise.
    .addColumn('actor_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('read', 'change', 'export', 'delete', 'anonymise')`))
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    // Whose centre may see the entry: the report's township, or the exporter's / erased person's.
    .addColumn('township_id', 'integer', (c) => c.references('townships.id'))
    .addColumn('detail', 'jsonb')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('audit_log_report_idx').on('audit_log').columns(['report_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('audit_log_township_idx').on('audit_log').columns(['township_id', 'id']).execute();

  await db.schema.alterTable('reports').addColumn('anonymised_at', 'timestamptz').execute();
  // The job looks only at closed reports not yet anonymised; a partial index keeps that scan small.
  await sql`create index reports_anonymise_due_idx on reports (closed_at) where anonymised_at is null and closed_at is not null`.execute(db);
  await db.schema.alterTable('persons').addColumn('erased_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('persons').dropColumn('erased_at').execute();
  await db.schema.dropIndex('reports_anonymise_due_idx').ifExists().execute();
  await db.schema.alterTable('reports').dropColumn('anonymised_at').execute();
  await db.schema.dropTable('audit_log').ifExists().execute();
}
