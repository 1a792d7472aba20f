import { malformedImage } from './malformed-image.js';

const METADATA_CHUNKS = new Set(['EXIF', 'XMP ']);
/** VP8X header flags announcing the metadata chunks (WebP container spec). */
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

/** Rebuilds the RIFF container without EXIF and XMP chunks, and clears their flags in VP8X. */
export function sanitiseWebp(bytes: Buffer): Buffer {
  const riffEnd = 8 + bytes.readUInt32LE(4);
  if (riffEnd > bytes.length) throw malformedImage('webp RIFF size past the end');
  const kept: Buffer[] = [];
  for (let at = 12; at < riffEnd; ) {
    if (at + 8 > riffEnd) throw malformedImage('webp chunk header runs past the end');
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = at + 8 + size + (size % 2); // chunks are padded to an even length
    if (end > riffEnd) throw malformedImage(`webp chunk ${type} runs past the end`);
    if (!METADATA_CHUNKS.has(type)) {
      const chunk = Buffer.from(bytes.subarray(at, end));
      if (type === 'VP8X' && size >= 1) chunk[8] = chunk[8]! & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      kept.push(chunk);
    }
    at = end;
  }
  const body = Buffer.concat(kept);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}
