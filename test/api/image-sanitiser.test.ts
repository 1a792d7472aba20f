import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { detectImageType } from '../../core/files/image-type.js';
import { sanitiseImage } from '../../core/files/sanitise-image.js';
import { readOrientation } from '../../core/files/jpeg-orientation.js';
import { GPS_TEXT, JPEG_SCAN, WEBP_VP8X_ALPHA, jpegWithMetadata, pngWithMetadata, webpWithMetadata } from './image-fixtures.js';

const has = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

/** PNG chunk types in order. */
function pngChunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
}

/** JPEG markers before the scan, and the APP1 payloads. */
function jpegSegments(jpeg: Buffer): { markers: number[]; app1: Buffer[] } {
  const markers: number[] = [];
  const app1: Buffer[] = [];
  for (let at = 2; jpeg[at + 1] !== 0xda; at += 2 + jpeg.readUInt16BE(at + 2)) {
    markers.push(jpeg[at + 1]!);
    if (jpeg[at + 1] === 0xe1) app1.push(jpeg.subarray(at + 4, at + 2 + jpeg.readUInt16BE(at + 2)));
  }
  return { markers, app1 };
}

describe('image type by magic bytes', () => {
  it('recognises JPEG, PNG and WebP and nothing else', () => {
    expect(detectImageType(jpegWithMetadata())).toBe('jpeg');
    expect(detectImageType(pngWithMetadata())).toBe('png');
    expect(detectImageType(webpWithMetadata())).toBe('webp');
    expect(detectImageType(Buffer.from('GIF89a……'))).toBeNull();
    expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});

describe('metadata stripping', () => {
  it('PNG: drops eXIf and text chunks, keeps the pixels decodable', () => {
    const input = pngWithMetadata();
    const out = sanitiseImage(input)!;
    expect(out.type).toBe('png');
    expect(pngChunks(out.bytes)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(has(out.bytes, 'GPS')).toBe(false);
    // the image data chunk is byte-identical, so the picture is unchanged
    const idat = (png: Buffer) => png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
    expect(inflateSync(idat(out.bytes))).toEqual(inflateSync(idat(input)));
  });

  it('JPEG: drops EXIF (with GPS), XMP, ICC and comments, keeps JFIF, tables, scan and the orientation', () => {
    const out = sanitiseImage(jpegWithMetadata(6))!;
    expect(out.type).toBe('jpeg');
    expect(has(out.bytes, 'GPS')).toBe(false);
    expect(has(out.bytes, 'xmpmeta')).toBe(false);
    expect(has(out.bytes, 'ICC_PROFILE')).toBe(false);
    const { markers, app1 } = jpegSegments(out.bytes);
    expect(markers).toEqual([0xe0, 0xe1, 0xdb, 0xc0]);
    expect(app1.map(readOrientation)).toEqual([6]);
    expect(app1[0]!.length).toBeLessThan(40); // nothing but the orientation
    expect(out.bytes.subarray(-JPEG_SCAN.length - 2, -2)).toEqual(JPEG_SCAN);
  });

  it('JPEG: an upright photo keeps no EXIF at all', () => {
    const out = sanitiseImage(jpegWithMetadata(1))!;
    expect(jpegSegments(out.bytes).markers).toEqual([0xe0, 0xdb, 0xc0]);
  });

  it('WebP: drops EXIF and XMP chunks, clears their VP8X flags, fixes the RIFF size', () => {
    const out = sanitiseImage(webpWithMetadata())!;
    expect(out.type).toBe('webp');
    expect(has(out.bytes, 'GPS')).toBe(false);
    expect(has(out.bytes, 'EXIF')).toBe(false);
    expect(has(out.bytes, 'XMP ')).toBe(false);
    expect(out.bytes.readUInt32LE(4)).toBe(out.bytes.length - 8);
    expect(out.bytes[20]).toBe(WEBP_VP8X_ALPHA); // VP8X flags: alpha stays, EXIF and XMP cleared
    expect(has(out.bytes, 'placeholder-frame')).toBe(true);
  });

  it('refuses a truncated image instead of storing half of it', () => {
    for (const image of [pngWithMetadata(), jpegWithMetadata(), webpWithMetadata()]) {
      expect(() => sanitiseImage(image.subarray(0, 40))).toThrow(/malformed image/);
    }
  });

  it('leaves no trace of the position anywhere', () => {
    for (const image of [pngWithMetadata(), jpegWithMetadata(), webpWithMetadata()]) {
      expect(has(image, GPS_TEXT)).toBe(true);
      expect(has(sanitiseImage(image)!.bytes, '31.2304')).toBe(false);
    }
  });
});
