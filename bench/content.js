// The content bench (`npm run bench`, or `node --import tsx bench/content.js [--sizes 1,4,16] [--runs 3]`): time
// and peak memory of building the data (`build-cli`, content/ → data) and of importing a dump (`import-cli`), for
// 1, 4 and 16 MB of text in one post and spread over posts of about 6 KB, in English and French (the seed's
// paragraphs) and in Chinese (no spaces: words come from Intl.Segmenter). Prints medians and the 16 MB / 1 MB
// ratio of each (linear: 16; the goal is at most 20). Each figure is its own process, as `npm run` would start it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { walkBlocks } from '../src/core/post.ts';
import { loadContent } from '../src/pipeline/content.ts';
import { postToMarkdown } from '../src/pipeline/markdown.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1,4,16' }, runs: { type: 'string', default: '3' } },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs) || 3;
const MB = 1024 * 1024;
const dir = '.tmp/content-bench';

let state = 1;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];

const latin = [...walkBlocks(loadContent('content').flatMap((p) => p.blocks))]
  .filter((b) => b.kind === 'paragraph' && b.text.length > 120)
  .map((b) => b.text);
const hanzi = [
  '中国共产党第二十次全国代表大会在北京人民大会堂开幕。',
  '习近平代表第十九届中央委员会向大会作报告。',
  '古巴和中国是好朋友、好同志、好兄弟。',
  '代表团参观了上海的工厂、学校和社区。',
  '两国人民的友谊源远流长，历久弥新。',
  '会议强调要坚持和平共处五项原则。',
  '多米尼克总理表示，两国关系已成为南南合作的典范。',
  '中国医生在海外的故事感动了许多人。',
  '纳米比亚代表团与中方就治国理政经验进行了交流。',
  '劳动节前夕，习近平向全国劳动者致以节日的祝贺。',
];
/** About 600 characters of the seed's English and French, or of Chinese with a Latin name now and then. */
const paragraph = (cjk) =>
  cjk
    ? Array.from({ length: 20 }, () => (random() < 0.1 ? `Fidel Castro ${pick(hanzi)}` : pick(hanzi))).join('')
    : pick(latin);

/** Posts holding `bytes` of paragraph text: one post, or posts of about 6 KB. */
function posts(bytes, spread, cjk) {
  const out = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const blocks = [];
    let own = 0;
    while (size < bytes && (!spread || own < 6000)) {
      const text = paragraph(cjk);
      blocks.push({ kind: 'paragraph', lang: cjk ? 'zh' : 'en', text });
      own += Buffer.byteLength(text);
      size += Buffer.byteLength(text);
    }
    const title = `${cjk ? '中国与古巴的合作' : 'Delegates report back from China'} number ${n}`;
    out.push({ id: `post-${n}`, title, lang: cjk ? 'zh' : 'en', sources: [], truncated: false, blocks });
  }
  return out;
}

/**
 * Each command reports, as it exits, the CPU time it used (user + system: on a shared machine far steadier than
 * the clock) and its peak memory (maxRSS).
 */
