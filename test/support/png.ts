import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG from its raw scanlines (each row: a filter byte, then 3 bytes per pixel). */
function encodePng(width: number, height: number, raw: Buffer, level = 6): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level })), chunk('IEND', Buffer.alloc(0))]);
}

/** A small solid-colour PNG with a darker band across its middle, so photos differ and are real images the core accepts. */
export function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const dark = y > height / 3 && y < (2 * height) / 3 ? 0.5 : 1;
    for (let x = 0; x < width; x++) raw.set([r * dark, g * dark, b * dark], y * (width * 3 + 1) + 1 + x * 3);
  }
  return encodePng(width, height, raw);
}

/** A PNG of pseudo-random pixels: it hardly compresses, so it stands in for a camera photo of several MB. */
export function noisyPng(width: number, height: number, seed = 1): Buffer {
  let state = seed;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = i % (width * 3 + 1) === 0 ? 0 : state >> 16;
  }
  return encodePng(width, height, raw, 1);
}
