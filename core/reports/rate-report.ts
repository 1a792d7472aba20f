import type { AppContext } from '../context.js';
import type { Actor } from '../people/roles.js';
import { SYSTEM } from '../people/roles.js';
import type { RatingInput } from './schemas.js';
import { actOnReport } from './act-on-report.js';
import { findReadableReport } from './queries.js';

/** 评: the reporter rates a resolved report; that closes it as fixed, with the rating recorded. */
export async function rateReport(ctx: AppContext, actor: Actor, ticket: string, rating: RatingInput) {
  const report = await findReadableReport(ctx, actor, ticket);
  const note = `${rating.stars}星${rating.comment ? `：${rating.comment}` : ''}`;
  const rated = await actOnReport(ctx, { reportId: report.id, action: 'rate', actor, note, data: { stars: rating.stars } });
  await ctx.db
    .insertInto('ratings')
    .values({ report_id: report.id, person_id: rated.reporter_id, stars: rating.stars, comment: rating.comment ?? null })
    .execute();
  return actOnReport(ctx, { reportId: report.id, action: 'close', actor: SYSTEM, outcome: 'fixed', changes: { rated: true } });
}
