import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Intent, RiskFlag, Subtype, Urgency } from '../taxonomy/codes.js';
import type { Role } from '../people/roles.js';
import type { ReportStatus, Outcome } from '../workflow/states.js';

/** Kysely's view of the database: one interface per table, shared by both engines. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb is written as a JSON string (pg would turn JS arrays into Postgres arrays) and read back parsed. */
type JsonWrite<T> = null extends T ? string | null : string;
type Json<T> = ColumnType<T, JsonWrite<T>, JsonWrite<T>>;

export interface GeoPoint {
  lat: number;
  lng: number;
}
/** GeoJSON Polygon ring coordinates are [lng, lat]. */
export interface GeoPolygon {
  type: 'Polygon';
  coordinates: Array<Array<[number, number]>>;
}
export interface OnBehalfOf {
  name: string;
  address?: string | undefined;
  phone?: string | undefined;
}

export interface CountiesTable {
  id: Generated<number>;
  code: string;
  name: string;
}

export interface TownshipsTable {
  id: Generated<number>;
  county_id: number;
  code: string;
  name: string;
  kind: 'street' | 'town';
}

export interface GridsTable {
  id: Generated<number>;
  township_id: number;
  code: string;
  name: string;
  /** Communities, buildings and village groups the grid covers, as people write them. */
  areas: Json<string[]>;
  boundary: Json<GeoPolygon | null>;
}

export interface PersonsTable {
  id: Generated<number>;
  name: string;
  phone: string | null;
  roles: Json<Role[]>;
  home_grid_id: number | null;
  township_id: number | null;
  address: string | null;
  on_duty: Generated<boolean>;
  password_hash: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  /** Set when the person asked for their data to be deleted: the row stays as 「已注销用户」 and cannot log in. */
  erased_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface IdentitiesTable {
  channel: string;
  external_id: string;
  person_id: number;
  created_at: CreatedAt;
}

export interface HouseholdGroupsTable {
  id: Generated<number>;
  name: string;
  grid_id: number;
  leader_id: number;
}

export interface HouseholdMembersTable {
  group_id: number;
  person_id: number;
}

export interface TicketCountersTable {
  county_id: number;
  day: string;
  seq: number;
}

export interface ReportsTable {
  id: Generated<number>;
  ticket: string;
  raw_text: string;
  reporter_id: number;
  on_behalf_of: Json<OnBehalfOf | null>;
  anonymous: Generated<boolean>;
  address_text: string | null;
  /** placeKey(address_text), kept by the repository on every write of the address (for repeat lookups). */
  place_key: Generated<string | null>;
  location: Json<GeoPoint | null>;
  township_id: number | null;
  grid_id: number | null;
  intent: Intent | null;
  subtype: Subtype | null;
  category: string | null;
  urgency: Urgency;
  flags: Json<RiskFlag[]>;
  classifier_source: string | null;
  confidence: number | null;
  summary: string | null;
  details: Json<Record<string, unknown> | null>;
  referral: string | null;
  status: ReportStatus;
  assignee_id: number | null;
  outcome: Outcome | null;
  rated: Generated<boolean>;
  duplicate_of: number | null;
  due_accept_at: Timestamp | null;
  due_resolve_at: Timestamp | null;
  /** Set while the report waits for the resident: the deadlines are moved on by the pause when it ends. */
  sla_paused_at: Timestamp | null;
  accepted_at: Timestamp | null;
  resolved_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** Set once personal data was removed (closed long enough, or the reporter asked); statistics fields stay. */
  anonymised_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ReportEventsTable {
  id: Generated<number>;
  report_id: number;
  actor_id: number | null;
  action: string;
  from_status: ReportStatus | null;
  to_status: ReportStatus | null;
  note: string | null;
  data: Json<Record<string, unknown> | null>;
  created_at: CreatedAt;
}

export interface InboundMessagesTable {
  id: Generated<number>;
  dedupe_key: string;
  channel: string;
  person_id: number;
  text: string;
  report_id: number | null;
  created_at: CreatedAt;
}

export interface RatingsTable {
  id: Generated<number>;
  report_id: number;
  person_id: number;
  stars: number;
  comment: string | null;
  created_at: CreatedAt;
}

export interface OutboxTable {
  id: Generated<number>;
  recipient_id: number | null;
  /** 'person' for one person, 'township' / 'county' for a centre's duty group. */
  audience: string;
  report_id: number | null;
  kind: string;
  text: string;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  attempts: Generated<number>;
}

export interface ReportPhotosTable {
  id: string;
  uploader_id: number;
  /** Null until the uploader attaches it to a report (on submit, or with the `resolve` action). */
  report_id: number | null;
  kind: 'report' | 'resolution';
  /** The FileStore key. */
  path: string;
  mime: string;
  bytes: number;
  created_at: CreatedAt;
}

/** Repeated disputes stay separate cases, linked to the earlier ones. */
export interface ReportLinksTable {
  report_id: number;
  linked_id: number;
  kind: 'repeat';
  created_at: CreatedAt;
}

export type AuditAction = 'read' | 'change' | 'export' | 'delete' | 'anonymise';

/** Who read, changed, exported, deleted or anonymised what; changes to reports are also on their timeline. */
export interface AuditLogTable {
  id: Generated<number>;
  actor_id: number | null;
  action: AuditAction;
  report_id: number | null;
  township_id: number | null;
  detail: Json<Record<string, unknown> | null>;
  at: CreatedAt;
}

export interface Database {
  counties: CountiesTable;
  townships: TownshipsTable;
  grids: GridsTable;
  persons: PersonsTable;
  identities: IdentitiesTable;
  household_groups: HouseholdGroupsTable;
  household_members: HouseholdMembersTable;
  ticket_counters: TicketCountersTable;
  reports: ReportsTable;
  report_events: ReportEventsTable;
  inbound_messages: InboundMessagesTable;
  ratings: RatingsTable;
  outbox: OutboxTable;
  report_links: ReportLinksTable;
  report_photos: ReportPhotosTable;
  audit_log: AuditLogTable;
}

export type ReportRow = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type ReportUpdate = Updateable<ReportsTable>;
export type PersonRow = Selectable<PersonsTable>;
export type GridRow = Selectable<GridsTable>;
export type ReportEventRow = Selectable<ReportEventsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type PhotoRow = Selectable<ReportPhotosTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
