// Two bundles of one entry: an ES module that loads its data as it needs it, and a classic script with everything
// inside (up to a size of archive: see carriedPosts in build.config.json).
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { archiveIsCarried, hostedData } from './scripts/hosted-data-plugin.js';

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
 * The classic script carries the archive inside up to `carriedPosts` (build.config.json); beyond, it fetches dist/data/
 * as the module does (5,000 posts inside would make a 31 MB script). `npm run generate` makes the choice.
 */
const carriesArchive = archiveIsCarried();

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
