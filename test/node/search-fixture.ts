/** Search indexes built as `npm run build` builds them, for the search tests (not a test file itself). */
import { dataFile } from '../../src/core/data-files.js';
import type { SearchManifest } from '../../src/core/search/index-format.js';
import type { SearchSource } from '../../src/runtime/data/search-source.js';
import type { BuildOptions } from '../../src/pipeline/archive/build-archive.js';
import { archiveFiles } from '../../src/pipeline/emit.js';

/** The seed's (or `content`'s) data files, built as `npm run build` builds them (with other shard sizes when asked). */
export async function seedIndex(options: BuildOptions = {}, content = 'content') {
  const files = await archiveFiles(content, { workers: 0, ...options });
  const read = <T>(name: string): Promise<T> => {
    if (!files.has(name)) return Promise.reject(new Error(`no file ${name}`));
    return Promise.resolve(structuredClone(files.get(name)) as T);
  };
  const manifest = files.get(dataFile.searchManifest) as SearchManifest;
  return { files, source: sourceOver(manifest, read), manifest };
}

/** The index over data files read by name (as the runtime's searchSource reads them from its store). */
export function sourceOver(manifest: SearchManifest, read: <T>(name: string) => Promise<T>): SearchSource {
  return {
    manifest,
    shard: (n) => (manifest.inline && n === 0 ? Promise.resolve(manifest.inline.shard) : read(dataFile.searchShard(n))),
    tail: (n, k) => read(dataFile.searchTail(n, k)),
    positions: (n, k) => read(dataFile.searchPositions(n, k)),
    near: (n, k) => read(dataFile.searchNear(n, k)),
    layout: () => read(dataFile.searchLayout),
    fragments: (n) => read(dataFile.searchFragments(n)),
    texts: (n, part) => read(part ? dataFile.searchTextPart(n, part) : dataFile.searchTexts(n)),
    typos: (by, n) => read(dataFile.searchTypos(by, n)),
    postLangs: () => (manifest.inline ? Promise.resolve(manifest.inline) : read(dataFile.searchLangs)),
  };
}
