// Two bundles of one entry: an ES module that loads its data as it needs it, and a classic script with everything
// inside (up to a size of archive: see CARRIED_POSTS).
import { readFileSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Our copy of @lit/localize must not fire its page-global `lit-localize-status` event: a partner's own Lit app
 * would take it for its own (see src/i18n/localization.ts). Tested on the built bundle beside a partner's copy
 * (test/browser/localize-isolation.test.ts).
 */
const silenceLocalizeEvents = () =>
  replace({
    include: ['**/@lit/localize/init/runtime.js'],
    preventAssignment: true,
    values: { 'window.dispatchEvent': 'Boolean' },
  });

/**
 * The ES module build reads its data from JSON files in dist/data/ (src/runtime/data/hosted.ts) instead of the
 * generated modules the classic script carries; and hosted.ts finds dist/ from the chunk it ends up in.
 */
const hostedData = ({ classic = false } = {}) => ({
  name: 'fosc-hosted-data',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (resolved && /src[\\/]runtime[\\/]data[\\/]source\.ts$/.test(resolved.id)) {
      return resolved.id.replace(/source\.ts$/, 'hosted.ts');
    }
    return null;
  },
  resolveImportMeta(property, { chunkId, moduleId }) {
    if (property !== 'url' || !/hosted\.ts$/.test(moduleId)) return null;
    // A classic script knows where it was loaded from only while it first runs (when hosted.ts is evaluated).
    if (classic) return `(document.currentScript && document.currentScript.src || document.baseURI)`;
    const up = '../'.repeat(chunkId.split('/').length - 1) || './';
    return `new URL(${JSON.stringify(up)}, import.meta.url).href`;
  },
});

/**
 * Up to `carriedPosts` posts (build.config.json) the classic script carries the archive inside; beyond, it fetches
 * dist/data/ as the module does (5,000 posts inside would make a 31 MB script). The generator makes the same choice.
 */
const { carriedPosts } = JSON.parse(readFileSync('build.config.json', 'utf8'));
const carriesArchive = readdirSync('content').filter((f) => f.endsWith('.md')).length <= carriedPosts;

const plugins = () => [
  silenceLocalizeEvents(),
  resolve({ browser: true }),
  commonjs({ include: [/node_modules\/lunr/], strictRequires: false }),
  typescript({ tsconfig: './tsconfig.build.json' }),
];

const terse = (module) => terser({ module, ecma: 2022, format: { comments: false } });

export default [
  {
    // The entry, plus each element as its own module for npm users who import one element alone.
    input: {
      'fosc-widgets': 'src/index.ts',
      'elements/article-card': 'src/elements/article-card/article-card.ts',
      'elements/search-box': 'src/elements/search-box/search-box.ts',
      'elements/quote-carousel': 'src/elements/quote-carousel/quote-carousel.ts',
      'elements/bilingual-reader': 'src/elements/bilingual-reader/bilingual-reader.ts',
    },
    // Keep the entry's own exports in dist/fosc-widgets.js instead of a facade over a hashed chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [hostedData(), ...plugins()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: [terse(true)],
    },
  },
  {
    input: 'src/index.ts',
    plugins: carriesArchive ? plugins() : [hostedData({ classic: true }), ...plugins()],
    output: {
      file: 'dist/fosc-widgets.iife.js',
      format: 'iife',
      name: 'FoscWidgets',
      inlineDynamicImports: true,
      // Terser's module mode would drop the global `var FoscWidgets`.
      plugins: [terse(false)],
    },
  },
];
