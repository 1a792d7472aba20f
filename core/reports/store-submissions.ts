import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { NewReport, PersonRow, ReportRow } from '../storage/schema.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { Settled } from '../storage/group-commit.js';
import { attachPhotos } from '../files/attach-photos.js';
import { formatTicket, shanghaiDay } from './ticket.js';
import type { SubmitReportInput } from './schemas.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

export interface Submission {
  reporter: PersonRow;
  input: SubmitReportInput;
  channel: 'api' | 'wechat' | 'miniapp';
  /** Scoped to channel and person; the same key never makes a second report. */
  dedupeKey: string | undefined;
  /** The rules saw present danger: stored as an emergency from the first moment. */
  emergency: boolean;
}

export interface Stored {
  report: ReportRow;
  /** True when this submission repeated an earlier one and got its report. */
  repeated: boolean;
}

/** Identical text from the same person within this window is one report (double taps, resends). */
const RESEND_WINDOW_MS = 10 * 60_000;

/**
 * The group-commit flush of intake: the submissions that arrived together are checked against earlier
 * ones with two queries and stored in one transaction of multi-row inserts, then queued as one job.
 * If the batch fails for a reason that may be one item's (a photo that is not theirs, a dedupe race),
 * each item is stored on its own so only that one gets the error.
 */
export async function storeSubmissions(ctx: AppContext, items: readonly Submission[]): Promise<Array<Settled<Stored>>> {
  const earlier = await findEarlierSubmissions(ctx, items);
  const results: Array<Settled<Stored> | undefined> = items.map((_, i) => {
    const report = earlier.get(i);
    return report ? { ok: true, value: { report, repeated: true } } : undefined;
  });
  // Within the batch, a repeat of an earlier item gets that item's report.
  const firstOf = new Map<string, number>();
  const repeatOf = new Map<number, number>();
  const fresh: number[] = [];
  items.forEach((item, i) => {
    if (results[i]) return;
    const keys = sameSubmissionKeys(item);
    const first = keys.map((k) => firstOf.get(k)).find((f) => f !== undefined);
    if (first !== undefined) repeatOf.set(i, first);
    else {
      for (const k of keys) firstOf.set(k, i);
      fresh.push(i);
    }
  });

  if (fresh.length > 0) {
    try {
      const stored = await insertSubmissions(ctx, fresh.map((i) => items[i]!));
      fresh.forEach((i, n) => (results[i] = { ok: true, value: { report: stored[n]!, repeated: false } }));
    } catch (error) {
      for (const i of fresh) {
        results[i] = fresh.length > 1 && mayBeOneItems(error) ? (await storeSubmissions(ctx, [items[i]!]))[0] : await settleFailure(ctx, items[i]!, error);
      }
    }
  }
  for (const [i, first] of repeatOf) {
    const original = results[first]!;
    results[i] = original.ok ? { ok: true, value: { report: original.value.report, repeated: true } } : original;
  }
  return results.map((r) => r!);
}

function sameSubmissionKeys(item: Submission): string[] {
  const keys = [`text:${item.reporter.id}:${item.input.text}`];
  if (item.dedupeKey) keys.push(`key:${item.dedupeKey}`);
  return keys;
}

/** Earlier reports these submissions repeat: by dedupe key, or the same text from the same person lately. */
async function findEarlierSubmissions(ctx: AppContext, items: readonly Submission[]): Promise<Map<number, ReportRow>> {
  const found = new Map<number, ReportRow>();
  const keys = items.flatMap((item) => (item.dedupeKey ? [item.dedupeKey] : []));
  if (keys.length > 0) {
    const rows = await ctx.db
      .selectFrom('inbound_messages as m')
      .innerJoin('reports as r', 'r.id', 'm.report_id')
      .selectAll('r')
      .select('m.dedupe_key')
      .where('m.dedupe_key', 'in', keys)
      .execute();
    const byKey = new Map(rows.map(({ dedupe_key, ...report }) => [dedupe_key, report as ReportRow]));
    items.forEach((item, i) => {
      const report = item.dedupeKey ? byKey.get(item.dedupeKey) : undefined;
      if (report) found.set(i, report);
    });
  }
  const since = new Date(ctx.clock.now().getTime() - RESEND_WINDOW_MS);
  // The time bound sits in every branch so each is one range of the (reporter_id, created_at) index:
  // during a burst the planner's statistics would otherwise send it through every recent report.
  const resends = await ctx.db
    .selectFrom('reports')
    .selectAll()
    .where((eb) =>
      eb.or(items.map((item) => eb.and([eb('reporter_id', '=', item.reporter.id), eb('created_at', '>', since), eb('raw_text', '=', item.input.text)]))),
    )
    .orderBy('id')
    .execute();
  items.forEach((item, i) => {
    if (found.has(i)) return;
    const report = resends.find((r) => r.reporter_id === item.reporter.id && r.raw_text === item.input.text);
    if (report) found.set(i, report);
  });
  return found;
}

