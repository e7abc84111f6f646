// The one seam between a bundle and where its data lives (src/runtime/data/): by default a bundle carries the
// archive as modules (default-store.ts); this rollup plugin swaps in default-store-hosted.ts, which fetches the JSON
// files of dist/data/ relative to where the bundle is hosted. Used by rollup.config.js and bench/scale.js.
import { readFileSync } from 'node:fs';

const DEFAULT_STORE = /src[\\/]runtime[\\/]data[\\/]default-store\.ts$/;
const HOSTED_STORE = /default-store-hosted\.ts$/;

/**
 * @param {{ classic?: boolean }} options `classic`: the bundle is a classic script, which knows where it was
 *   loaded from only while it first runs (`document.currentScript`).
 */
export function hostedData({ classic = false } = {}) {
  return {
    name: 'fosc-hosted-data',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && DEFAULT_STORE.test(resolved.id)) return resolved.id.replace(/\.ts$/, '-hosted.ts');
      return null;
    },
    resolveImportMeta(property, { chunkId, moduleId }) {
      if (property !== 'url' || !HOSTED_STORE.test(moduleId)) return null;
      if (classic) return `(document.currentScript && document.currentScript.src || document.baseURI)`;
      // The URL of dist/, from the chunk the module ends up in.
      const up = '../'.repeat(chunkId.split('/').length - 1) || './';
      return `new URL(${JSON.stringify(up)}, import.meta.url).href`;
    },
  };
}

/** Whether the last `npm run generate` put the archive inside the bundles (src/generated/archive.json). */
export function archiveIsCarried() {
  return JSON.parse(readFileSync('src/generated/archive.json', 'utf8')).carried;
}
