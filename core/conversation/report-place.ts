import { locateGrid } from '../routing/locate-grid.js';
import type { GridRow } from '../storage/schema.js';

/** Places named relative to the speaker's home: 「楼上」「隔壁」「楼道里」. */
const RELATIVE_TO_HOME = /^(楼上|楼下|隔壁|对门|对面|门口|楼道|院子|家里|我家|单元)/u;

export type PlaceDecision =
  | { kind: 'known'; address: string | null }
  | { kind: 'ask' };

/**
 * Is the place of a report clear enough to route it? A place that names a grid's area is; one said
 * relative to home is, when we know their home; anything else (missing, or a name no grid covers)
 * gets the one place question.
 */
export function decidePlace(input: { text: string; place: string | null; homeAddress: string | null }, grids: readonly GridRow[]): PlaceDecision {
  if (locateGrid({ location: null, texts: [input.place, input.text], homeGridId: null }, grids)) return { kind: 'known', address: null };
  if (input.place && RELATIVE_TO_HOME.test(input.place) && input.homeAddress) return { kind: 'known', address: input.homeAddress };
  return { kind: 'ask' };
}
