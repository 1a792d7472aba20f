import type { AppContext } from '../context.js';
import { isPlaceBound } from '../taxonomy/codes.js';
import type { GeoPoint, ReportRow } from '../storage/schema.js';
import type { ReportStatus } from '../workflow/states.js';
import { sql } from 'kysely';
import { placeKey } from './place-key.js';

const WINDOW_MS = 7 * 24 * 3600_000;
const RADIUS_METRES = 200;
/** An original is still being handled; a resolved one that broke again is a new case (or a reopen). */
const BEING_HANDLED: readonly ReportStatus[] = [
  'received', 'triage', 'assigned', 'accepted', 'in_progress', 'waiting', 'escalated', 'transferred', 'reopened',
];

/**
 * The open report each of these repeats, for problems tied to a place: the same subtype at the same
 * building or address, or within 200 m, filed in the last 7 days. Only earlier reports count,
 * so two reports routed at once can never follow each other. Emergencies are never merged:
 * a second call about a fire may carry what the first did not (someone trapped).
 * One query serves a routing batch; the exact test per report stays in code.
 */
export async function findOriginals(ctx: AppContext, reports: readonly ReportRow[]): Promise<Map<number, ReportRow>> {
  const probes = reports.flatMap((report) => {
    if (!report.subtype || !isPlaceBound(report.subtype) || report.urgency === 'emergency') return [];
    const key = report.address_text ? placeKey(report.address_text) : null;
    return key || report.location ? [{ report, subtype: report.subtype, key, near: report.location ? nearBox(report.location) : null }] : [];
  });
  const originals = new Map<number, ReportRow>();
  if (probes.length === 0) return originals;
  // The database narrows to the same type at the same place key or in a box around the point.
  const candidates = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('id', '<', Math.max(...probes.map((p) => p.report.id)))
    .where('duplicate_of', 'is', null)
    .where('status', 'in', BEING_HANDLED)
    .where('created_at', '>=', new Date(ctx.clock.now().getTime() - WINDOW_MS))
    .where((eb) =>
      eb.or(
        probes.map(({ subtype, key, near }) => {
          const sameKey = key !== null ? eb('place_key', '=', key) : null;
          const close = near
            ? eb.and([
                eb(sql<number>`(location->>'lat')::float8`, '>=', near.minLat),
                eb(sql<number>`(location->>'lat')::float8`, '<=', near.maxLat),
                eb(sql<number>`(location->>'lng')::float8`, '>=', near.minLng),
                eb(sql<number>`(location->>'lng')::float8`, '<=', near.maxLng),
              ])
            : null;
          return eb.and([eb('subtype', '=', subtype), eb.or([sameKey, close].filter((c) => c !== null))]);
        }),
      ),
    )
    .orderBy('id')
    .execute();
  for (const { report, subtype, key } of probes) {
    const original = candidates.find(
      (c) =>
        c.id < report.id &&
        c.subtype === subtype &&
        ((key !== null && c.address_text !== null && placeKey(c.address_text) === key) ||
          (report.location !== null && c.location !== null && distanceMetres(report.location, c.location) <= RADIUS_METRES)),
    );
    if (original) originals.set(report.id, original);
  }
  return originals;
}

/** Great-circle distance (haversine); plenty for 200 m. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A lat/lng box a little larger than the radius, so no report within it is filtered out. */
function nearBox(p: GeoPoint): { minLat: number; maxLat: number; minLng: number; maxLng: number } {
  const dLat = ((RADIUS_METRES * 1.1) / 6_371_000) * (180 / Math.PI);
  const dLng = dLat / Math.max(0.01, Math.cos((p.lat * Math.PI) / 180));
  return { minLat: p.lat - dLat, maxLat: p.lat + dLat, minLng: p.lng - dLng, maxLng: p.lng + dLng };
}
