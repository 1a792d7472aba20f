/**
 * Small images built byte by byte, each carrying the metadata a phone camera writes: EXIF with a
 * GPS position, XMP, text chunks. The PNG is a real, decodable 2×2 image; the JPEG and WebP are
 * structurally valid containers around placeholder image data, which is all the sanitiser reads.
 */
import { crc32, deflateSync } from 'node:zlib';

export const GPS_TEXT = 'GPSLatitude 31.2304N GPSLongitude 121.4737E';

const u16be = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

export function pngWithMetadata(): Buffer {
  const ihdr = Buffer.concat([u32be(2), u32be(2), Buffer.from([8, 2, 0, 0, 0])]); // 2×2, 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]); // filter byte + 2 pixels per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('eXIf', Buffer.concat([Buffer.from('MM\0*\0\0\0\x08', 'latin1'), Buffer.from(GPS_TEXT)])),
    pngChunk('tEXt', Buffer.from(`Comment\0${GPS_TEXT}`, 'latin1')),
    pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>${GPS_TEXT}</x:xmpmeta>`, 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Location\0\0', 'latin1'), deflateSync(GPS_TEXT)])),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16be(payload.length + 2), payload]);
}

/** Little-endian EXIF: IFD0 with Orientation and a GPS IFD pointer, then the GPS text. */
function exifPayload(orientation: number): Buffer {
  const tiff = Buffer.alloc(38);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  tiff.writeUInt16LE(0x0112, 10); // Orientation, SHORT, 1
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  tiff.writeUInt16LE(0x8825, 22); // GPSInfo, LONG, 1 → offset 38
  tiff.writeUInt16LE(4, 24);
  tiff.writeUInt32LE(1, 26);
  tiff.writeUInt32LE(38, 30);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, Buffer.from(GPS_TEXT)]);
}

export const JPEG_SCAN = Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd0, 0x78]); // stuffed 0xFF and a restart marker

export function jpegWithMetadata(orientation = 6): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    jpegSegment(0xe1, exifPayload(orientation)),
    jpegSegment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${GPS_TEXT}</x:xmpmeta>`, 'latin1')),
    jpegSegment(0xe2, Buffer.from('ICC_PROFILE\0\x01\x01camera', 'latin1')),
    jpegSegment(0xfe, Buffer.from(`shot at ${GPS_TEXT}`)),
    jpegSegment(0xdb, Buffer.alloc(65, 1)), // DQT
    jpegSegment(0xc0, Buffer.from([8, 0, 2, 0, 2, 1, 1, 0x11, 0])), // SOF0 2×2
    jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), // SOS
    JPEG_SCAN,
    Buffer.from([0xff, 0xd9]),
  ]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const pad = data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0);
  return Buffer.concat([Buffer.from(type, 'latin1'), u32le(data.length), data, pad]);
}

export const WEBP_VP8X_ALPHA = 0x10;

export function webpWithMetadata(): Buffer {
  const vp8x = Buffer.concat([Buffer.from([WEBP_VP8X_ALPHA | 0x08 | 0x04, 0, 0, 0]), Buffer.from([1, 0, 0, 1, 0, 0])]);
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    riffChunk('VP8X', vp8x),
    riffChunk('ALPH', Buffer.from([0, 1, 2])), // odd length: padded
    riffChunk('VP8 ', Buffer.from('placeholder-frame')),
    riffChunk('EXIF', Buffer.concat([Buffer.from('MM\0*\0\0\0\x08', 'latin1'), Buffer.from(GPS_TEXT)])),
    riffChunk('XMP ', Buffer.from(`<x:xmpmeta>${GPS_TEXT}</x:xmpmeta>`)),
  ]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(body.length), body]);
}
