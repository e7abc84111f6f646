// Two builds of one source.
// - CDN (dist/): self-contained and minified, Lit inside under our own Trusted Types policy; an ES module that
//   defines each element lazily and fetches its data from dist/data/, and a classic script with everything inside
//   (the archive too, up to `carriedPosts` in build.config.json).
// - npm (dist/npm/): ES modules for a partner's bundler or Node, not minified, with sourcemaps; `lit` and
//   `@lit/task` stay imports (one Lit per app, and Lit's Node build in Node), the data travels as modules reached by
//   static `import()`s, so the app's bundler carries it (see src/runtime/data/default-store.ts).
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { archiveIsCarried, hostedData } from './scripts/hosted-data-plugin.js';
import { asciiOnly } from './scripts/ascii-only-plugin.js';
import { frozenPrototypeSafe } from './scripts/frozen-prototype-plugin.js';
import { trustedTypesPolicy } from './scripts/trusted-types-plugin.js';

/**
 * Our copy of @lit/localize must not fire its page-global `lit-localize-status` event: a partner's own Lit app
 * would take it for its own (see src/i18n/localization.ts). Tested on the built bundle beside a partner's copy
 * (test/browser/localize-isolation.test.ts). Every build carries its own copy: its configuration is global to a
 * copy and can be set once, so sharing the app's would make the app's `configureLocalization()` or ours throw.
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

const plugins = ({ sourceMap = false } = {}) => [
  silenceLocalizeEvents(),
  frozenPrototypeSafe(),
  resolve({ browser: true }),
  commonjs({ include: [/node_modules\/lunr/], strictRequires: false, sourceMap }),
  typescript({ tsconfig: './tsconfig.build.json', sourceMap, inlineSources: sourceMap }),
];

// ASCII only: a page without `<meta charset>` decodes a classic script as windows-1252; escaped, every character
// (lunr-languages' regexes, accented UI strings) survives. terser escapes strings and regexes, asciiOnly() the
// template literals (checked by scripts/check-ascii.js after the build).
const terse = (module) => [terser({ module, ecma: 2022, format: { comments: false, ascii_only: true } }), asciiOnly()];

const elements = {
  'elements/article-card': 'src/elements/article-card/article-card.ts',
  'elements/search-box': 'src/elements/search-box/search-box.ts',
  'elements/quote-carousel': 'src/elements/quote-carousel/quote-carousel.ts',
  'elements/bilingual-reader': 'src/elements/bilingual-reader/bilingual-reader.ts',
};

/** What the npm build leaves to the app: Lit itself (one copy per app) and @lit/task. */
const litPackages = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/task)(\/|$)/;

/** The archive's data modules keep their names in dist/npm/data/ (a summary and a post share an id). */
const generatedData = /src[\\/]generated[\\/]data[\\/](.+)\.ts$/;
const npmChunkName = (chunk) => {
  const data = chunk.facadeModuleId && generatedData.exec(chunk.facadeModuleId);
  return data ? `data/${data[1].replaceAll('\\', '/')}.js` : 'chunks/[name]-[hash].js';
};

export default [
  {
    // CDN: the entry, plus each element as its own module for a page that loads one element alone.
    input: { 'fosc-widgets': 'src/index.ts', ...elements },
    // Keep the entry's own exports in dist/fosc-widgets.js instead of a facade over a hashed chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [hostedData(), trustedTypesPolicy(), ...plugins()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      plugins: terse(true),
    },
  },
  {
    input: 'src/index.ts',
    plugins: [...(carriesArchive ? [] : [hostedData({ classic: true })]), trustedTypesPolicy(), ...plugins()],
    output: {
      file: 'dist/fosc-widgets.iife.js',
      format: 'iife',
      name: 'FoscWidgets',
      inlineDynamicImports: true,
      // Terser's module mode would drop the global `var FoscWidgets`.
      plugins: terse(false),
    },
  },
  {
    // npm: readable modules with sourcemaps (sources inlined: src/ is not shipped).
    input: { index: 'src/index.ts', ...elements },
    preserveEntrySignatures: 'allow-extension',
    external: (id) => litPackages.test(id),
    plugins: plugins({ sourceMap: true }),
    output: {
      dir: 'dist/npm',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: npmChunkName,
    },
  },
];
