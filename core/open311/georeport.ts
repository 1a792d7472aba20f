import type { AppContext } from '../context.js';
import { CATEGORIES, SUBTYPES, SUBTYPE_CODES, categoryOf, isPlaceBound, type Subtype } from '../taxonomy/codes.js';
import { isOpen, REPORT_STATUSES } from '../workflow/states.js';
import type { ReportRow } from '../storage/schema.js';

/**
 * Open311 GeoReport v2, read-only. Only problems tied to a public place are published (hazards,
 * environment, city management, utilities): disputes, public order and care needs concern people,
 * not places. Each request carries public fields only — type, status, the grid as a coarse place,
 * dates — never the text, the reporter, a phone number or a precise location.
 */
export const PUBLIC_SUBTYPES: readonly Subtype[] = SUBTYPE_CODES.filter(isPlaceBound);

export function services() {
  return PUBLIC_SUBTYPES.map((code) => ({
    service_code: code,
    service_name: SUBTYPES[code],
    description: `${CATEGORIES[categoryOf(code)]}：${SUBTYPES[code]}`,
    metadata: false,
    type: 'realtime',
    keywords: '',
    group: CATEGORIES[categoryOf(code)],
  }));
}

export interface RequestsQuery {
  serviceCode?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  startDate?: Date | undefined;
  endDate?: Date | undefined;
  ticket?: string | undefined;
}

const DEFAULT_DAYS = 90;
const MAX_ROWS = 1000;

export async function serviceRequests(ctx: AppContext, query: RequestsQuery) {
  const codes = query.serviceCode ? PUBLIC_SUBTYPES.filter((code) => code === query.serviceCode) : PUBLIC_SUBTYPES;
  if (codes.length === 0) return [];
  const end = query.endDate ?? ctx.clock.now();
  const start = query.startDate ?? new Date(end.getTime() - DEFAULT_DAYS * 86_400_000);
  let q = ctx.db
    .selectFrom('reports')
    .leftJoin('grids', 'grids.id', 'reports.grid_id')
    .leftJoin('townships', 'townships.id', 'reports.township_id')
    .selectAll('reports')
    .select(['grids.name as grid_name', 'townships.name as township_name'])
    .where('reports.subtype', 'in', codes)
    .where('reports.created_at', '>=', start)
    .where('reports.created_at', '<', end)
    .where('reports.duplicate_of', 'is', null);
  if (query.ticket) q = q.where('reports.ticket', '=', query.ticket);
  const rows = await q.orderBy('reports.id', 'desc').limit(MAX_ROWS).execute();
  return rows
    .map((r) => toServiceRequest(r))
    .filter((r) => !query.status || r.status === query.status);
}

function toServiceRequest(r: ReportRow & { grid_name: string | null; township_name: string | null }) {
  const open = isOpen(r.status);
  return {
    service_request_id: r.ticket,
    status: open ? 'open' : 'closed',
    status_notes: REPORT_STATUSES[r.status],
    service_name: r.subtype ? SUBTYPES[r.subtype] : null,
    service_code: r.subtype,
    agency_responsible: r.referral,
    requested_datetime: r.created_at.toISOString(),
    updated_datetime: r.updated_at.toISOString(),
    address: [r.township_name, r.grid_name].filter(Boolean).join(' '),
  };
}