async function insertSubmissions(ctx: AppContext, items: readonly Submission[]): Promise<ReportRow[]> {
  const now = ctx.clock.now();
  const day = shanghaiDay(now);
  // Numbers come from blocks reserved outside the transaction, so no intake holds the day's counter row.
  const rows: NewReport[] = [];
  for (const item of items) {
    const place = await reporterPlace(ctx, item.reporter);
    const ticket = formatTicket(day, await ctx.repos.tickets.next(place.countyId, day));
    rows.push(newReportRow(item, ticket, place.townshipId, now));
  }
  // Without photos the one statement is its own transaction; photos are attached inside one with it.
  const reports = items.some((item) => item.input.photoIds?.length)
    ? await ctx.db.transaction().execute((tx) => writeReports(ctx, tx, items, rows))
    : await writeReports(ctx, ctx.db, items, rows);
  // The residents are answered once the reports are stored; the queueing goes on behind the answer
  // (if it fails, or the process stops first, the reconciler queues them).
  void enqueueAfterCommit(ctx, reports, () => ctx.queues.classify(reports));
  return reports;
}

/** Inside a transaction every query goes through `ex` (PGlite has one connection). */
async function writeReports(ctx: AppContext, ex: Executor, items: readonly Submission[], rows: NewReport[]): Promise<ReportRow[]> {
  const reports = await ctx.repos.reports.insertSubmitted(
    items.map((item, i) => ({
      report: rows[i]!,
      eventData: {
        channel: item.channel,
        ...(item.input.onBehalfOf ? { onBehalfOf: item.input.onBehalfOf.name } : {}),
        ...(item.emergency ? { safetyReply: true } : {}),
      },
      inbound: item.dedupeKey ? { dedupeKey: item.dedupeKey, channel: item.channel } : undefined,
    })),
    ex,
  );
  for (const [i, item] of items.entries()) {
    const photoIds = item.input.photoIds ?? [];
    if (photoIds.length > 0) await attachPhotos(ex, { photoIds, uploaderId: item.reporter.id, reportId: reports[i]!.id, kind: 'report' });
  }
  return reports;
}

function newReportRow(item: Submission, ticket: string, townshipId: number | null, now: Date): NewReport {
  const { input } = item;
  return {
    ticket,
    raw_text: input.text,
    reporter_id: item.reporter.id,
    on_behalf_of: input.onBehalfOf ? JSON.stringify(input.onBehalfOf) : null,
    anonymous: input.anonymous ?? false,
    address_text: input.address ?? input.onBehalfOf?.address ?? null,
    location: input.location ? JSON.stringify(input.location) : null,
    township_id: townshipId,
    urgency: item.emergency ? 'emergency' : 'normal',
    flags: '[]',
    details: null,
    status: 'received',
    updated_at: now,
    created_at: now,
  };
}

interface ReporterPlace {
  countyId: number;
  townshipId: number | null;
}

/** The county that numbers the ticket and the township first responsible, from the reporter's home grid. */
async function reporterPlace(ctx: AppContext, reporter: PersonRow): Promise<ReporterPlace> {
  const homeGrid = reporter.home_grid_id !== null ? await ctx.repos.places.gridById(reporter.home_grid_id) : undefined;
  const countyId =
    (homeGrid ? await ctx.repos.places.countyIdOfTownship(homeGrid.township_id) : undefined) ??
    (await ctx.repos.places.firstCountyId());
  if (countyId === undefined) throw new AppError('UNAVAILABLE', 'no county configured: run the seed');
  return { countyId, townshipId: homeGrid?.township_id ?? null };
}

/** A bad photo or a unique-key race belongs to one item; a lost connection belongs to the batch. */
function mayBeOneItems(error: unknown): boolean {
  return error instanceof AppError || isUniqueViolation(error);
}

/** A submission that could not be stored: a concurrent one with the same key won the race, or storage failed. */
async function settleFailure(ctx: AppContext, item: Submission, error: unknown): Promise<Settled<Stored>> {
  if (item.dedupeKey && isUniqueViolation(error)) {
    const raced = (await findEarlierSubmissions(ctx, [item])).get(0);
    if (raced) return { ok: true, value: { report: raced, repeated: true } };
  }
  return { ok: false, error: storageError(error) };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';
}

/** A database that cannot be reached is a temporary condition: tell the client to retry, never lose silently. */
export function storageError(error: unknown): Error {
  if (error instanceof AppError) return error;
  return new AppError('UNAVAILABLE', 'storing the report failed', { cause: error, details: { retryAfterSeconds: 5 } });
}
