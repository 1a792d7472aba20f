import { sql } from 'kysely';
import type { Db } from '../database.js';
import type { NewReport, ReportEventRow, ReportRow, ReportUpdate } from '../schema.js';
import type { ReportStatus } from '../../workflow/states.js';
import type { Executor } from './executor.js';
import { placeKey } from '../../cases/place-key.js';

export interface NewReportEvent {
  report_id: number;
  actor_id: number | null;
  action: string;
  from_status: ReportStatus | null;
  to_status: ReportStatus | null;
  note?: string | null | undefined;
  data?: Record<string, unknown> | null | undefined;
}

/** The SQL types of the columns updateMany may write (`id`, `ticket`, `created_at` are never changed). */
const REPORT_COLUMN_TYPES: Record<string, string> = {
  raw_text: 'text',
  reporter_id: 'integer',
  on_behalf_of: 'jsonb',
  anonymous: 'boolean',
  address_text: 'text',
  place_key: 'text',
  location: 'jsonb',
  township_id: 'integer',
  grid_id: 'integer',
  intent: 'text',
  subtype: 'text',
  category: 'text',
  urgency: 'text',
  flags: 'jsonb',
  classifier_source: 'text',
  confidence: 'real',
  summary: 'text',
  details: 'jsonb',
  referral: 'text',
  status: 'text',
  assignee_id: 'integer',
  outcome: 'text',
  rated: 'boolean',
  duplicate_of: 'integer',
  due_accept_at: 'timestamptz',
  due_resolve_at: 'timestamptz',
  sla_paused_at: 'timestamptz',
  accepted_at: 'timestamptz',
  resolved_at: 'timestamptz',
  closed_at: 'timestamptz',
  anonymised_at: 'timestamptz',
  updated_at: 'timestamptz',
};

/** Intake also sets the columns no update changes. */
const INSERT_COLUMN_TYPES: Record<string, string> = { ticket: 'text', ...REPORT_COLUMN_TYPES, created_at: 'timestamptz' };

/** A report as intake stores it: the row, its `submit` event's data, and the channel's dedupe key. */
export interface SubmittedReport {
  report: NewReport;
  eventData: Record<string, unknown>;
  inbound?: { dedupeKey: string; channel: string } | undefined;
}

