import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import type { Actor } from '../people/roles.js';
import { relationsOf } from '../access/relations.js';
import { planTransition, type TransitionInput } from '../workflow/transition.js';
import type { ActionName } from '../workflow/actions.js';
import { OUTCOME_CODES, type Outcome } from '../workflow/states.js';
import { dueTimes } from '../workflow/deadlines.js';
import type { ReportRow, ReportUpdate } from '../storage/schema.js';
import { composeNotifications } from '../notify/compose-notifications.js';
import { enqueueAfterCommit } from './enqueue-after-commit.js';

export interface ActionRequest extends TransitionInput {
  reportId: number;
  action: ActionName;
  actor: Actor;
  /** Extra column changes that travel with the transition (routing sets grid and township with `assign`). */
  changes?: ReportUpdate;
  data?: Record<string, unknown>;
}

/**
 * Runs one workflow action: under a row lock, checks it against the table, applies its effects,
 * writes the timeline event and the owed notifications in the same transaction, then queues delivery.
 * Every query inside the transaction goes through `tx`: PGlite has a single connection, so a query
 * on the plain db would wait for the transaction that is waiting for it.
 */
export async function actOnReport(ctx: AppContext, req: ActionRequest): Promise<ReportRow> {
  const now = ctx.clock.now();
  const { report, outboxIds } = await ctx.db.transaction().execute(async (tx) => {
    const current = await ctx.repos.reports.lockById(req.reportId, tx);
    if (!current) throw new AppError('NOT_FOUND', `report ${req.reportId} not found`);
    const to = planTransition(current.status, req.action, relationsOf(req.actor, current), req);
    const changes: ReportUpdate = { ...effectsOf(req, current, now), ...req.changes, status: to };
    const updated = await ctx.repos.reports.update(current.id, changes, tx);
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
    const [reporter, assignee] = await Promise.all([
      ctx.repos.people.findById(updated.reporter_id, tx),
      updated.assignee_id !== null ? ctx.repos.people.findById(updated.assignee_id, tx) : undefined,
    ]);
    const messages = composeNotifications({ report: updated, status: to, note: req.note ?? null, to: req.to ?? null, reporter, assignee });
    const outboxIds = await ctx.repos.outbox.add(messages, tx);
    return { report: updated, outboxIds };
  });
  await enqueueAfterCommit(ctx, report, () => ctx.queues.notify(outboxIds));
  return report;
}

function effectsOf(req: ActionRequest, current: ReportRow, now: Date): ReportUpdate {
  switch (req.action) {
    case 'assign':
      return {
        assignee_id: req.assigneeId ?? null,
        ...(current.due_accept_at ? {} : dueTimes(current.urgency, now)),
      };
    case 'accept':
      return { accepted_at: now };
    case 'return':
      return { assignee_id: null };
    case 'transfer':
      return { referral: req.to ?? current.referral };
    case 'resolve':
      return { resolved_at: now };
    case 'reopen':
      return { resolved_at: null, due_resolve_at: dueTimes(current.urgency, now).due_resolve_at };
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
