import type { GeoPoint, GridRow } from '../storage/schema.js';
import { matchArea, parseArea } from './address-matcher.js';
import { pointInPolygon } from './point-in-polygon.js';

export type LocateMethod = 'location' | 'address' | 'home';
export interface GridLocation {
  gridId: number;
  method: LocateMethod;
}

export interface LocateInput {
  location: GeoPoint | null;
  /** The address field and the message text: the address field is tried first. */
  texts: Array<string | null | undefined>;
  homeGridId: number | null;
}

/**
 * Two-key routing's first key: which grid is responsible. The pin wins, then the address
 * written in the report, then the reporter's home grid; null sends the report to triage.
 */
export function locateGrid(input: LocateInput, grids: readonly GridRow[]): GridLocation | null {
  if (input.location) {
    const hit = grids.find((g) => g.boundary && pointInPolygon(input.location!, g.boundary));
    if (hit) return { gridId: hit.id, method: 'location' };
  }
  for (const text of input.texts) {
    if (!text) continue;
    const best = bestAddressMatch(text, grids);
    if (best) return { gridId: best, method: 'address' };
  }
  if (input.homeGridId !== null && grids.some((g) => g.id === input.homeGridId)) {
    return { gridId: input.homeGridId, method: 'home' };
  }
  return null;
}

function bestAddressMatch(text: string, grids: readonly GridRow[]): number | null {
  let best: { gridId: number; score: number } | null = null;
  for (const grid of grids) {
    for (const area of grid.areas) {
      const score = matchArea(parseArea(area), text);
      if (score > 0 && (!best || score > best.score)) best = { gridId: grid.id, score };
    }
  }
  return best?.gridId ?? null;
}
