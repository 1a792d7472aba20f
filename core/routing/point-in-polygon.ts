import type { GeoPoint, GeoPolygon } from '../storage/schema.js';

/** Ray casting on the outer ring; GeoJSON rings are [lng, lat]. Holes are ignored: grids have none. */
export function pointInPolygon(point: GeoPoint, polygon: GeoPolygon): boolean {
  const ring = polygon.coordinates[0];
  if (!ring || ring.length < 3) return false;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const crosses = yi > point.lat !== yj > point.lat && point.lng < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}
