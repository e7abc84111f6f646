// The incremental build bench (`npm run bench`, or `node --import tsx bench/incremental.js [--posts 5000]
// [--runs 3]`): a synthetic archive of distinct posts (bench/generate-archive.ts) built clean (`--cache none`), then,
// with the per-post cache filled, rebuilt after one post changed (a different post each run). Each build is its own
// process, as `npm run build` starts it; the figure is the data build's own time (build-cli prints it), medians of
// the runs, and the ratio incremental / clean (the goal: under 10 %). The steps of the median incremental build say
// what its time goes to.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, writeArchive } from './generate-archive.ts';

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' } },
});
const POSTS = Number(values.posts);
const RUNS = Number(values.runs) || 3;
const dir = '.tmp/incremental-bench';
const content = join(dir, 'content');
const cache = join(dir, 'cache');

rmSync(dir, { recursive: true, force: true });
writeArchive(generateArchive(POSTS, 1), content);
const files = readdirSync(content)
  .filter((f) => f.endsWith('.md'))
  .sort();

/** One data build in its own process: its time (ms), as it reports it, and its steps line. */
function build(cacheDir) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/pipeline/build-cli.ts',
      ...['--content', content, '--out', join(dir, 'generated'), '--hosted', join(dir, 'data'), '--cache', cacheDir],
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const [, ms, steps] = /in (\d+) ms \(([^)]*)\)/.exec(result.stdout) ?? [];
  const cached = Number(/\((\d+) unchanged since the last build/.exec(result.stdout)?.[1] ?? 0);
  return { ms: Number(ms), steps, cached };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const clean = [];
for (let run = 0; run < RUNS; run++) clean.push(build('none'));
build(cache); // fills the cache
const incremental = [];
for (let run = 0; run < RUNS; run++) {
  const file = join(content, files[(run * 997) % files.length]);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.trimEnd()}\n\nA paragraph added in run ${run} of the incremental bench.\n`);
  const result = build(cache);
  if (result.cached !== POSTS - 1) throw new Error(`expected ${POSTS - 1} posts from the cache, got ${result.cached}`);
  incremental.push(result);
}

const full = median(clean.map((r) => r.ms));
const one = median(incremental.map((r) => r.ms));
const typical = incremental.find((r) => r.ms === one);
console.log(`\nIncremental build (${POSTS} posts, median of ${RUNS} runs, data build time as build-cli reports it)`);
console.log(`  clean build (--cache none):       ${(full / 1000).toFixed(1)} s`);
console.log(`  after one post changed (cached):  ${(one / 1000).toFixed(1)} s  (${typical.steps})`);
console.log(`  one changed post rebuilds in ${((100 * one) / full).toFixed(1)} % of a full build (goal: under 10 %)`);
