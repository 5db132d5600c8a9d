import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats and the WASM: what compresses. Images are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|csv|svg|wasm|map|txt)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;
/**
 * Brotli 10 and 11 on the 34 MB WASM take minutes on one core; 9 takes ~10 s for 5.9 MB on
 * the wire (10 would save 9% more). Smaller files get 11 (~1 s for all the app's chunks).
 */
const brotliQuality = (bytes: number) => (bytes >= 512 * 1024 ? 9 : 11);
// Part of the cache key: change it when the settings above change.
const SETTINGS = 'br9-11/gz9';
/** Cached copies unused for this long are deleted at the end of a build. */
const CACHE_MAX_AGE_MS = 14 * 24 * 3600 * 1000;

/** Delete cached copies no build has used for CACHE_MAX_AGE_MS. */
async function pruneCache(cacheDir: string): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  const oldest = Date.now() - CACHE_MAX_AGE_MS;
  for (const name of entries) {
    const path = join(cacheDir, name);
    const stats = await stat(path).catch(() => null);
    if (stats && stats.mtimeMs < oldest) await rm(path, { force: true });
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

async function compress(bytes: Buffer, coding: 'br' | 'gz'): Promise<Buffer> {
  if (coding === 'gz') return gz(bytes, { level: 9 });
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length),
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Compress through a content-addressed cache: most files of a build (the WASM, the workers,
 * the data, chunks whose code did not change) are the same as in the previous one. Writes
 * go through a rename, so parallel builds never read half a file.
 */
async function cachedCompress(bytes: Buffer, coding: 'br' | 'gz', cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(SETTINGS).update(bytes).digest('hex');
  const cached = join(cacheDir, `${key}.${coding}`);
  const hit = await readFile(cached).catch(() => null);
  if (hit) {
    const now = new Date();
    await utimes(cached, now, now).catch(() => undefined);
    return hit;
  }
  const out = await compress(bytes, coding);
  await mkdir(cacheDir, { recursive: true });
  const temp = `${cached}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, out);
  await rename(temp, cached);
  return out;
}

/**
 * Write `<file>.br` and `<file>.gz` beside every compressible file of the build, for
 * servers that send precompressed copies (scripts/serve.mjs, nginx `gzip_static`/`brotli_static`,
 * Caddy `precompressed`). A copy that is not smaller than the file is not written.
 * `cacheDir` holds the compressed copies between builds.
 */
export function precompress(cacheDir: string): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'uptake:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    async writeBundle() {
      const started = performance.now();
      const files: string[] = [];
      for await (const path of walk(outDir)) if (COMPRESSIBLE.test(path)) files.push(path);
      const totals = { files: 0, rawBytes: 0, brBytes: 0, gzBytes: 0 };
      // All at once: zlib runs in libuv's thread pool, so the files share the cores.
      await Promise.all(
        files.map(async (path) => {
          const bytes = await readFile(path);
          if (bytes.length < MIN_BYTES) return;
          const [br, gzipped] = await Promise.all([
            cachedCompress(bytes, 'br', cacheDir),
            cachedCompress(bytes, 'gz', cacheDir),
          ]);
          totals.files += 1;
          totals.rawBytes += bytes.length;
          if (br.length < bytes.length) {
            await writeFile(`${path}.br`, br);
            totals.brBytes += br.length;
          }
          if (gzipped.length < bytes.length) {
            await writeFile(`${path}.gz`, gzipped);
            totals.gzBytes += gzipped.length;
          }
        }),
      );
      await pruneCache(cacheDir);
      const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
      logger?.info(
        `precompressed ${totals.files} files in ${relative(process.cwd(), outDir) || '.'}: ${mb(totals.rawBytes)} MB → ` +
          `br ${mb(totals.brBytes)} MB, gzip ${mb(totals.gzBytes)} MB (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}
