// `npm run bench`: what the widgets cost a partner page and how fast search is, measured in headless Chromium on
// the built bundles. Prints figures; asserts nothing (budgets are shown beside the figures).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { launch, serve } from './harness.js';

const root = process.cwd();
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 3 : 1)} ms`;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];

if (!existsSync('dist/fosc-widgets.js') || process.argv.includes('--build')) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

// ---- bench bundles: our engine from source, MiniSearch's index of the same posts ----
mkdirSync('bench/out', { recursive: true });
const bundle = await rollup({
  input: 'bench/search-entry.ts',
  plugins: [
    resolve({ browser: true }),
    commonjs({ include: [/node_modules\/lunr/], strictRequires: false }),
    typescript({ tsconfig: './tsconfig.build.json', include: ['src/**/*.ts', 'bench/*.ts'], noEmitOnError: false }),
  ],
  onwarn: () => {},
});
await bundle.write({ file: 'bench/out/search-bench.js', format: 'es', inlineDynamicImports: true });
const miniJson = execFileSync(process.execPath, ['--import', 'tsx', 'bench/minisearch-index.ts'], {
  maxBuffer: 64 << 20,
}).toString();
writeFileSync('bench/out/minisearch-index.json', miniJson);
const judged = JSON.parse(readFileSync('test/fixtures/judged-queries.json', 'utf8')).queries;

// ---- pages ----
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/fosc-widgets.js"></script></head><body>${body}</body></html>`;
const pages = {
  '/bench/card.html': page(
    '<fosc-article-card article="quiet-please-were-decolonising"><a href="https://example.org/q">Quiet please!</a></fosc-article-card>',
  ),
  '/bench/all.html': page(`
    <fosc-search-box></fosc-search-box>
    <fosc-article-card article="quiet-please-were-decolonising"></fosc-article-card>
    <fosc-quote-carousel></fosc-quote-carousel>
    <fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>`),
  '/bench/search.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body></body></html>`,
};
const { origin, close } = await serve(pages);
const browser = await launch();

/** Opens a page with a cold cache and lists every file it pulled from us, with its gzip size. */
async function visit(path, then, init) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  if (init) await tab.addInitScript(init);
  const pulled = new Set();
  tab.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && !pages[url.pathname]) pulled.add(url.pathname);
  });
  await tab.goto(origin + path, { waitUntil: 'networkidle' });
  const extra = then ? await then(tab) : undefined;
  await tab.waitForLoadState('networkidle');
  await context.close();
  const bytes = [...pulled].reduce((sum, p) => sum + gz(readFileSync(join(root, decodeURIComponent(p)))), 0);
  return { bytes, files: pulled.size, extra };
}

/** Time from the entry script's request to the first card's title on screen, recorded by the page itself. */
const watchFirstCard = () => {
  const poll = () => {
    const card = document.querySelector('fosc-article-card');
    if (card?.shadowRoot?.querySelector('[part~="title"]')) {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/fosc-widgets.js'));
      window.__firstCard = performance.now() - entry.startTime;
    } else setTimeout(poll, 1);
  };
  poll();
};
const firstCard = async (tab) => {
  await tab.waitForFunction(() => window.__firstCard !== undefined);
  return tab.evaluate(() => window.__firstCard);
};

const cardRun = await visit('/bench/card.html', firstCard, watchFirstCard);
const allRun = await visit('/bench/all.html');
const searchFor = (query) => async (tab) => {
  await tab.focus('fosc-search-box');
  await tab.keyboard.type(query);
  // Every result shown: the first shows before the others' files are read (the listbox is busy until then).
  await tab.waitForFunction(() => {
    const root = document.querySelector('fosc-search-box').shadowRoot;
    return root.querySelector('[role="option"]') && root.querySelector('[role="listbox"][aria-busy="false"]');
  });
};
const searchRun = await visit('/bench/all.html', searchFor('Sawaba'));
const cubaRun = await visit('/bench/all.html', searchFor('Cuba'));
// The reader on the archive pair: from the element's creation to its segments on screen (data already loaded).
const readerRender = await (async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/bench/all.html`, { waitUntil: 'networkidle' });
  const times = await tab.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const el = document.createElement('fosc-bilingual-reader');
      el.setAttribute('article', 'silence-on-decolonise');
      el.setAttribute('mode', 'side-by-side');
      document.body.append(el);
      while (!el.shadowRoot?.querySelector('[part~="segment"]')) await new Promise((r) => setTimeout(r, 0));
      out.push(performance.now() - t);
      el.remove();
    }
    return out.slice(1).sort((a, b) => a - b);
  });
  await context.close();
  return times;
})();
const cardTimes = [];
for (let i = 0; i < 5; i++) cardTimes.push((await visit('/bench/card.html', firstCard, watchFirstCard)).extra);
cardTimes.sort((a, b) => a - b);

// Cumulative layout shift of the demo, from load to a second after the widgets have rendered.
const demoCls = await (async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${origin}/demo/`, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(1000);
  const cls = await tab.evaluate(() => window.__cls);
  await context.close();
  return cls;
})();

