import type { AppContext } from '../context.js';
import type { PersonRow, ReportRow } from '../storage/schema.js';
import { photoViewsByReport } from '../files/photo-views.js';
import type { ViewLookups } from './report-view.js';

/**
 * The view lookups for a report this request has just stored, without the general queries: its
 * only person is the reporter (no assignee, no followers yet) and grids are cached, so only
 * attached photos need the database. Saves three queries on every intake.
 */
export async function lookupsForNewReport(ctx: AppContext, report: ReportRow, reporter: PersonRow, photoCount: number): Promise<ViewLookups> {
  const [grids, photos] = await Promise.all([
    ctx.repos.places.grids(),
    photoCount > 0 ? photoViewsByReport(ctx, [report.id]) : Promise.resolve(new Map()),
  ]);
  return { names: new Map([[reporter.id, reporter.name]]), grids: new Map(grids.map((g) => [g.id, g])), photos, followers: new Map() };
}