/** Reports and their timeline. Writes take an executor so a use-case can group them in one transaction. */
export class ReportsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Intake's write: the reports, each with its `submit` event and, when the channel gave one, its
   * dedupe key, in one statement (atomic on its own, one round trip). Rows come back in the order given.
   */
  async insertSubmitted(entries: readonly SubmittedReport[], ex: Executor = this.db): Promise<ReportRow[]> {
    if (entries.length === 0) return [];
    const records = entries.map(({ report, eventData, inbound }) => {
      const record: Record<string, unknown> = { event_data: eventData, dedupe_key: inbound?.dedupeKey ?? null, channel: inbound?.channel ?? null };
      for (const [column, value] of Object.entries(withPlaceKey(report))) {
        if (value !== undefined) record[column] = INSERT_COLUMN_TYPES[column] === 'jsonb' && typeof value === 'string' ? JSON.parse(value) : value;
      }
      return record;
    });
    const columns = Object.keys(INSERT_COLUMN_TYPES).filter((c) => records.some((r) => c in r));
    const definitions = sql.join(
      [...columns.map((c) => [c, INSERT_COLUMN_TYPES[c]!]), ['event_data', 'jsonb'], ['dedupe_key', 'text'], ['channel', 'text']].map(
        ([c, type]) => sql`${sql.id(c!)} ${sql.raw(type!)}`,
      ),
    );
    const list = sql.join(columns.map((c) => sql.id(c)));
    const result = await sql<ReportRow>`
      with v as (select * from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(${definitions})),
      r as (insert into reports (${list}) select ${list} from v returning *),
      e as (
        insert into report_events (report_id, actor_id, action, from_status, to_status, data)
        select r.id, r.reporter_id, 'submit', null, 'received', v.event_data from r join v on v.ticket = r.ticket order by r.id),
      m as (
        insert into inbound_messages (dedupe_key, channel, person_id, text, report_id)
        select v.dedupe_key, v.channel, r.reporter_id, r.raw_text, r.id from r join v on v.ticket = r.ticket where v.dedupe_key is not null)
      select * from r`.execute(ex);
    const byTicket = new Map(result.rows.map((r) => [r.ticket, r]));
    return entries.map(({ report }) => byTicket.get(report.ticket)!);
  }

  async findById(id: number, ex: Executor = this.db): Promise<ReportRow | undefined> {
    return ex.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findByIds(ids: readonly number[], ex: Executor = this.db): Promise<ReportRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom('reports').selectAll().where('id', 'in', [...ids]).orderBy('id').execute();
  }

  async findByTicket(ticket: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom('reports').selectAll().where('ticket', '=', ticket).executeTakeFirst();
  }

  /**
   * Locks the rows for the rest of the transaction, so two actions on one report run one after the
   * other; always in id order, so two transactions locking overlapping sets cannot deadlock.
   */
  async lockById(id: number, ex: Executor): Promise<ReportRow | undefined> {
    const [row] = await this.lockByIds([id], ex);
    return row;
  }

  async lockByIds(ids: readonly number[], ex: Executor): Promise<ReportRow[]> {
    if (ids.length === 0) return [];
    return ex.selectFrom('reports').selectAll().where('id', 'in', [...ids]).orderBy('id').forUpdate().execute();
  }

  async update(id: number, changes: ReportUpdate, ex: Executor = this.db): Promise<ReportRow> {
    const [row] = await this.updateMany([{ id, changes }], ex);
    if (!row) throw new Error(`report ${id} not found`);
    return row;
  }

  /**
   * Writes each report's own changes with one statement per set of changed columns: the rows travel
   * as one jsonb parameter, unpacked by jsonb_to_recordset. Column names come from a fixed list.
   * Returns the updated rows in the order given (a missing report is left out).
   */
  async updateMany(updates: ReadonlyArray<{ id: number; changes: ReportUpdate }>, ex: Executor = this.db): Promise<ReportRow[]> {
    const now = new Date();
    const groups = new Map<string, Array<Record<string, unknown>>>();
    for (const { id, changes } of updates) {
      const values: Record<string, unknown> = { ...withPlaceKey(changes), updated_at: now };
      const record: Record<string, unknown> = { id };
      for (const [column, value] of Object.entries(values)) {
        if (value === undefined) continue;
        if (!(column in REPORT_COLUMN_TYPES)) throw new Error(`reports.${column} cannot be updated`);
        // Json columns arrive serialised (as Kysely takes them); inside the recordset they are values.
        record[column] = REPORT_COLUMN_TYPES[column] === 'jsonb' && typeof value === 'string' ? JSON.parse(value) : value;
      }
      const key = Object.keys(record).sort().join(',');
      groups.set(key, [...(groups.get(key) ?? []), record]);
    }
    const rows = new Map<number, ReportRow>();
    for (const [key, records] of groups) {
      const columns = key.split(',').filter((c) => c !== 'id');
      const assignments = sql.join(columns.map((c) => sql`${sql.id(c)} = v.${sql.id(c)}`));
      const definitions = sql.join(['id', ...columns].map((c) => sql`${sql.id(c)} ${sql.raw(c === 'id' ? 'integer' : REPORT_COLUMN_TYPES[c]!)}`));
      const result = await sql<ReportRow>`
        update reports as r set ${assignments}
        from jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as v(${definitions})
        where r.id = v.id returning r.*`.execute(ex);
      for (const row of result.rows) rows.set(row.id, row);
    }
    return updates.flatMap(({ id }) => (rows.has(id) ? [rows.get(id)!] : []));
  }

  async addEvent(event: NewReportEvent, ex: Executor = this.db): Promise<void> {
    await this.addEvents([event], ex);
  }

  async addEvents(events: readonly NewReportEvent[], ex: Executor = this.db): Promise<void> {
    if (events.length === 0) return;
    await ex
      .insertInto('report_events')
      .values(
        events.map((event) => ({
          report_id: event.report_id,
          actor_id: event.actor_id,
          action: event.action,
          from_status: event.from_status,
          to_status: event.to_status,
          note: event.note ?? null,
          data: event.data ? JSON.stringify(event.data) : null,
        })),
      )
      .execute();
  }

  async timeline(reportId: number): Promise<Array<ReportEventRow & { actor_name: string | null }>> {
    return this.db
      .selectFrom('report_events as e')
      .leftJoin('persons as p', 'p.id', 'e.actor_id')
      .selectAll('e')
      .select('p.name as actor_name')
      .where('e.report_id', '=', reportId)
      .orderBy('e.id')
      .execute();
  }

  async listByReporter(personId: number, limit = 100): Promise<ReportRow[]> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('reporter_id', '=', personId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async listByAssignee(personId: number, statuses: readonly ReportStatus[]): Promise<ReportRow[]> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('assignee_id', '=', personId)
      .where('status', 'in', statuses)
      .orderBy(sql`coalesce(due_resolve_at, due_accept_at)`, 'asc')
      .execute();
  }

  async listByStatus(statuses: readonly ReportStatus[], filter: { townshipId?: number | undefined } = {}): Promise<ReportRow[]> {
    let q = this.db.selectFrom('reports').selectAll().where('status', 'in', statuses);
    if (filter.townshipId !== undefined) q = q.where('township_id', '=', filter.townshipId);
    return q.orderBy('id').execute();
  }

  async listByGrid(gridId: number, statuses: readonly ReportStatus[]): Promise<ReportRow[]> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('grid_id', '=', gridId)
      .where('status', 'in', statuses)
      .orderBy(sql`coalesce(due_resolve_at, due_accept_at)`, 'asc')
      .execute();
  }

  /** Open reports per worker, to pick the least-loaded one. */
  async openLoadByAssignee(personIds: number[], openStatuses: readonly ReportStatus[]): Promise<Map<number, number>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('reports')
      .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('assignee_id', 'in', personIds)
      .where('status', 'in', openStatuses)
      .groupBy('assignee_id')
      .execute();
    return new Map(rows.map((r) => [r.assignee_id as number, Number(r.n)]));
  }

  /** The other residents following each report as co-reporters (their reports are its duplicates). */
  async followerReporterIds(reportIds: readonly number[], ex: Executor = this.db): Promise<Map<number, number[]>> {
    const followers = new Map<number, number[]>(reportIds.map((id) => [id, []]));
    if (reportIds.length === 0) return followers;
    const rows = await ex
      .selectFrom('reports as f')
      .innerJoin('reports as o', 'o.id', 'f.duplicate_of')
      .select(['f.duplicate_of as original_id', 'f.reporter_id'])
      .distinct()
      .where('f.duplicate_of', 'in', [...reportIds])
      .whereRef('f.reporter_id', '<>', 'o.reporter_id')
      .execute();
    for (const r of rows) followers.get(r.original_id as number)?.push(r.reporter_id);
    return followers;
  }

  /** How many reports follow each of these, for the co-reporter count. */
  async followerCounts(reportIds: number[]): Promise<Map<number, number>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('reports')
      .select(['duplicate_of', (eb) => eb.fn.countAll<number>().as('n')])
      .where('duplicate_of', 'in', reportIds)
      .groupBy('duplicate_of')
      .execute();
    return new Map(rows.map((r) => [r.duplicate_of as number, Number(r.n)]));
  }

  async firedTimersOf(reportId: number, ex: Executor = this.db): Promise<Set<string>> {
    return (await this.firedTimers([reportId], ex)).get(reportId)!;
  }

  /** The timers that already fired for each report, as `kind@basis`: a fired timer is never set again. */
  async firedTimers(reportIds: readonly number[], ex: Executor = this.db): Promise<Map<number, Set<string>>> {
    const fired = new Map<number, Set<string>>(reportIds.map((id) => [id, new Set()]));
    if (reportIds.length === 0) return fired;
    const rows = await ex
      .selectFrom('report_events')
      .select(['report_id', sql<string>`data->>'timer' || '@' || (data->>'basis')`.as('key')])
      .where('report_id', 'in', [...reportIds])
      .where(sql<boolean>`data ? 'timer'`)
      .execute();
    for (const r of rows) fired.get(r.report_id)?.add(r.key);
    return fired;
  }

  /** Reports that may have live timers (deadlines, emergency re-alerts, 回访), all or those changed since: what the reconciler re-sets. */
  async listTimed(changedSince: Date | null = null): Promise<ReportRow[]> {
    let query = this.db.selectFrom('reports').selectAll().where('status', 'not in', ['closed', 'rejected', 'withdrawn', 'received', 'triage']);
    if (changedSince) query = query.where('updated_at', '>=', changedSince);
    return query.orderBy('id').execute();
  }

  /** Reports stuck before routing finished: the reconciler puts them back on the queue. */
  async listUnrouted(olderThan: Date): Promise<ReportRow[]> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('status', '=', 'received')
      .where('created_at', '<', olderThan)
      .orderBy('id')
      .execute();
  }
}

/** Every write of the address also writes its place key, so the repeat lookup can use an index. */
function withPlaceKey<T extends { address_text?: string | null | undefined }>(values: T): T & { place_key?: string | null } {
  if (values.address_text === undefined) return values;
  return { ...values, place_key: values.address_text === null ? null : placeKey(values.address_text) };
}
