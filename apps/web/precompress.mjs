import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|svg|json|html|txt|map)$/;

/** Writes `x.br` and `x.gz` beside every compressible file in `dir`, once, at build time. */
export async function precompressDir(dir) {
  const names = await readdir(dir);
  await Promise.all(
    names
      .filter((name) => COMPRESSIBLE.test(name))
      .map(async (name) => {
        const bytes = await readFile(join(dir, name));
        if (bytes.length < 1024) return;
        const [br, gzipped] = await Promise.all([
          brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
          gz(bytes, { level: 9 }),
        ]);
        await Promise.all([
          writeFile(join(dir, `${name}.br`), br),
          writeFile(join(dir, `${name}.gz`), gzipped),
        ]);
      }),
  );
}

/** Vite plugin: precompress the build's `assets/` folder after it is written. */
export function precompress() {
  let outDir = '';
  let assetsDir = 'assets';
  return {
    name: 'samrad-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      assetsDir = config.build.assetsDir;
    },
    async closeBundle() {
      await precompressDir(join(outDir, assetsDir));
    },
  };
}
