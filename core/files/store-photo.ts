import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { IMAGE_TYPES } from './image-type.js';
import { insertPhoto, countUnattached } from './photo-records.js';
import { sanitiseImage } from './sanitise-image.js';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** Uploads not yet attached to a report; the cap stops one account from filling the disk. */
const MAX_PENDING_PHOTOS = 30;

/**
 * Takes an uploaded file: accepts only JPEG, PNG and WebP by their bytes, strips metadata (EXIF
 * with GPS, text chunks), stores it and records it as the uploader's, not yet attached to a report.
 */
export async function storePhoto(ctx: AppContext, uploaderId: number, upload: Buffer) {
  if (upload.length > MAX_PHOTO_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `photo of ${upload.length} bytes`, { userMessage: '照片太大了（最大 8 MB），请换一张小一点的。' });
  }
  const image = sanitiseImage(upload);
  if (!image) {
    throw new AppError('BAD_INPUT', 'upload is not a JPEG, PNG or WebP image', { userMessage: '只能上传 JPG、PNG 或 WebP 格式的照片。' });
  }
  if ((await countUnattached(ctx.db, uploaderId)) >= MAX_PENDING_PHOTOS) {
    throw new AppError('RATE_LIMITED', 'too many unattached photos', { userMessage: '您上传的照片太多了，请先提交反映再继续上传。' });
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  const { mime, ext } = IMAGE_TYPES[image.type];
  const key = `${now.toISOString().slice(0, 7)}/${id}.${ext}`;
  await ctx.files.put(key, image.bytes);
  return insertPhoto(ctx.db, { id, uploader_id: uploaderId, report_id: null, kind: 'report', path: key, mime, bytes: image.bytes.length, created_at: now });
}