const REPORT = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write(`\nFIGURES ${JSON.stringify({ cpu: (u.user + u.system) / 1e3, mb: process.resourceUsage().maxRSS / 1024 })}\n`); });',
)}`;

/** Runs a pipeline command: its wall time, CPU time and peak memory. */
function run(script, args) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', REPORT, script, ...args], {
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  const figures = /FIGURES (.*)/.exec(child.stderr);
  if (child.status !== 0 || !figures) throw new Error(`${script} ${args.join(' ')} failed:\n${child.stderr}`);
  return { wall, ...JSON.parse(figures[1]) };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const build = (root) => {
  // build-cli leaves a missing --out folder to the data modules, which it does not write above 500 posts.
  mkdirSync(join(root, 'gen'), { recursive: true });
  return run('src/pipeline/build-cli.ts', [
    '--content',
    join(root, 'content'),
    '--out',
    join(root, 'gen'),
    '--hosted',
    join(root, 'data'),
  ]);
};
const load = (root) => {
  rmSync(join(root, 'imported'), { recursive: true, force: true });
  return run('src/pipeline/import-cli.ts', [
    join(root, 'dump.txt'),
    '--out',
    join(root, 'imported'),
    '--languages',
    'en,fr,zh',
  ]);
};

/** Writes the posts as content/ and as a dump (each title, then its paragraphs, a line each). */
function lay(root, list) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  list.forEach((p, i) =>
    writeFileSync(join(root, 'content', `${String(i + 1).padStart(5, '0')}-${p.id}.md`), postToMarkdown(p)),
  );
  writeFileSync(
    join(root, 'dump.txt'),
    list.map((p) => [p.title, ...p.blocks.map((b) => b.text)].join('\n\n')).join('\n\n'),
  );
}

/** Medians over `runs`, less what the same command costs on a one-paragraph input (Node, tsx, loading modules). */
function measure(root, runs, base) {
  const figures = (list, start) => ({
    wall: Math.max(0, median(list.map((f) => f.wall)) - (start?.wall ?? 0)),
    cpu: Math.max(0, median(list.map((f) => f.cpu)) - (start?.cpu ?? 0)),
    mb: Math.max(...list.map((f) => f.mb)),
  });
  const b = [];
  const l = [];
  for (let r = 0; r < runs; r++) {
    b.push(build(root));
    l.push(load(root));
  }
  return { build: figures(b, base?.build), load: figures(l, base?.load) };
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const started = performance.now();
const base = measure(join(dir, 'start-up'), (lay(join(dir, 'start-up'), posts(1, false, false)), 3));
console.log(`\n## Content: building the data and importing, by size\n`);
console.log(
  `Median of ${RUNS} runs at ${SIZES[0]} MB (one run above), less start-up (build ${s(base.build.cpu)} CPU, import ${s(base.load.cpu)} CPU). ` +
    'CPU time is user + system of the process; peak is its maximum resident memory.\n',
);
console.log('| text | shape | posts | build CPU | build wall | build peak | import CPU | import wall | import peak |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
const ratios = [];
for (const cjk of [false, true]) {
  for (const spread of [false, true]) {
    const rows = SIZES.map((size) => {
      const root = join(dir, `${size}-${spread ? 'many' : 'one'}-${cjk ? 'zh' : 'en'}`);
      const list = posts(size * MB, spread, cjk);
      lay(root, list);
      const row = { size, posts: list.length, ...measure(root, size > SIZES[0] ? 1 : RUNS) };
      rmSync(root, { recursive: true, force: true });
      console.log(
        `| ${size} MB ${cjk ? 'Chinese' : 'English/French'} | ${spread ? 'posts of 6 KB' : 'one post'} | ${row.posts} | ${s(row.build.cpu)} | ${s(row.build.wall)} | ${Math.round(row.build.mb)} MB | ${s(row.load.cpu)} | ${s(row.load.wall)} | ${Math.round(row.load.mb)} MB |`,
      );
      return row;
    });
    const [first, last] = [rows[0], rows[rows.length - 1]];
    if (last.size > first.size) {
      ratios.push(
        `${cjk ? 'Chinese' : 'English/French'}, ${spread ? 'many posts' : 'one post'}: build ${(last.build.cpu / first.build.cpu).toFixed(1)}, import ${(last.load.cpu / first.load.cpu).toFixed(1)}`,
      );
    }
  }
}
const [low, high] = [SIZES[0], SIZES[SIZES.length - 1]];
console.log(`\nCPU time ratio ${high} MB / ${low} MB (linear: ${high / low}; goal ≤ 20):`);
for (const r of ratios) console.log(`- ${r}`);
console.log(`\n(content bench: ${Math.round((performance.now() - started) / 1000)} s)`);
rmSync(dir, { recursive: true, force: true });
