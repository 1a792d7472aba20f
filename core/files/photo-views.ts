import type { AppContext } from '../context.js';
import type { PhotoRow } from '../storage/schema.js';
import { photosOfReports } from './photo-records.js';

export interface PhotoView {
  id: string;
  url: string;
  kind: PhotoRow['kind'];
}

/** The photos of each report, with signed URLs, for report views. */
export async function photoViewsByReport(ctx: AppContext, reportIds: readonly number[]): Promise<Map<number, PhotoView[]>> {
  const byReport = new Map<number, PhotoView[]>();
  for (const photo of await photosOfReports(ctx.db, reportIds)) {
    if (photo.report_id === null) continue;
    const views = byReport.get(photo.report_id) ?? [];
    views.push({ id: photo.id, url: ctx.photoUrls.url(photo.id), kind: photo.kind });
    byReport.set(photo.report_id, views);
  }
  return byReport;
}
