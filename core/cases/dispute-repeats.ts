import type { AppContext } from '../context.js';
import { SUBTYPE_CODES, isDispute, type Subtype } from '../taxonomy/codes.js';
import type { ReportRow } from '../storage/schema.js';
import { normaliseText, placeKey } from './place-key.js';

const DAY_MS = 24 * 3600_000;
/** taxonomy §4: `repeat` when the same address or parties come back within 30 days. */
const REPEAT_WINDOW_MS = 30 * DAY_MS;
/** 民转刑 early warning: the third dispute between the same parties within 90 days. */
const WARNING_WINDOW_MS = 90 * DAY_MS;
const WARNING_AT = 3;
const DISPUTE_SUBTYPES = SUBTYPE_CODES.filter(isDispute);

interface Parties {
  reporterId: number;
  /** The reporter's household: their home address, so two members of one family count as one side. */
  household: string | null;
  /** The other side, as the classifier found it named (「楼上502」, 「老板」). */
  others: Set<string>;
  place: string | null;
}

export interface DisputeHistory {
  /** Earlier disputes this one repeats (same address or parties, 30 days): linked, and flagged `repeat`. */
  repeats: ReportRow[];
  /** True for the third (or later) dispute between the same parties within 90 days. */
  earlyWarning: boolean;
  /** How many disputes between these parties in 90 days, this one included. */
  count: number;
}

/**
 * Looks back at earlier disputes for a newly classified one. "The same parties" means the same
 * side (the same reporter, or someone from the same household address) against the same other
 * side (a party named alike, or, when neither names one, the same address).
 */
export async function disputeHistory(
  ctx: AppContext,
  report: ReportRow,
  subtype: Subtype,
  found: { parties: readonly string[]; address: string | null },
): Promise<DisputeHistory | null> {
  if (!isDispute(subtype)) return null;
  const now = ctx.clock.now().getTime();
  const reporter = await ctx.repos.people.findById(report.reporter_id);
  const earlier = await ctx.db
    .selectFrom('reports as r')
    .innerJoin('persons as p', 'p.id', 'r.reporter_id')
    .selectAll('r')
    .select('p.address as reporter_address')
    .where('r.id', '<>', report.id)
    .where('r.subtype', 'in', DISPUTE_SUBTYPES)
    .where('r.created_at', '>=', new Date(now - WARNING_WINDOW_MS))
    .orderBy('r.id')
    .execute();
  const mine = partiesOf(report.reporter_id, reporter?.address ?? null, found.parties, found.address);
  const withParties = earlier.map((row) => ({ row, parties: partiesOf(row.reporter_id, row.reporter_address, partyList(row.details), row.address_text) }));
  const sameSides = withParties.filter((e) => sameParties(mine, e.parties));
  const repeats = withParties
    .filter((e) => e.row.created_at.getTime() >= now - REPEAT_WINDOW_MS)
    .filter((e) => (mine.place !== null && mine.place === e.parties.place) || sameSides.includes(e))
    .map((e) => e.row);
  const count = sameSides.length + 1;
  return { repeats, earlyWarning: count >= WARNING_AT, count };
}

function partiesOf(reporterId: number, household: string | null, others: readonly string[], address: string | null): Parties {
  return {
    reporterId,
    household: household ? normaliseText(household) : null,
    others: new Set(others.map(normaliseText).filter((p) => p !== '')),
    place: address ? placeKey(address) : null,
  };
}

function partyList(details: Record<string, unknown> | null): string[] {
  const parties = details?.['parties'];
  return Array.isArray(parties) ? parties.filter((p): p is string => typeof p === 'string') : [];
}

function sameParties(a: Parties, b: Parties): boolean {
  const sameSide = a.reporterId === b.reporterId || (a.household !== null && a.household === b.household);
  const otherSide =
    [...a.others].some((p) => b.others.has(p)) || (a.others.size === 0 && b.others.size === 0 && a.place !== null && a.place === b.place);
  return sameSide && otherSide;
}