// ---- search: ours and MiniSearch in one page ----
const queries = [];
for (const { q } of judged) {
  queries.push(q);
  // As typed: every prefix of three letters or more.
  for (let i = 3; i < q.length; i += 2) queries.push(q.slice(0, i));
}
const searchBench = await (async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${origin}/bench/search.html`);
  return tab.evaluate(
    async ({ queries, judged }) => {
      const time = (fn) => {
        const t = performance.now();
        fn();
        return performance.now() - t;
      };
      const ours = await import('/bench/out/search-bench.js');
      const { default: MiniSearch } = await import('/node_modules/minisearch/dist/es/index.js');
      const miniJson = await (await fetch('/bench/out/minisearch-index.json')).text();

      // Ours: the manifest read, the query's shards fetched and decoded, the first query answered.
      let t = performance.now();
      const source = await ours.searchSource();
      const engine = new ours.SearchEngine(source);
      await engine.run('sawaba');
      const oursLoad = performance.now() - t;
      let mini;
      const miniLoad = time(() => {
        mini = MiniSearch.loadJSON(miniJson, {
          fields: ['title', 'headings', 'body'],
          storeFields: ['title'],
          searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, headings: 2 } },
        });
      });
      const searcher = new ours.Searcher(source);
      // Warm up both (JIT, caches), then time each query many times.
      for (const q of queries) {
        await engine.run(q);
        mini.search(q);
        await searcher.search(q, undefined, 8);
      }
      const rounds = 20;
      const sample = async (fn) => {
        const out = [];
        for (const q of queries) {
          const start = performance.now();
          for (let i = 0; i < rounds; i++) await fn(q);
          out.push((performance.now() - start) / rounds);
        }
        return out.sort((a, b) => a - b);
      };
      const oursTimes = await sample((q) => engine.run(q));
      const miniTimes = await sample((q) => mini.search(q));
      const fullTimes = [];
      for (const q of queries) {
        const t = performance.now();
        for (let i = 0; i < 5; i++) await searcher.search(q, undefined, 8);
        fullTimes.push((performance.now() - t) / 5);
      }
      fullTimes.sort((a, b) => a - b);
      // The aligner on synthetic texts: paragraphs of random length, the translation 15% longer, with noise.
      let seed = 1;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const texts = (n, k) =>
        Array.from({ length: n }, (_, i) => ({
          text: `${i} `.repeat(Math.round((40 + rnd() * 300) * k) / 3),
          lang: k === 1 ? 'en' : 'fr',
        }));
      const alignTimes = {};
      for (const n of [100, 1000]) {
        seed = n;
        const a = texts(n, 1);
        seed = n;
        const b = texts(n, 1.15);
        const runs = n === 100 ? 10 : 3;
        const t = performance.now();
        for (let r = 0; r < runs; r++) ours.align(a, b);
        alignTimes[n] = (performance.now() - t) / runs;
      }
      const mrr = (rank) => judged.reduce((s, j) => s + (rank(j) ? 1 / rank(j) : 0), 0) / judged.length;
      const rankOf = (ids, relevant) => ids.findIndex((id) => relevant.includes(id)) + 1;
      return {
        oursLoad,
        miniLoad,
        oursTimes,
        miniTimes,
        fullTimes,
        mrrOurs: await (async () => {
          const ranks = [];
          for (const j of judged)
            ranks.push(
              rankOf(
                (await searcher.search(j.q, undefined, 50)).map((r) => r.id),
                j.relevant,
              ),
            );
          return ranks.reduce((s, r) => s + (r ? 1 / r : 0), 0) / ranks.length;
        })(),
        mrrMini: mrr((j) =>
          rankOf(
            mini.search(j.q).map((r) => r.id),
            j.relevant,
          ),
        ),
        alignTimes,
      };
    },
    { queries, judged },
  );
})();

await browser.close();
close();

// ---- report ----
const row = (cells) => `| ${cells.join(' | ')} |`;
const budget = (bytes, limit) => `${kb(bytes)} ${bytes <= limit * 1024 ? '✓' : '✗'} (budget ${limit} KB)`;
console.log('\n## What a partner page pulls (ES module, gzip, cold cache)\n');
console.log(row(['page', 'files', 'gzip']));
console.log(row(['---', '---:', '---']));
console.log(row(['(a) one article card', cardRun.files, budget(cardRun.bytes, 16)]));
console.log(row(['(b) all elements, before any search', allRun.files, budget(allRun.bytes, 45)]));
console.log(row(['(c) the same after searching “Sawaba”', searchRun.files, budget(searchRun.bytes, 80)]));
console.log(row(['(c) the same after searching “Cuba”', cubaRun.files, budget(cubaRun.bytes, 80)]));
console.log(`\nScript start to first card rendered: median ${ms(pct(cardTimes, 0.5))} (5 cold loads, localhost)`);
console.log(`Cumulative layout shift of the demo: ${demoCls.toFixed(4)}`);

// The seed's index: the manifest and the term shards (positions, tails, typo dictionaries and fragments are
// separate files, each read only by the queries that need it).
const indexFiles = readdirSync('dist/data/search')
  .filter((f) => /^(manifest|shard-\d+)\.json$/.test(f))
  .map((f) => readFileSync(join('dist/data/search', f)));
console.log('\n## Search index (seed archive)\n');
console.log(row(['index', 'raw', 'gzip', 'load in Chromium']));
console.log(row(['---', '---:', '---:', '---:']));
console.log(
  row([
    `ours (manifest and ${indexFiles.length - 1} term shards, all of them)`,
    kb(indexFiles.reduce((s, b) => s + b.length, 0)),
    kb(indexFiles.reduce((s, b) => s + gz(b), 0)),
    `${ms(searchBench.oursLoad)} (manifest, a query's shards and the query)`,
  ]),
);
console.log(row(['MiniSearch 7 (prefix + fuzzy)', kb(miniJson.length), kb(gz(miniJson)), ms(searchBench.miniLoad)]));

