/**
 * What the build keeps between runs is tied to the version of its own code: the per-post cache (post-cache.ts)
 * and the worker threads' script (pool.ts) live under `node_modules/.cache/fosc-widgets/` (the usual place for
 * tools' caches: ignored by git, and gone with a fresh `npm ci`, which may change the dependencies anyway), named
 * by a hash of the pipeline's sources, the lockfile and the build's configuration. Main thread only: workers run a
 * bundle, where `import.meta.url` is not this file's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is src/pipeline/archive/code-version.ts). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const CACHE_ROOT = join(ROOT, 'node_modules/.cache/fosc-widgets');

export const DEFAULT_CACHE = join(CACHE_ROOT, 'posts');

/** The importer's sources: the build does not run them. */
const SKIPPED = new Set(['src/pipeline/import', 'src/pipeline/sources', 'src/pipeline/import-cli.ts']);

let version: string | undefined;

/**
 * What the build's output depends on besides the posts: the source files of the pipeline (the importer's aside)
 * and core, the lockfile and the build's configuration.
 */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (SKIPPED.has(relative(ROOT, path))) continue;
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|mjs|js|json)$/.test(entry.name))
        hash.update(`${relative(ROOT, path)}\0`).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src/pipeline'));
  walk(join(ROOT, 'src/core'));
  for (const file of ['package-lock.json', 'build.config.json']) {
    if (existsSync(join(ROOT, file))) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
  }
  return (version = hash.digest('hex').slice(0, 16));
}

/** The cache folder of one content folder at this code version; other versions' folders are deleted. */
export function cacheFolder(root: string, content: string): string {
  const current = codeVersion();
  if (existsSync(root)) {
    for (const old of readdirSync(root)) if (old !== current) rmSync(join(root, old), { recursive: true, force: true });
  }
  const folder = join(root, current, createHash('sha256').update(content).digest('hex').slice(0, 16));
  mkdirSync(folder, { recursive: true });
  return folder;
}
