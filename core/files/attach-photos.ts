import { AppError } from '../errors/app-error.js';
import type { Executor } from '../storage/repositories/executor.js';
import type { PhotoRow } from '../storage/schema.js';

export interface AttachPhotos {
  photoIds: readonly string[];
  uploaderId: number;
  reportId: number;
  kind: PhotoRow['kind'];
}

/**
 * Attaches uploads to a report inside the report's transaction. Only the uploader's own photos that
 * are not attached yet qualify; if any id does not, nothing is attached and the whole action fails.
 */
export async function attachPhotos(tx: Executor, req: AttachPhotos): Promise<void> {
  const ids = [...new Set(req.photoIds)];
  if (ids.length === 0) return;
  const attached = await tx
    .updateTable('report_photos')
    .set({ report_id: req.reportId, kind: req.kind })
    .where('id', 'in', ids)
    .where('uploader_id', '=', req.uploaderId)
    .where('report_id', 'is', null)
    .returning('id')
    .execute();
  if (attached.length !== ids.length) {
    throw new AppError('BAD_INPUT', `photos not attachable: ${ids.filter((id) => !attached.some((a) => a.id === id)).join(',')}`, {
      userMessage: '有照片已失效，请重新选择照片后再提交。',
    });
  }
}
