import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { SubmitReportSchema, RatingSchema, FollowupSchema, PhotoIdsSchema } from '../../core/reports/schemas.js';
import { submitReport } from '../../core/reports/submit-report.js';
import { getReportDetail, listMyReports, listTasks, listTriage, findReadableReport, lookupsFor } from '../../core/reports/queries.js';
import { reportView } from '../../core/reports/report-view.js';
import { lookupsForNewReport } from '../../core/reports/new-report-lookups.js';
import { takeAction } from '../../core/cases/take-action.js';
import { answerVisit } from '../../core/cases/answer-visit.js';
import { SubtypeSchema, VisitAnswerSchema } from '../../core/cases/schemas.js';
import { listGroupReports } from '../../core/reports/list-group-reports.js';
import { addFollowup } from '../../core/reports/add-followup.js';
import { rateReport } from '../../core/reports/rate-report.js';
import { ACTION_NAMES, type ActionName } from '../../core/workflow/actions.js';
import { TICKET_PATTERN } from '../../core/reports/ticket.js';
import { requireAuth, type ApiEnv } from '../middleware/auth.js';
import { intakeLimit } from '../middleware/limits.js';
import { jsonBody, parseWith } from '../validate.js';

/** Actions people take through the API; `rate` has its own route and the system-only ones are not offered. */
const PERSON_ACTIONS = ACTION_NAMES.filter((a) => a !== 'rate' && a !== 'triage' && a !== 'follow');
const ActionSchema = z
  .object({
    action: z.enum(PERSON_ACTIONS as [ActionName, ...ActionName[]]),
    note: z.string().trim().max(1000).optional(),
    assigneeId: z.number().int().positive().optional(),
    to: z.string().trim().min(1).max(100).optional(),
    outcome: z.string().optional(),
    photoIds: PhotoIdsSchema.optional(),
    /** recategorize: the type and (optionally) the grid centre staff settle on. */
    subtype: SubtypeSchema.optional(),
    gridId: z.number().int().positive().optional(),
    /** merge: the ticket of the report this one repeats. */
    originalTicket: z.string().regex(new RegExp(`^${TICKET_PATTERN.source}$`)).optional(),
  })
  .strict()
  .refine((b) => !b.photoIds?.length || b.action === 'resolve', { path: ['photoIds'], message: '只有办结时可以附照片' });

/** `mine`: what I filed; `group`: my 十联户 group's reports this month (联户长 only). */
const ListQuery = z.object({ scope: z.enum(['mine', 'group']).default('mine') });

const IdempotencyKey = z.string().min(8).max(128).regex(/^[\w.:-]+$/);
const Ticket = z.string().regex(new RegExp(`^${TICKET_PATTERN.source}$`), '编号格式应为 GX20261122-0007');

export function reportRoutes(ctx: AppContext) {
  const app = new Hono<ApiEnv>();
  const auth = requireAuth(ctx);

  app.post('/reports', auth, intakeLimit(ctx), async (c) => {
    const input = await jsonBody(c, SubmitReportSchema);
    const key = c.req.header('idempotency-key');
    const dedupeKey = key === undefined ? undefined : parseWith(IdempotencyKey, key);
    const reporter = c.get('person');
    const { report, safety, repeated } = await submitReport(ctx, { reporter, input, channel: 'api', dedupeKey });
    const lookups = repeated ? await lookupsFor(ctx, [report]) : await lookupsForNewReport(ctx, report, reporter, input.photoIds?.length ?? 0);
    const view = reportView(report, c.get('actor'), lookups);
    return c.json({ report: view, safety, repeated }, repeated ? 200 : 201);
  });

  app.get('/reports', auth, async (c) => {
    const { scope } = parseWith(ListQuery, c.req.query());
    const actor = c.get('actor');
    return c.json({ reports: scope === 'group' ? await listGroupReports(ctx, actor) : await listMyReports(ctx, actor) });
  });
  app.get('/tasks', auth, async (c) => c.json({ tasks: await listTasks(ctx, c.get('actor')) }));
  app.get('/triage', auth, async (c) => c.json({ reports: await listTriage(ctx, c.get('actor')) }));

  app.get('/reports/:ticket', auth, async (c) => {
    const ticket = parseWith(Ticket, c.req.param('ticket'));
    return c.json(await getReportDetail(ctx, c.get('actor'), ticket));
  });

  app.post('/reports/:ticket/actions', auth, async (c) => {
    const ticket = parseWith(Ticket, c.req.param('ticket'));
    const body = await jsonBody(c, ActionSchema);
    const actor = c.get('actor');
    const report = await findReadableReport(ctx, actor, ticket);
    const updated = await takeAction(ctx, actor, report, body);
    return c.json({ report: reportView(updated, actor, await lookupsFor(ctx, [updated])) });
  });

  app.post('/reports/:ticket/visit', auth, async (c) => {
    const ticket = parseWith(Ticket, c.req.param('ticket'));
    const answer = await jsonBody(c, VisitAnswerSchema);
    const updated = await answerVisit(ctx, c.get('actor'), ticket, answer);
    return c.json({ report: reportView(updated, c.get('actor'), await lookupsFor(ctx, [updated])) });
  });

  app.post('/reports/:ticket/followups', auth, async (c) => {
    const ticket = parseWith(Ticket, c.req.param('ticket'));
    const { text } = await jsonBody(c, FollowupSchema);
    const updated = await addFollowup(ctx, c.get('actor'), ticket, text);
    return c.json({ report: reportView(updated, c.get('actor'), await lookupsFor(ctx, [updated])) });
  });

  app.post('/reports/:ticket/rating', auth, async (c) => {
    const ticket = parseWith(Ticket, c.req.param('ticket'));
    const rating = await jsonBody(c, RatingSchema);
    const updated = await rateReport(ctx, c.get('actor'), ticket, rating);
    return c.json({ report: reportView(updated, c.get('actor'), await lookupsFor(ctx, [updated])) });
  });

  return app;
}
