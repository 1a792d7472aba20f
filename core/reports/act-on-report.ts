import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import { planTransition, type TransitionInput } from '../workflow/transition.js';
import type { ActionName } from '../workflow/actions.js';
import { OUTCOME_CODES, type Outcome, type ReportStatus } from '../workflow/states.js';
import { deadlinePolicy, dueTimes, pauseEffects, type DeadlinePolicy } from '../workflow/deadlines.js';
import type { ReportRow, ReportUpdate } from '../storage/schema.js';
import type { NewReportEvent } from '../storage/repositories/reports-repository.js';
import { composeNotifications } from '../notify/compose-notifications.js';
import { scheduleTimers } from '../cases/schedule-timers.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';
import { attachPhotos } from '../files/attach-photos.js';

export interface ActionRequest extends TransitionInput {
  reportId: number;
  action: ActionName;
  actor: Actor;
  /** Extra column changes that travel with the transition (routing sets grid and township with `assign`). */
  changes?: ReportUpdate;
  data?: Record<string, unknown>;
  /** Uploads the acting person attaches as proof of the work (with `resolve`). */
  photoIds?: readonly string[] | undefined;
  /** Timeline events on other reports that belong to the same change (the original of a duplicate). */
  extraEvents?: NewReportEvent[];
  /**
   * The status the decision was made on. If the report has moved on when its row is locked (another
   * worker routed it first), the action is refused instead of being applied a second time.
   */
  expectedStatus?: ReportStatus;
}

/**
 * Runs one workflow action: under a row lock, checks it against the table, applies its effects,
 * writes the timeline event and the owed notifications in the same transaction, then queues delivery.
 */
export async function actOnReport(ctx: AppContext, req: ActionRequest): Promise<ReportRow> {
  const [result] = await actOnReports(ctx, [req]);
  if (result instanceof Error) throw result;
  return result!;
}

/**
 * Runs a batch of actions on different reports in one transaction (the pipeline routes a batch at a
 * time). An action the workflow refuses, because someone acted on that report in the meantime, is
 * answered with its error and the others go ahead. Every query inside the transaction goes through
 * `tx`: PGlite has a single connection, so a query on the plain db would wait for the transaction
 * that is waiting for it.
 */
