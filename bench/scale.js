// The scale bench (`node bench/scale.js`, the second half of `npm run bench`): synthetic archives of distinct posts
// (bench/generate-archive.ts; sizes from SCALE_POSTS, default "5000,20000"), built by us and, as HTML pages, by
// Pagefind (`--force-language en`: one index of all posts), in the same run; then, in Chromium, what a query pulls
// until its first result is ready (gzip -9 of each file, or its size when already compressed), how fast a new query
// is on a warm page, and whether the one-letter typos of the planted rare names find their posts. Ratios are
// printed, since the machine is shared.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { hostedData } from '../scripts/hosted-data-plugin.js';
import { launch, serve } from './harness.js';
import { kb, measure, pct, wireBytes } from './measure.js';

const SIZES = (process.env.SCALE_POSTS || '5000,20000').split(',').map(Number).filter(Boolean);
// The binary inside Pagefind's platform package (the npm wrapper would add a Node process to the memory measured).
const pagefindBinary = (() => {
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform()}-${arch()}/bin/${name}${platform() === 'win32' ? '.exe' : ''}`);
    } catch {
      // try the next name
    }
  }
  throw new Error('Pagefind’s binary is not installed (npm install)');
})();

// Our search, bundled as the ES module build bundles it: entry plus lazy chunks (the stemmers load only for a word
// the archive lacks), reading hosted JSON, minified as the CDN build minifies it (rollup.config.js): what a
// partner's page pulls. (Before, the bench measured unminified code: 31.5 KB for the stemmers' chunk, not 12.7.)
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
await bundle.write({
  dir: '.tmp/scale',
  format: 'es',
  entryFileNames: 'bench.js',
  chunkFileNames: 'chunks/[name].js',
  plugins: [terser({ module: true, ecma: 2022, format: { comments: false, ascii_only: true } })],
});

const judged = JSON.parse(readFileSync('test/fixtures/judged-queries.json', 'utf8')).queries.map((j) => j.q);
const { origin, close } = await serve({ '/scale.html': '<!doctype html><meta charset="utf-8"><title>scale</title>' });
const browser = await launch();

/** A query in a fresh page: files pulled until its first result's data is ready. */
async function cold(run, arg) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const seen = new Set();
  tab.on('response', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    if (path.startsWith('/.tmp/')) seen.add(path);
  });
  await tab.goto(`${origin}/scale.html`);
  const count = await tab.evaluate(run, arg);
  const files = [...seen];
  await context.close();
  return { count, files: files.length, bytes: files.reduce((sum, p) => sum + wireBytes(join('.', p)), 0) };
}

/** One warm page: a first query, then each query once, timed to its first result's data. */
async function warm(run, arg) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/scale.html`);
  const times = await tab.evaluate(run, arg);
  await context.close();
  return times.sort((a, b) => a - b);
}

/**
 * In the page: for our API or Pagefind's, one of three tasks: a cold query to its first result's data, each query
 * in turn on a warm page (timed), or the typo cases (how many find their post in the first ten).
 */
async function inPage({ engine, task, data, site, q, queries, cases }) {
  let first;
  let ids;
  if (engine === 'ours') {
    const m = await import('/.tmp/scale/bench.js');
    m.useData(data);
    first = async (query) => {
      const hits = await m.searchHits(query, { limit: 10 });
      if (hits[0]) await hits[0].result();
      return hits.length;
    };
    ids = async (query) => (await m.search(query, { limit: 10 })).map((r) => r.id);
  } else {
    const pf = await import(`${site}/pagefind/pagefind.js`);
    first = async (query) => {
      const search = await pf.search(query);
      if (search.results[0]) await search.results[0].data();
      return search.results.length;
    };
    ids = async (query) => {
      const search = await pf.search(query);
      const urls = await Promise.all(search.results.slice(0, 10).map(async (r) => (await r.data()).url));
      return urls.map((u) => u.replace(/^.*\/|\.html$/g, ''));
    };
  }
  if (task === 'cold') return first(q);
  if (task === 'typos') {
    let found = 0;
    for (const { typo, post } of cases) if ((await ids(typo)).includes(post)) found++;
    return found;
  }
  await first('archive');
  const out = [];
  for (const query of queries) {
    const t = performance.now();
    await first(query);
    out.push(performance.now() - t);
  }
  return out;
}

/** Builds of each engine per size, run in turn. */
const buildPairs = (posts) => Number(process.env.BUILD_PAIRS) || (posts <= 5000 ? 3 : 1);

/** The median run's time, and the median peak memory. */
function medianBuild(runs) {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const mb = runs.map((r) => r.peakMB).sort((a, b) => a - b);
  return { ms: pct(ms, 0.5), peakMB: pct(mb, 0.5) };
}

const row = (cells) => `| ${cells.join(' | ')} |`;
const ratio = (a, b) => (a / b).toFixed(2);
const mark = (ok) => (ok ? '✓' : '✗');

