import { PNG_SIGNATURE } from './image-type.js';
import { malformedImage } from './malformed-image.js';

/** Chunks that carry metadata (EXIF with GPS, text such as XMP or camera notes, timestamps). */
const METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

/** Copies a PNG chunk by chunk, leaving out metadata chunks; pixel chunks and their CRCs are untouched. */
export function sanitisePng(bytes: Buffer): Buffer {
  const kept: Buffer[] = [PNG_SIGNATURE];
  let at = PNG_SIGNATURE.length;
  for (;;) {
    if (at + 12 > bytes.length) throw malformedImage('png chunk runs past the end');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) throw malformedImage(`png chunk ${type} runs past the end`);
    if (!METADATA_CHUNKS.has(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(kept);
  }
}
