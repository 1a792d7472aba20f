import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { canRead } from '../access/relations.js';
import type { Actor } from '../people/roles.js';
import { findPhoto } from './photo-records.js';

/** `signed-url`: the request carried a valid photo URL signature, handed out only to readers of the report. */
export type PhotoViewer = Actor | 'signed-url';

/**
 * A photo's bytes for a viewer: its uploader, anyone who may read its report, or a signed URL.
 * Everyone else gets "not found", like reports, so photo ids cannot be probed.
 */
export async function readPhoto(ctx: AppContext, viewer: PhotoViewer, id: string): Promise<{ mime: string; bytes: Buffer }> {
  const photo = await findPhoto(ctx.db, id);
  const report = photo && photo.report_id !== null ? await ctx.repos.reports.findById(photo.report_id) : undefined;
  const allowed =
    photo !== undefined &&
    (viewer === 'signed-url' ||
      (viewer.kind === 'person' && viewer.personId === photo.uploader_id) ||
      (report !== undefined && canRead(viewer, report)));
  const bytes = allowed ? await ctx.files.get(photo.path) : undefined;
  if (!photo || !bytes) throw new AppError('NOT_FOUND', `photo ${id} not found for this viewer`, { userMessage: '没有找到这张照片。' });
  return { mime: photo.mime, bytes };
}