for (const posts of SIZES) {
  const dir = `.tmp/scale-${posts}`;
  console.log(`\n## Scale: ${posts.toLocaleString('en')} distinct synthetic posts\n`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/generate-archive.ts',
      ...['--posts', String(posts), '--seed', '1', '--out', `${dir}/content`, '--html', `${dir}/site`],
    ],
    { stdio: 'inherit' },
  );
  const planted = JSON.parse(readFileSync(`${dir}/content/planted.json`, 'utf8'));

  // A first build, as on a fresh clone: it writes the incremental build's cache (an empty one here), never reads one.
  // The machine is shared and a build's time moves by a fifth from one run to the next: the two builds run in turn,
  // BUILD_PAIRS times (3 up to 5,000 posts, else 1), and the medians are compared.
  const ourBuilds = [];
  const theirBuilds = [];
  for (let pair = 0; pair < buildPairs(posts); pair++) {
    rmSync(`${dir}/cache`, { recursive: true, force: true });
    const ours = await measure(process.execPath, [
      '--import',
      'tsx',
      'src/pipeline/build-cli.ts',
      ...[
        '--content',
        `${dir}/content`,
        '--out',
        `${dir}/generated`,
        '--hosted',
        `${dir}/data`,
        '--cache',
        `${dir}/cache`,
      ],
    ]);
    console.log(ours.out.trim());
    ourBuilds.push(ours);
    // Pagefind's first build too: run again over its own output, it takes half the time (its files are there).
    rmSync(`${dir}/site/pagefind`, { recursive: true, force: true });
    theirBuilds.push(await measure(pagefindBinary, ['--site', `${dir}/site`, '--force-language', 'en', '--quiet']));
  }
  const ourBuild = medianBuild(ourBuilds);
  const theirBuild = medianBuild(theirBuilds);
  const buildRatios = ourBuilds.map((b, i) => b.ms / theirBuilds[i].ms).sort((a, b) => a - b);

  const queries = [
    ...judged,
    ...planted.names.slice(0, 10).map((n) => n.name),
    ...planted.phrases.slice(0, 5).map((p) => `"${p.phrase}"`),
  ];
  const data = `/${dir}/data/`;
  const site = `/${dir}/site`;
  const pulled = { ours: [], pagefind: [] };
  for (const q of queries) {
    pulled.ours.push(await cold(inPage, { engine: 'ours', task: 'cold', q, data }));
    pulled.pagefind.push(await cold(inPage, { engine: 'pagefind', task: 'cold', q, site }));
  }
  const bytes = (list) => list.map((p) => p.bytes).sort((a, b) => a - b);
  const files = (list) => list.map((p) => p.files).sort((a, b) => a - b);
  const [ob, pb] = [bytes(pulled.ours), bytes(pulled.pagefind)];
  // Three warm pages each, in turn: the p50s' median (a page's p50 moves with the machine's load as well).
  const warmP50s = { ours: [], pagefind: [] };
  for (let round = 0; round < 3; round++) {
    warmP50s.ours.push(pct(await warm(inPage, { engine: 'ours', task: 'warm', queries, data }), 0.5));
    warmP50s.pagefind.push(pct(await warm(inPage, { engine: 'pagefind', task: 'warm', queries, site }), 0.5));
  }
  const [ow, pw] = [warmP50s.ours, warmP50s.pagefind].map((list) => list.sort((a, b) => a - b));
  const cases = planted.names.flatMap((n) => n.typos.map((typo) => ({ typo, post: n.posts[0] })));
  const found = await (async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/scale.html`);
    const o = await tab.evaluate(inPage, { engine: 'ours', task: 'typos', cases, data });
    // Pagefind has no typo tolerance: a sample shows it (each check reads ten fragments).
    const p = await tab.evaluate(inPage, { engine: 'pagefind', task: 'typos', cases: cases.slice(0, 200), site });
    await context.close();
    return { ours: o, pagefind: p };
  })();

  const med = (s) => pct(s, 0.5);
  console.log(row(['', 'ours', 'Pagefind 1.6', 'ours / Pagefind', 'goal']));
  console.log(row(['---', '---:', '---:', '---:', '---']));
  console.log(
    row([
      `bytes to first result, median / worst (${queries.length} queries)`,
      `${kb(med(ob))} / ${kb(ob.at(-1))}`,
      `${kb(med(pb))} / ${kb(pb.at(-1))}`,
      `${ratio(med(ob), med(pb))} / ${ratio(ob.at(-1), pb.at(-1))}`,
      `≤ 0.33 ${mark(med(ob) * 3 <= med(pb) && ob.at(-1) * 3 <= pb.at(-1))}`,
    ]),
  );
  console.log(row(['files to first result, median', med(files(pulled.ours)), med(files(pulled.pagefind)), '', '']));
  console.log(
    row([
      'warm page, new query, p50 (median of 3 pages each)',
      `${med(ow).toFixed(1)} ms`,
      `${med(pw).toFixed(1)} ms`,
      ratio(med(ow), med(pw)),
      `≤ 1 ${mark(med(ow) <= med(pw))}`,
    ]),
  );
  console.log(
    row([
      `build wall time (median of ${ourBuilds.length})`,
      `${(ourBuild.ms / 1000).toFixed(1)} s`,
      `${(theirBuild.ms / 1000).toFixed(1)} s`,
      ourBuilds.length > 1
        ? `${ratio(ourBuild.ms, theirBuild.ms)} (pairs ${buildRatios.map((r) => r.toFixed(2)).join(', ')})`
        : ratio(ourBuild.ms, theirBuild.ms),
      `≤ 1 ${mark(ourBuild.ms <= theirBuild.ms)}`,
    ]),
  );
  console.log(
    row([
      'build peak memory',
      `${ourBuild.peakMB.toFixed(0)} MB`,
      `${theirBuild.peakMB.toFixed(0)} MB`,
      ratio(ourBuild.peakMB, theirBuild.peakMB),
      `≤ 0.6 ${mark(ourBuild.peakMB <= 0.6 * theirBuild.peakMB)}`,
    ]),
  );
  console.log(
    row([
      `one-letter typos of planted names finding their post (top 10)`,
      `${found.ours} / ${cases.length}`,
      `${found.pagefind} / ${Math.min(200, cases.length)}`,
      '',
      `all ${mark(found.ours === cases.length)}`,
    ]),
  );
  const worst = pulled.ours.map((p, i) => [p.bytes, queries[i]]).sort((a, b) => b[0] - a[0])[0];
  console.log(`\nOur worst query: “${worst[1]}” (${kb(worst[0])}).`);
}

await browser.close();
close();
