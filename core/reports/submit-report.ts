import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { PersonRow, ReportRow } from '../storage/schema.js';
import type { Executor } from '../storage/repositories/executor.js';
import { formatTicket, shanghaiDay } from './ticket.js';
import type { SafetyReply } from './safety.js';
import type { SubmitReportInput } from './schemas.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';
import { attachPhotos } from '../files/attach-photos.js';

export interface SubmitReportRequest {
  reporter: PersonRow;
  input: SubmitReportInput;
  channel: 'api' | 'wechat' | 'miniapp';
  /** The chat message id or the API's Idempotency-Key: the same key never makes a second report. */
  dedupeKey?: string | undefined;
}

export interface SubmitReportResult {
  report: ReportRow;
  safety: SafetyReply | null;
  /** True when this submission repeated an earlier one and returned its report. */
  repeated: boolean;
}

/** Identical text from the same person within this window is one report (double taps, resends). */
const RESEND_WINDOW_MS = 10 * 60_000;

/**
 * Intake: the safety reply is computed first, from rules, so an emergency answer never waits;
 * then the report is stored (ticket, timeline, dedupe key) and only then queued for classification.
 */
export async function submitReport(ctx: AppContext, req: SubmitReportRequest): Promise<SubmitReportResult> {
  const safety = ctx.assessSafety(req.input.text);
  const dedupeKey = req.dedupeKey ? `${req.channel}:${req.reporter.id}:${req.dedupeKey}` : undefined;

  const earlier = await findEarlierSubmission(ctx, req, dedupeKey);
  if (earlier) return { report: earlier, safety, repeated: true };

  const place = await reporterPlace(ctx, req.reporter);
  let report: ReportRow;
  try {
    // The number is taken before the transaction, so no intake holds the day's counter row while it commits.
    const day = shanghaiDay(ctx.clock.now());
    const ticket = formatTicket(day, await ctx.repos.tickets.next(place.countyId, day));
    report = await ctx.db.transaction().execute((tx) => storeReport(ctx, tx, req, ticket, place, dedupeKey, safety !== null));
  } catch (error) {
    // A concurrent submission with the same key won the race: answer with its report.
    const raced = dedupeKey && isUniqueViolation(error) ? await findEarlierSubmission(ctx, req, dedupeKey) : undefined;
    if (raced) return { report: raced, safety, repeated: true };
    throw storageError(error);
  }
  await enqueueAfterCommit(ctx, report, () => ctx.queues.classify(report.id, report.urgency));
  return { report, safety, repeated: false };
}

async function findEarlierSubmission(ctx: AppContext, req: SubmitReportRequest, dedupeKey: string | undefined): Promise<ReportRow | undefined> {
  if (dedupeKey) {
    const row = await ctx.db
      .selectFrom('inbound_messages')
      .select('report_id')
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst();
    if (row?.report_id) return ctx.repos.reports.findById(row.report_id);
  }
  const since = new Date(ctx.clock.now().getTime() - RESEND_WINDOW_MS);
  return ctx.db
    .selectFrom('reports')
    .selectAll()
    .where('reporter_id', '=', req.reporter.id)
    .where('raw_text', '=', req.input.text)
    .where('created_at', '>', since)
    .orderBy('id')
    .executeTakeFirst();
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

/** Runs inside the transaction: every query goes through `tx` (PGlite has one connection). */
async function storeReport(
  ctx: AppContext,
  tx: Executor,
  req: SubmitReportRequest,
  ticket: string,
  place: ReporterPlace,
  dedupeKey: string | undefined,
  emergency: boolean,
): Promise<ReportRow> {
  const { reporter, input } = req;
  const now = ctx.clock.now();
  const report = await ctx.repos.reports.insert(
    {
      ticket,
      raw_text: input.text,
      reporter_id: reporter.id,
      on_behalf_of: input.onBehalfOf ? JSON.stringify(input.onBehalfOf) : null,
      anonymous: input.anonymous ?? false,
      address_text: input.address ?? input.onBehalfOf?.address ?? null,
      location: input.location ? JSON.stringify(input.location) : null,
      township_id: place.townshipId,
      urgency: emergency ? 'emergency' : 'normal',
      flags: '[]',
      details: null,
      status: 'received',
      updated_at: now,
      created_at: now,
    },
    tx,
  );
  await attachPhotos(tx, { photoIds: input.photoIds ?? [], uploaderId: reporter.id, reportId: report.id, kind: 'report' });
  if (dedupeKey) {
    await tx
      .insertInto('inbound_messages')
      .values({ dedupe_key: dedupeKey, channel: req.channel, person_id: reporter.id, text: input.text, report_id: report.id })
      .execute();
  }
  await ctx.repos.reports.addEvent(
    {
      report_id: report.id,
      actor_id: reporter.id,
      action: 'submit',
      from_status: null,
      to_status: 'received',
      data: { channel: req.channel, ...(input.onBehalfOf ? { onBehalfOf: input.onBehalfOf.name } : {}), ...(emergency ? { safetyReply: true } : {}) },
    },
    tx,
  );
  return report;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';
}

/** A database that cannot be reached is a temporary condition: tell the client to retry, never lose silently. */
function storageError(error: unknown): Error {
  if (error instanceof AppError) return error;
  return new AppError('UNAVAILABLE', 'storing the report failed', { cause: error, details: { retryAfterSeconds: 5 } });
}
