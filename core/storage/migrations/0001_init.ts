import { sql, type Kysely } from 'kysely';

/** The whole first schema. Works on PostgreSQL 15 and PGlite (PG 18): no PG16+ features. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('counties')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('townships')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('county_id', 'integer', (c) => c.notNull().references('counties.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('street', 'town')`))
    .execute();

  await db.schema
    .createTable('grids')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('township_id', 'integer', (c) => c.notNull().references('townships.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('areas', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('boundary', 'jsonb')
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('roles', 'jsonb', (c) => c.notNull().defaultTo(sql`'["resident"]'::jsonb`))
    .addColumn('home_grid_id', 'integer', (c) => c.references('grids.id'))
    .addColumn('township_id', 'integer', (c) => c.references('townships.id'))
    .addColumn('address', 'text')
    .addColumn('on_duty', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('password_hash', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('identities')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('identities_pk', ['channel', 'external_id'])
    .execute();

  await db.schema
    .createTable('household_groups')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('grid_id', 'integer', (c) => c.notNull().references('grids.id'))
    .addColumn('leader_id', 'integer', (c) => c.notNull().references('persons.id'))
    .execute();

  await db.schema
    .createTable('household_members')
    .addColumn('group_id', 'integer', (c) => c.notNull().references('household_groups.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addPrimaryKeyConstraint('household_members_pk', ['group_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('ticket_counters')
    .addColumn('county_id', 'integer', (c) => c.notNull().references('counties.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_counters_pk', ['county_id', 'day'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ticket', 'text', (c) => c.notNull().unique())
    .addColumn('raw_text', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('on_behalf_of', 'jsonb')
    .addColumn('anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('address_text', 'text')
    .addColumn('location', 'jsonb')
    .addColumn('township_id', 'integer', (c) => c.references('townships.id'))
    .addColumn('grid_id', 'integer', (c) => c.references('grids.id'))
    .addColumn('intent', 'text')
    .addColumn('subtype', 'text')
    .addColumn('category', 'text')
    .addColumn('urgency', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('classifier_source', 'text')
    .addColumn('confidence', 'real')
    .addColumn('summary', 'text')
    .addColumn('details', 'jsonb')
    .addColumn('referral', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('outcome', 'text')
    .addColumn('rated', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('duplicate_of', 'integer', (c) => c.references('reports.id'))
    .addColumn('due_accept_at', 'timestamptz')
    .addColumn('due_resolve_at', 'timestamptz')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('reports_reporter_idx').on('reports').column('reporter_id').execute();
  await db.schema.createIndex('reports_grid_status_idx').on('reports').columns(['grid_id', 'status']).execute();
  await db.schema.createIndex('reports_assignee_status_idx').on('reports').columns(['assignee_id', 'status']).execute();
  await db.schema.createIndex('reports_status_idx').on('reports').column('status').execute();
  await db.schema.createIndex('reports_created_idx').on('reports').column('created_at').execute();

  await db.schema
    .createTable('report_events')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('actor_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('data', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('report_events_report_idx').on('report_events').columns(['report_id', 'id']).execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('ratings')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('persons.id'))
    .addColumn('stars', 'integer', (c) => c.notNull().check(sql`stars between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('recipient_id', 'integer', (c) => c.references('persons.id'))
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('outbox_recipient_idx').on('outbox').columns(['recipient_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'outbox',
    'ratings',
    'inbound_messages',
    'report_events',
    'reports',
    'ticket_counters',
    'household_members',
    'household_groups',
    'identities',
    'persons',
    'grids',
    'townships',
    'counties',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
