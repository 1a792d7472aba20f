import { malformedImage } from './malformed-image.js';
import { orientationSegment, readOrientation } from './jpeg-orientation.js';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP15 = 0xef;
const COM = 0xfe;
const JFIF = Buffer.from('JFIF\0', 'latin1');

/** Markers without a length field: TEM and the restart markers. */
const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * Walks the segments before the image data and drops every APPn except JFIF (so EXIF with GPS,
 * XMP, ICC, maker notes and the like) and comments. An EXIF Orientation is carried over alone.
 * Everything from the first scan (SOS) on is entropy-coded image data and is copied untouched.
 */
export function sanitiseJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw malformedImage(`jpeg: expected a marker at ${at}`);
    while (bytes[at + 1] === 0xff) at++; // fill bytes before a marker
    const marker = bytes[at + 1];
    if (marker === undefined) break;
    if (marker === EOI) {
      kept.push(bytes.subarray(at, at + 2));
      return Buffer.concat(kept);
    }
    if (marker === SOI || isStandalone(marker)) {
      kept.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) throw malformedImage('jpeg: segment header runs past the end');
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) throw malformedImage(`jpeg: segment ${marker.toString(16)} runs past the end`);
    if (marker === SOS) {
      kept.push(bytes.subarray(at));
      return Buffer.concat(kept);
    }
    const payload = bytes.subarray(at + 4, end);
    if (marker === APP1) {
      const orientation = readOrientation(payload);
      if (orientation !== null) kept.push(orientationSegment(orientation));
    } else if (!isMetadata(marker, payload)) {
      kept.push(bytes.subarray(at, end));
    }
    at = end;
  }
  throw malformedImage('jpeg: no image data');
}

function isMetadata(marker: number, payload: Buffer): boolean {
  if (marker === APP0) return !payload.subarray(0, JFIF.length).equals(JFIF);
  return (marker > APP0 && marker <= APP15) || marker === COM;
}
