import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Photo URLs carry their own short-lived signature, because an <img> tag cannot send the bearer
 * token. Only viewers who may read the report ever receive the URL (report views, the upload
 * answer). Expiry is rounded up to the hour so a URL stays the same, and cacheable, for a while.
 */
const HOUR_MS = 3_600_000;

export interface PhotoUrlSigner {
  url(photoId: string): string;
  verify(photoId: string, query: { exp?: string | undefined; sig?: string | undefined }): boolean;
}

export function createPhotoUrlSigner(secret: string, now: () => Date): PhotoUrlSigner {
  // A key of its own, so a photo signature can never double as any other token.
  const key = createHmac('sha256', secret).update('gridmate photo urls').digest();
  const sign = (photoId: string, exp: number) => createHmac('sha256', key).update(`${photoId}.${exp}`).digest('base64url');
  return {
    url(photoId) {
      const exp = (Math.ceil(now().getTime() / HOUR_MS) + 1) * HOUR_MS / 1000;
      return `/api/photos/${photoId}?exp=${exp}&sig=${sign(photoId, exp)}`;
    },
    verify(photoId, { exp, sig }) {
      const expires = Number(exp);
      if (!sig || !Number.isInteger(expires) || expires * 1000 <= now().getTime()) return false;
      const expected = Buffer.from(sign(photoId, expires));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