const o = searchBench.oursTimes;
const m = searchBench.miniTimes;
const f = searchBench.fullTimes;
console.log(`\n## Query time, warm, ${o.length} queries (judged set and their prefixes as typed)\n`);
console.log(row(['', 'p50', 'p95', 'MRR (judged set)']));
console.log(row(['---', '---:', '---:', '---:']));
console.log(row(['ours: ranked posts', ms(pct(o, 0.5)), ms(pct(o, 0.95)), searchBench.mrrOurs.toFixed(3)]));
console.log(row(['ours: + excerpts and highlights (search())', ms(pct(f, 0.5)), ms(pct(f, 0.95)), '']));
console.log(row(['MiniSearch: ranked posts', ms(pct(m, 0.5)), ms(pct(m, 0.95)), searchBench.mrrMini.toFixed(3)]));
console.log(`\nours / MiniSearch p95: ${(pct(o, 0.95) / pct(m, 0.95)).toFixed(2)}× (goal: ≤ 1, and p95 ≤ 1 ms)`);

console.log('\n## Bilingual reader\n');
console.log(row(['', 'time']));
console.log(row(['---', '---:']));
console.log(row(['aligner, 100 × 100 paragraphs', ms(searchBench.alignTimes[100])]));
console.log(row(['aligner, 1,000 × 1,000 paragraphs', ms(searchBench.alignTimes[1000])]));
console.log(row(['reader render, archive pair, side by side (median of 5, data cached)', ms(pct(readerRender, 0.5))]));

console.log('\n## dist/ (raw and gzip per file, code and data)\n');
const walk = (dir) =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
// The CDN build's code and data (the npm build in dist/npm/, type declarations and editor data left out).
const npmOnly = /^dist[\\/](npm|types)[\\/]|^dist[\\/](web-types|vscode\.[\w-]+)\.json$/;
const distFiles = walk('dist').filter((p) => (p.endsWith('.js') || p.endsWith('.json')) && !npmOnly.test(p));
console.log(row(['file', 'raw', 'gzip']));
console.log(row(['---', '---:', '---:']));
let rawSum = 0;
let gzSum = 0;
for (const file of distFiles.sort()) {
  const buf = readFileSync(file);
  rawSum += buf.length;
  gzSum += gz(buf);
  console.log(row([relative('dist', file), kb(buf.length), kb(gz(buf))]));
}
console.log(row(['**all**', kb(rawSum), kb(gzSum)]));
