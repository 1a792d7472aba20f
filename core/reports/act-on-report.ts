import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import { planTransition, type TransitionInput } from '../workflow/transition.js';
import type { ActionName } from '../workflow/actions.js';
import { OUTCOME_CODES, type Outcome } from '../workflow/states.js';
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
}

/**
 * Runs one workflow action: under a row lock, checks it against the table, applies its effects,
 * writes the timeline event and the owed notifications in the same transaction, then queues delivery.
 * Every query inside the transaction goes through `tx`: PGlite has a single connection, so a query
 * on the plain db would wait for the transaction that is waiting for it.
 */
export async function actOnReport(ctx: AppContext, req: ActionRequest): Promise<ReportRow> {
  const now = ctx.clock.now();
  const policy = deadlinePolicy(ctx.config);
  const { report, outboxIds } = await ctx.db.transaction().execute(async (tx) => {
    const current = await ctx.repos.reports.lockById(req.reportId, tx);
    if (!current) throw new AppError('NOT_FOUND', `report ${req.reportId} not found`);
    const to = planTransition(current.status, req.action, relationsOf(req.actor, current), req);
    const pause = pauseEffects(current, to, now);
    const changes: ReportUpdate = { ...pause, ...effectsOf(req, { ...current, ...pause } as ReportRow, now, policy), ...req.changes, status: to };
    const updated = await ctx.repos.reports.update(current.id, changes, tx);
    if (req.photoIds?.length && req.actor.kind === 'person') {
      await attachPhotos(tx, { photoIds: req.photoIds, uploaderId: req.actor.personId, reportId: current.id, kind: 'resolution' });
    }
    await ctx.repos.reports.addEvent(
      {
        report_id: current.id,
        actor_id: req.actor.kind === 'person' ? req.actor.personId : null,
        action: req.action,
        from_status: current.status,
        to_status: to,
        note: req.note ?? null,
        data: { ...req.data, ...(req.to ? { to: req.to } : {}), ...(req.outcome ? { outcome: req.outcome } : {}) },
      },
      tx,
    );
    for (const event of req.extraEvents ?? []) await ctx.repos.reports.addEvent(event, tx);
    const reporter = await ctx.repos.people.findById(updated.reporter_id, tx);
    const assignee = updated.assignee_id !== null ? await ctx.repos.people.findById(updated.assignee_id, tx) : undefined;
    const followerIds = await ctx.repos.reports.followerReporterIds(updated.id, tx);
    const messages = composeNotifications({
      report: updated,
      status: to,
      action: req.action,
      note: req.note ?? null,
      to: req.to ?? null,
      reporter,
      assignee,
      followerIds,
    });
    const outboxIds = await ctx.repos.outbox.add(messages, tx);
    return { report: updated, outboxIds };
  });
  await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  await scheduleTimers(ctx, report);
  return report;
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
