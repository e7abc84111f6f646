// The aligner bench (`npm run bench`, or `node --import tsx bench/align.js`): F1 per language pair on the parallel
// corpus of real translations (test/fixtures/parallel), as published, without headings and with 1 to 3
// paragraphs missing on either side, beside plain length-only Gale–Church; then the time to align 100 × 100 and
// 1,000 × 1,000 paragraphs of real text (median of several runs; timings are noisy on a shared machine).
import { align } from '../src/core/align/aligner.ts';
import { f1, loadPairs, missingVariants, paragraphsOnly, showLinks } from '../test/fixtures/parallel/corpus.ts';
import { galeChurch } from '../test/fixtures/parallel/gale-church.ts';

const SEEDS = 3;
const fixed = (x) => x.toFixed(3);
const row = (cells) => `| ${cells.join(' | ')} |`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

const pairs = loadPairs();
console.log('\n## Aligner: F1 on real published translations (test/fixtures/parallel)\n');
console.log(
  `Missing: 1, 2 and 3 paragraphs dropped on either side, ${SEEDS} seeds each (${6 * SEEDS} variants per pair).\n`,
);
console.log(
  row([
    'pair',
    'ours, as published',
    'ours, missing: mean (worst)',
    'ours, paragraphs only',
    'Gale–Church, as published',
    'Gale–Church, missing: mean (worst)',
    'Gale–Church, paragraphs only',
  ]),
);
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
const right = [];
const wrong = [];
for (const pair of pairs) {
  const score = (p, aligner) => f1(aligner(p.a, p.b), p.gold);
  const variants = missingVariants(pair, SEEDS);
  const bare = paragraphsOnly(pair);
  const ours = variants.map((v) => score(v, align));
  const theirs = variants.map((v) => score(v, galeChurch));
  console.log(
    row([
      pair.name,
      fixed(score(pair, align)),
      `${fixed(mean(ours))} (${fixed(Math.min(...ours))})`,
      fixed(score(bare, align)),
      fixed(score(pair, galeChurch)),
      `${fixed(mean(theirs))} (${fixed(Math.min(...theirs))})`,
      fixed(score(bare, galeChurch)),
    ]),
  );
  for (const v of [pair, ...variants]) {
    const gold = new Set(v.gold.map((l) => showLinks([l])));
    for (const link of align(v.a, v.b)) (gold.has(showLinks([link])) ? right : wrong).push(link.confidence);
  }
}
const share = (xs, test) => `${((100 * xs.filter(test).length) / xs.length).toFixed(1)}%`;
console.log(
  `\nConfidence: right links ${fixed(mean(right))} on average, wrong links ${fixed(mean(wrong))}; ` +
    `${share(wrong, (c) => c < 0.9)} of wrong links and ${share(right, (c) => c < 0.9)} of right ones below 0.9, ` +
    `${share(wrong, (c) => c < 0.5)} and ${share(right, (c) => c < 0.5)} below 0.5 (${right.length + wrong.length} links).`,
);

// Time: real paragraphs, the corpus's two texts one after the other until there are enough.
function texts(lang, n) {
  const a = [];
  const b = [];
  const sources = pairs.filter((p) => p.lang === lang);
  for (let k = 0; a.length < n; k++) {
    a.push(...sources[k % sources.length].a);
    b.push(...sources[k % sources.length].b);
  }
  return [a.slice(0, n), b.slice(0, n)];
}
console.log('\n## Aligner: time (real paragraphs; median of runs, wall clock and this process’s CPU time)\n');
console.log(row(['pair', '100 × 100', '1,000 × 1,000', 'Gale–Church, 1,000 × 1,000 (whole table)']));
console.log(row(['---', '---:', '---:', '---:']));
for (const lang of ['de', 'zh', 'ar']) {
  const time = (n, runs, aligner) => {
    const [a, b] = texts(lang, n);
    aligner(a, b); // warm
    const wall = [];
    const cpu = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      const c = process.cpuUsage();
      aligner(a, b);
      const used = process.cpuUsage(c);
      wall.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
    return `${median(wall).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms)`;
  };
  console.log(row([`en–${lang}`, time(100, 15, align), time(1000, 7, align), time(1000, 3, galeChurch)]));
}
