import type { AppContext } from '../context.js';
import type { PersonRow, ReportRow } from '../storage/schema.js';
import { GroupCommit } from '../storage/group-commit.js';
import type { SafetyReply } from './safety.js';
import type { SubmitReportInput } from './schemas.js';
import { storageError, storeSubmissions, type Stored, type Submission } from './store-submissions.js';

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

/**
 * Intake: the safety reply is computed first, from rules, so an emergency answer never waits;
 * then the report is stored (ticket, timeline, dedupe key) and only then queued for classification.
 * Concurrent submissions share one transaction (group commit); each still gets its own answer.
 */
export async function submitReport(ctx: AppContext, req: SubmitReportRequest): Promise<SubmitReportResult> {
  const safety = ctx.assessSafety(req.input.text);
  const dedupeKey = req.dedupeKey ? `${req.channel}:${req.reporter.id}:${req.dedupeKey}` : undefined;
  const { report, repeated } = await intakeOf(ctx).submit({ ...req, dedupeKey, emergency: safety !== null });
  return { report, safety, repeated };
}

const intakes = new WeakMap<AppContext, GroupCommit<Submission, Stored>>();

/** One group-commit writer per context (per database). */
function intakeOf(ctx: AppContext): GroupCommit<Submission, Stored> {
  let intake = intakes.get(ctx);
  if (!intake) {
    intake = new GroupCommit<Submission, Stored>(
      async (items) => {
        try {
          return await storeSubmissions(ctx, items);
        } catch (error) {
          return items.map(() => ({ ok: false, error: storageError(error) }));
        }
      },
      ctx.config.INTAKE_BATCH_MAX,
    );
    intakes.set(ctx, intake);
  }
  return intake;
}
