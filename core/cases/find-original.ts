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
 * The open report this one repeats, for problems tied to a place: the same subtype at the same
 * building or address, or within 200 m, filed in the last 7 days. Only earlier reports count,
 * so two reports routed at once can never follow each other. Emergencies are never merged:
 * a second call about a fire may carry what the first did not (someone trapped).
 */
export async function findOriginal(ctx: AppContext, report: ReportRow): Promise<ReportRow | undefined> {
  if (!report.subtype || !isPlaceBound(report.subtype) || report.urgency === 'emergency') return undefined;
  const key = report.address_text ? placeKey(report.address_text) : null;
  if (!key && !report.location) return undefined;
  // The database narrows to the same place key or a box around the point; the exact test stays below.
  const candidates = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('subtype', '=', report.subtype)
    .where('id', '<', report.id)
    .where('duplicate_of', 'is', null)
    .where('status', 'in', BEING_HANDLED)
    .where('created_at', '>=', new Date(ctx.clock.now().getTime() - WINDOW_MS))
    .where((eb) => {
      const near = report.location ? nearBox(report.location) : null;
      const sameKey = key !== null ? eb('place_key', '=', key) : null;
      const close = near
        ? eb.and([
            eb(sql<number>`(location->>'lat')::float8`, '>=', near.minLat),
            eb(sql<number>`(location->>'lat')::float8`, '<=', near.maxLat),
            eb(sql<number>`(location->>'lng')::float8`, '>=', near.minLng),
            eb(sql<number>`(location->>'lng')::float8`, '<=', near.maxLng),
          ])
        : null;
      return eb.or([sameKey, close].filter((c) => c !== null));
    })
    .orderBy('id')
    .execute();
  return candidates.find(
    (c) =>
      (key !== null && c.address_text !== null && placeKey(c.address_text) === key) ||
      (report.location !== null && c.location !== null && distanceMetres(report.location, c.location) <= RADIUS_METRES),
  );
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
