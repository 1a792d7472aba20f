import { detectImageType, type ImageType } from './image-type.js';
import { sanitiseJpeg } from './sanitise-jpeg.js';
import { sanitisePng } from './sanitise-png.js';
import { sanitiseWebp } from './sanitise-webp.js';

const SANITISERS: Record<ImageType, (bytes: Buffer) => Buffer> = {
  jpeg: sanitiseJpeg,
  png: sanitisePng,
  webp: sanitiseWebp,
};

/** The image's type by magic bytes and its bytes without metadata; null when it is not an accepted image. */
export function sanitiseImage(bytes: Buffer): { type: ImageType; bytes: Buffer } | null {
  const type = detectImageType(bytes);
  return type ? { type, bytes: SANITISERS[type](bytes) } : null;
}