export async function actOnReports(ctx: AppContext, reqs: readonly ActionRequest[]): Promise<Array<ReportRow | AppError>> {
  if (reqs.length === 0) return [];
  const now = ctx.clock.now();
  const policy = deadlinePolicy(ctx.config);
  const { results, outboxIds } = await ctx.db.transaction().execute(async (tx) => {
    const locked = new Map((await ctx.repos.reports.lockByIds(reqs.map((r) => r.reportId), tx)).map((r) => [r.id, r]));
    const results: Array<ReportRow | AppError> = [];
    const planned: Array<{ req: ActionRequest; from: ReportRow; changes: ReportUpdate; index: number }> = [];
    for (const req of reqs) {
      const current = locked.get(req.reportId);
      if (!current) {
        results.push(new AppError('NOT_FOUND', `report ${req.reportId} not found`));
        continue;
      }
      if (req.expectedStatus && current.status !== req.expectedStatus) {
        results.push(new AppError('CONFLICT', `report ${current.id} is ${current.status}, no longer ${req.expectedStatus}`));
        continue;
      }
      let to: ReportStatus;
      try {
        to = planTransition(current.status, req.action, relationsOf(req.actor, current), req);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results.push(error);
        continue;
      }
      const pause = pauseEffects(current, to, now);
      const changes: ReportUpdate = { ...pause, ...effectsOf(req, { ...current, ...pause } as ReportRow, now, policy), ...req.changes, status: to };
      planned.push({ req, from: current, changes, index: results.length });
      results.push(current);
    }
    const rows = await ctx.repos.reports.updateMany(planned.map(({ from, changes }) => ({ id: from.id, changes })), tx);
    const done = planned.map((p, i) => ({ ...p, updated: rows[i]! }));
    for (const { req, updated, index } of done) {
      results[index] = updated;
      if (req.photoIds?.length && req.actor.kind === 'person') {
        await attachPhotos(tx, { photoIds: req.photoIds, uploaderId: req.actor.personId, reportId: updated.id, kind: 'resolution' });
      }
    }
    await ctx.repos.reports.addEvents(
      done.flatMap(({ req, from, updated }) => [
        {
          report_id: updated.id,
          actor_id: req.actor.kind === 'person' ? req.actor.personId : null,
          action: req.action,
          from_status: from.status,
          to_status: updated.status,
          note: req.note ?? null,
          data: { ...req.data, ...(req.to ? { to: req.to } : {}), ...(req.outcome ? { outcome: req.outcome } : {}) },
        },
        ...(req.extraEvents ?? []),
      ]),
      tx,
    );
    const people = await ctx.repos.people.findByIds(
      [...new Set(done.flatMap(({ updated }) => [updated.reporter_id, updated.assignee_id].filter((id): id is number => id !== null)))],
      tx,
    );
    const personById = new Map(people.map((p) => [p.id, p]));
    const followers = await ctx.repos.reports.followerReporterIds(done.map(({ updated }) => updated.id), tx);
    const messages = done.flatMap(({ req, updated }) =>
      composeNotifications({
        report: updated,
        status: updated.status,
        action: req.action,
        note: req.note ?? null,
        to: req.to ?? null,
        reporter: personById.get(updated.reporter_id),
        assignee: updated.assignee_id !== null ? personById.get(updated.assignee_id) : undefined,
        followerIds: followers.get(updated.id) ?? [],
      }),
    );
    const outboxIds = await ctx.repos.outbox.add(messages, tx);
    return { results, outboxIds };
  });
  const changed = results.filter((r): r is ReportRow => !(r instanceof AppError));
  await enqueueAfterCommit(ctx, changed, () => ctx.queues.notify(outboxIds));
  await scheduleTimers(ctx, changed);
  return results;
}

function effectsOf(req: ActionRequest, current: ReportRow, now: Date, policy: DeadlinePolicy): ReportUpdate {
  switch (req.action) {
    case 'assign':
      return {
        assignee_id: req.assigneeId ?? null,
        ...(current.due_accept_at ? {} : dueTimes(current.urgency, now, policy)),
      };
    case 'recategorize':
    case 'reassign': {
      // A new worker gets a fresh time to accept; the resolve deadline the resident was given stands.
      const due = dueTimes(current.urgency, now, policy);
      return {
        assignee_id: req.assigneeId ?? null,
        accepted_at: null,
        due_accept_at: due.due_accept_at,
        due_resolve_at: current.due_resolve_at ?? due.due_resolve_at,
      };
    }
    case 'follow':
    case 'merge':
      return { outcome: 'duplicate', duplicate_of: req.duplicateOf ?? null, closed_at: now };
    case 'unmerge':
      return { outcome: null, duplicate_of: null, closed_at: null };
    case 'accept':
      return { accepted_at: now };
    case 'return':
      return { assignee_id: null };
    case 'transfer':
      return { referral: req.to ?? current.referral };
    case 'resolve':
      return { resolved_at: now };
    case 'reopen':
      return { resolved_at: null, due_resolve_at: dueTimes(current.urgency, now, policy).due_resolve_at };
    case 'withdraw':
      return { outcome: 'withdrawn', closed_at: now };
    case 'reject':
      return { outcome: 'rejected', closed_at: now };
    case 'close':
      return { outcome: parseOutcome(req.outcome), closed_at: now };
    default:
      return {};
  }
}

function parseOutcome(value: string | undefined): Outcome {
  if (!OUTCOME_CODES.includes(value as Outcome)) {
    throw new AppError('BAD_INPUT', `unknown outcome ${value}`, { userMessage: '请选择关闭结果。' });
  }
  return value as Outcome;
}
