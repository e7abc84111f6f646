// The package's types: only its public surface. tsc writes every module's declarations to .tmp/types/
// (tsconfig.types.json); rollup-plugin-dts rolls them into one file per entry of package.json's exports, in
// dist/types/, so internals (core/, the generated data, lunr's types) stay out and a consumer needs nothing but
// `lit` to check them with `skipLibCheck: false`. Then the entries that carry types only: react, vue, iife.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const RAW = '.tmp/types';
const OUT = 'dist/types';

const entries = {
  index: `${RAW}/index.d.ts`,
  'elements/article-card': `${RAW}/elements/article-card/article-card.d.ts`,
  'elements/search-box': `${RAW}/elements/search-box/search-box.d.ts`,
  'elements/quote-carousel': `${RAW}/elements/quote-carousel/quote-carousel.d.ts`,
  'elements/bilingual-reader': `${RAW}/elements/bilingual-reader/bilingual-reader.d.ts`,
};

/** What the types may import: Lit (a dependency of the package) and themselves. */
const allowedImport = /^(\.\.?\/|lit(\/|$)|@lit\/task(\/|$))/;

/** tsc writes inferred types from where they are declared (`import("lit-html")`); `lit` re-exports them all. */
const litOnly = {
  name: 'lit-only',
  transform: (code) => code.replace(/(["'])(lit-html|lit-element|@lit\/reactive-element)(?:\/[\w./-]*)?\1/g, '$1lit$1'),
};

rmSync(OUT, { recursive: true, force: true });
const bundle = await rollup({
  input: entries,
  plugins: [litOnly, dts()],
  external: (id) => /^(lit|@lit)(\/|$)/.test(id),
});
await bundle.write({ dir: OUT, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].ts' });
await bundle.close();

// index.ts exports the element classes as types only (their code loads with their tag); rollup-plugin-dts drops the
// `type`, which would let `new FoscArticleCard()` typecheck against a root that has no such value.
const index = join(OUT, 'index.d.ts');
writeFileSync(index, readFileSync(index, 'utf8').replace(/^export \{ (Fosc\w+) \} from/gm, 'export type { $1 } from'));

// The classic script's global.
writeFileSync(
  join(OUT, 'iife.d.ts'),
  `// dist/fosc-widgets.iife.js is a classic script: load it with <script src>; it sets window.FoscWidgets.
import type * as FoscWidgets from './index.js';

declare global {
  interface Window {
    FoscWidgets: typeof FoscWidgets;
  }
}

export {};
`,
);

// React 19 and Vue: the types come from the custom elements manifest (custom-elements-manifest.config.mjs writes
// custom-element-jsx.d.ts and custom-element-vuejs.d.ts beside these); the modules themselves are empty.
writeFileSync(
  join(OUT, 'react.d.ts'),
  `// import 'fosc-widgets/react': the four elements in React 19's JSX (attributes, properties, onfosc-* events).
import type { CustomElements } from './custom-element-jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements };
`,
);
writeFileSync(
  join(OUT, 'vue.d.ts'),
  `// import 'fosc-widgets/vue': the four elements as Vue's global components, for templates with strictTemplates.
import type { CustomElements } from './custom-element-vuejs.js';

declare module 'vue' {
  interface GlobalComponents extends CustomElements {}
}

export type { CustomElements };
`,
);
mkdirSync('dist/npm', { recursive: true });
for (const name of ['react', 'vue']) {
  writeFileSync(`dist/npm/${name}.js`, `// Types only: see dist/types/${name}.d.ts.\nexport {};\n`);
}

// The public surface must stand alone.
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const bad = [];
for (const file of walk(OUT)) {
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) {
    if (!allowedImport.test(spec) && !/^(react|vue)$/.test(spec)) bad.push(`${file} imports ${spec}`);
  }
}
if (bad.length) {
  console.error(`dist/types must import only lit and itself:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
console.log(`types: ${walk(OUT).length} files in ${OUT}/`);
