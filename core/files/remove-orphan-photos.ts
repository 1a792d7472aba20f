import type { AppContext } from '../context.js';

/**
 * Photos uploaded but never attached to a report (the resident gave up, the app was closed) are
 * removed once they are ORPHAN_UPLOAD_HOURS old: rows first, then the files, so a photo is never
 * listed without its bytes. An attach racing the removal finds no row and asks for a new upload.
 */
export async function removeOrphanPhotos(ctx: AppContext): Promise<{ removed: number }> {
  const before = new Date(ctx.clock.now().getTime() - ctx.config.ORPHAN_UPLOAD_HOURS * 3600_000);
  const rows = await ctx.db
    .deleteFrom('report_photos')
    .where('report_id', 'is', null)
    .where('created_at', '<', before)
    .returning('path')
    .execute();
  for (const { path } of rows) await ctx.files.delete(path);
  return { removed: rows.length };
}
