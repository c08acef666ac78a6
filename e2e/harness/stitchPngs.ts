/** The rows to keep of one screenshot, in CSS pixels of a viewport `viewport` pixels high. */
export interface Slice {
  top: number;
  height: number;
  viewport: number;
}

/**
 * Stacks PNG screenshots of one width into one PNG, top to bottom, keeping a slice of each. The popup is captured this way: Chromium caps a popup's
 * height, and `captureBeyondViewport` in a popup repeats its top below the cap, so the
 * harness scrolls and captures it a window at a time. Reads the 8-bit, non-interlaced RGB or
 * RGBA PNGs Chromium writes; anything else is refused with an error.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

interface Raster {
  width: number;
  height: number;
  /** Bytes a pixel: 3 (RGB) or 4 (RGBA). */
  channels: number;
  /** Rows of `width * channels` bytes, unfiltered. */
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function decodePng(png: Buffer): Raster {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour})`);
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const filtered = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)]!;
    const line = filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[out + x - channels]! : 0;
      const up = y > 0 ? pixels[out - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[out - stride + x - channels]! : 0;
      pixels[out + x] = (line[x]! + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** The PNG filter's prediction of a byte from its neighbours (left, up, up-left). */
function predict(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

function encodePng({ width, height, channels, pixels }: Raster): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const stride = width * channels;
  const filtered = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    pixels.copy(filtered, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filtered)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function stitchPngs(pngs: readonly Buffer[], slices: readonly Slice[]): Buffer {
  const rasters = pngs.map(decodePng);
  const first = rasters[0];
  if (!first || rasters.length !== slices.length) throw new Error('one slice for each image');
  const parts = rasters.map((r, i) => {
    if (r.width !== first.width || r.channels !== first.channels)
      throw new Error('the images differ in width or colour type');
    const { top, height, viewport } = slices[i]!;
    // Device pixels per CSS pixel (1 in the headless runs, 2 on a high-density screen).
    const scale = r.height / viewport;
    const from = Math.round(top * scale);
    const to = Math.min(r.height, Math.round((top + height) * scale));
    const stride = r.width * r.channels;
    return r.pixels.subarray(from * stride, to * stride);
  });
  const pixels = Buffer.concat(parts);
  return encodePng({
    width: first.width,
    height: pixels.length / (first.width * first.channels),
    channels: first.channels,
    pixels,
  });
}
