// The scale bench (`node bench/scale.js`, the second half of `npm run bench`): a synthetic archive of 5,000 posts made
// from the seed's paragraphs; its build time and memory; then, in Chromium, what a query pulls before its first
// result and how fast queries run over the term shards.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { hostedData } from '../scripts/hosted-data-plugin.js';
import { launch, serve } from './harness.js';

const POSTS = Number(process.env.SCALE_POSTS) || 5000;
const dir = '.tmp/scale';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];

console.log(`\n## Scale: ${POSTS.toLocaleString('en')} synthetic posts\n`);
execFileSync(
  process.execPath,
  ['--import', 'tsx', 'bench/generate-archive.ts', '--posts', String(POSTS), '--seed', '1', '--out', `${dir}/content`],
  { stdio: 'inherit' },
);
const started = Date.now();
const report = execFileSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/pipeline/build-cli.ts',
    '--content',
    `${dir}/content`,
    '--out',
    `${dir}/generated`,
    '--hosted',
    `${dir}/data`,
  ],
  { encoding: 'utf8' },
);
const buildMs = Date.now() - started;
console.log(report.trim());

// Our search code, bundled as the ES module build bundles it (reading dist-style JSON next to itself).
const bundle = await rollup({
  input: 'bench/scale-entry.ts',
  plugins: [
    hostedData(),
    resolve({ browser: true }),
    commonjs({ include: [/node_modules\/lunr/], strictRequires: false }),
    typescript({ tsconfig: './tsconfig.build.json', include: ['src/**/*.ts', 'bench/*.ts'], noEmitOnError: false }),
  ],
  onwarn: () => {},
});
await bundle.write({ file: `${dir}/bench.js`, format: 'es', inlineDynamicImports: true });
const codeBytes = gzipSync(readFileSync(`${dir}/bench.js`), { level: 9 }).length;

const gzCache = new Map();
const gz = (path) => {
  if (!gzCache.has(path)) gzCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzCache.get(path);
};
const { origin, close } = await serve({ '/scale.html': '<!doctype html><meta charset="utf-8"><title>scale</title>' });
const browser = await launch();

const judged = JSON.parse(readFileSync('test/fixtures/judged-queries.json', 'utf8')).queries.map((j) => j.q);
// Cold: a fresh page per query; what it pulls until search() gives its results (excerpts included).
const pulled = [];
for (const q of judged.slice(0, 25)) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen = new Set();
  tab.on('response', (r) => seen.add(new URL(r.url()).pathname));
  await tab.goto(`${origin}/scale.html`);
  const count = await tab.evaluate(async (query) => {
    const m = await import(`/${'.tmp/scale'}/bench.js`);
    const searcher = new m.Searcher(await m.searchSource());
    return (await searcher.search(query, {}, 8)).length;
  }, q);
  await context.close();
  const bytes = [...seen]
    .filter((p) => p.endsWith('.json'))
    .reduce((sum, p) => sum + gz(join('.', decodeURIComponent(p))), 0);
  pulled.push({ q, bytes: bytes + codeBytes, data: bytes, count });
}
pulled.sort((a, b) => a.bytes - b.bytes);

// Warm: one page, every query run once to load its shards, then timed.
const times = await (async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/scale.html`);
  const result = await tab.evaluate(async (queries) => {
    const m = await import(`/${'.tmp/scale'}/bench.js`);
    const source = await m.searchSource();
    const engine = new m.SearchEngine(source);
    const all = [];
    for (const q of queries) for (let i = 3; i <= q.length; i += 2) all.push(q.slice(0, i));
    for (const q of all) await engine.run(q);
    const out = [];
    for (const q of all) {
      const t = performance.now();
      for (let i = 0; i < 5; i++) await engine.run(q);
      out.push((performance.now() - t) / 5);
    }
    return out.sort((a, b) => a - b);
  }, judged);
  await context.close();
  return result;
})();
await browser.close();
close();

const dataBytes = (p) => statSync(join(dir, 'data', p)).size;
console.log('\n| measure | value | goal |');
console.log('| --- | ---: | --- |');
console.log(`| build (generate data) | ${(buildMs / 1000).toFixed(1)} s | < 60 s on 2 cores |`);
console.log(
  `| search manifest | ${kb(dataBytes('search/manifest.json'))} raw, ${kb(gz(join(dir, 'data/search/manifest.json')))} gz | |`,
);
console.log(`| search code (lunr, stemmers, engine) | ${kb(codeBytes)} gz | |`);
console.log(
  `| pulled before the first result, median of ${pulled.length} queries | ${kb(
    pct(
      pulled.map((p) => p.bytes),
      0.5,
    ),
  )} | ≤ 300 KB |`,
);
console.log(`| pulled before the first result, worst (“${pulled.at(-1).q}”) | ${kb(pulled.at(-1).bytes)} | ≤ 300 KB |`);
console.log(
  `| query p50 / p95, warm (${times.length} queries as typed) | ${pct(times, 0.5).toFixed(2)} / ${pct(times, 0.95).toFixed(2)} ms | p95 ≤ 50 ms |`,
);
