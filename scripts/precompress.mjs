// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of a
// built folder, for browser mode to send the one the browser asks for
// (electron/browser-mode/http-bridge.ts, @fastify/static's preCompressed).
// Electron's shell reads the plain files from disk; the packaging leaves the
// copies out (electron-builder.yml).
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const TEXT = new Set(['.html', '.js', '.css', '.svg', '.json']);
/** Below this, compressing saves less than the header costs. */
const MIN_BYTES = 1024;

async function* filesUnder(dir) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (TEXT.has(path.extname(entry.name))) yield full;
  }
}

/** Returns the plain and the brotli bytes in total. */
export async function precompress(dir) {
  const work = [];
  for await (const file of filesUnder(dir)) {
    work.push(
      fs.readFile(file).then(async (plain) => {
        if (plain.length < MIN_BYTES) return [0, 0];
        const [br, gz] = await Promise.all([
          brotli(plain, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
          gzip(plain, { level: 7 }),
        ]);
        await Promise.all([fs.writeFile(`${file}.br`, br), fs.writeFile(`${file}.gz`, gz)]);
        return [plain.length, br.length];
      }),
    );
  }
  return (await Promise.all(work)).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}
