// Consumer tests: the package as a partner's developer gets it. `npm pack` of the built package, installed from the
// tarball (with vite, webpack, React, Vue, TypeScript from the registry, no lockfile) into a fresh copy of
// test/consumers/project/ outside the repository, then each app built and run and looked at in headless Chromium.
// Run by .ci/run after `npm test` (needs `npm run build` first). Ends with "consumers: N passed, N failed".
//   node test/consumers/run.js [name-filter]
//   node test/consumers/run.js --prepare DIR   installs the tools alone into DIR (no package needed yet);
//   CONSUMERS_DIR=DIR node test/consumers/run.js then adds the packed package there (.ci/run overlaps the two).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkApp, freePort, launch, run, serveStatic, startServer } from './harness.js';

const repo = resolve(import.meta.dirname, '../..');
const node = process.execPath;
const install = (cwd) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd, timeout: 600_000 });

/** A fresh copy of the consumer project in `work`, with its tools installed. */
async function prepare(work) {
  const project = join(work, 'project');
  cpSync(join(import.meta.dirname, 'project'), project, { recursive: true });
  await install(project);
  return project;
}

if (process.argv[2] === '--prepare') {
  mkdirSync(process.argv[3], { recursive: true });
  await prepare(process.argv[3]);
  process.exit(0);
}

const filter = process.argv[2] ?? '';
const prepared = process.env.CONSUMERS_DIR;
const work =
  prepared && existsSync(join(prepared, 'project/node_modules'))
    ? prepared
    : mkdtempSync(join(tmpdir(), 'fosc-consumers-'));
const project = join(work, 'project');
const bin = (pkg, file) => join(project, 'node_modules', pkg, file);

// ---- the package, packed and installed as a partner would ----
const started = Date.now();
const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo }));
const tarball = join(work, filename);
if (work !== prepared) await prepare(work);
const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
manifest.dependencies['fosc-widgets'] = `file:${tarball}`;
writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
await install(project);
console.log(`packed ${filename} and installed the consumers in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const data = join(project, 'node_modules/fosc-widgets/dist/data');
const readJson = (name) => JSON.parse(readFileSync(join(data, `${name}.json`), 'utf8'));
// Every summary, from the catalog's pages (the archive manifest says how many).
const catalog = Array.from({ length: readJson('archive').catalogPages }, (_, p) => readJson(`catalog/${p}`)).flat();
const expected = {
  title: catalog.find((p) => p.id === 'silence-on-decolonise').title,
  posts: catalog.length,
};

// ---- the tests ----
const tests = [];
const test = (name, fn, { skip } = {}) => tests.push({ name, fn, skip });

const tsc = (ts, config) => () => run(node, [bin(ts, 'bin/tsc'), '-p', config], { cwd: join(project, 'types') });
test('node: every entry imports and the API works (articles, search, setLocale)', () =>
  run(node, ['check.mjs'], { cwd: join(project, 'node') }));
test("node: require('fosc-widgets') gives the API, not the classic script", () =>
  run(node, ['check.cjs'], { cwd: join(project, 'node') }));
test('node: @lit-labs/ssr renders all four elements into declarative shadow DOM, the card with its post', async () =>
  console.log(`  ${(await run(node, ['ssr.mjs'], { cwd: join(project, 'node') })).trim()}`));
test(
  'types: tsc 5.x, moduleResolution bundler, strict, skipLibCheck false',
  tsc('typescript', 'tsconfig.bundler.json'),
);
test('types: tsc 5.x, moduleResolution nodenext', tsc('typescript', 'tsconfig.nodenext.json'));
test('types: tsc latest, moduleResolution bundler', tsc('typescript-latest', 'tsconfig.bundler.json'));
test('types: tsc latest, moduleResolution nodenext', tsc('typescript-latest', 'tsconfig.nodenext.json'));
// Event types come with issue 16's events module (src/elements/shared/events.ts); until it is there, skipped.
test('types: every event in custom-elements.json is typed in GlobalEventHandlersEventMap', eventTypes, {
  skip: eventSkip(),
});
test('types: React 19 JSX (fosc-widgets/react), tsc strict', () =>
  run(node, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json'], { cwd: join(project, 'react-app') }));
test('types: Vue (fosc-widgets/vue), vue-tsc strictTemplates', () =>
  run(node, [bin('vue-tsc', 'bin/vue-tsc.js'), '-p', 'tsconfig.json'], { cwd: join(project, 'vue-app') }));

let browser;
const vite = bin('vite', 'bin/vite.js');
test('vite dev server: card title, API results, search box', async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = await startServer(node, [vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: join(project, 'vite-app'),
    url,
  });
  try {
    await checkApp(browser, url, { ...expected, results: true });
  } finally {
    server.stop();
  }
});
const built = (name, dir, cmd, out, options) => async () => {
  await run(node, cmd, { cwd: join(project, dir) });
  const server = await serveStatic(join(project, dir, out));
  try {
    await checkApp(browser, server.url, { ...expected, ...options });
  } finally {
    server.close();
  }
};
test(
  'vite build, served statically: card title, API results, search box',
  built('vite', 'vite-app', [vite, 'build'], 'dist', { results: true }),
);
test(
  'webpack 5 (no config), served statically: card title, API results, search box',
  built('webpack', 'webpack-app', [bin('webpack-cli', 'bin/cli.js'), '--mode', 'production'], '.', { results: true }),
);
test(
  'React 19 with Vite: card, search box, onfosc-search-select reaches React',
  built('react', 'react-app', [vite, 'build'], 'dist', { choose: true }),
);
test(
  'Vue 3 with Vite: card, search box, @fosc-search-select reaches Vue',
  built('vue', 'vue-app', [vite, 'build'], 'dist', { choose: true }),
);
// Both on what was packed: publint on the installed files (exactly the tarball's), attw on the tarball.
test('package: publint --strict', () =>
  run('npx', ['publint', join(project, 'node_modules/fosc-widgets'), '--strict', '--pack', 'false'], { cwd: repo }));
test('package: attw --pack --profile esm-only', () =>
  run('npx', ['attw', tarball, '--profile', 'esm-only'], { cwd: repo }));

function eventSkip() {
  return existsSync(join(repo, 'src/elements/shared/events.ts')) ? undefined : 'no events module in src/ yet';
}

/** A type check written from the packed manifest: each event's `detail` is typed (not `any`) on every tag. */
async function eventTypes() {
  const elements = JSON.parse(readFileSync(join(project, 'node_modules/fosc-widgets/custom-elements.json'), 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName);
  const lines = ["import 'fosc-widgets';", 'type IsAny<T> = 0 extends 1 & T ? true : false;'];
  elements.forEach((el, i) =>
    (el.events ?? []).forEach((ev, j) => {
      lines.push(
        `document.createElement('${el.tagName}').addEventListener('${ev.name}', (e) => {`,
        `  const typed${i}_${j}: IsAny<typeof e.detail> = false;`,
        `  const detail${i}_${j}: object = e.detail;`,
        `  void [typed${i}_${j}, detail${i}_${j}, e.defaultPrevented];`,
        '});',
      );
    }),
  );
  const dir = join(project, 'types');
  writeFileSync(join(dir, 'events.ts'), `${lines.join('\n')}\nexport {};\n`);
  const config = JSON.parse(readFileSync(join(dir, 'tsconfig.bundler.json'), 'utf8'));
  writeFileSync(join(dir, 'tsconfig.events.json'), JSON.stringify({ ...config, include: ['events.ts'] }));
  await run(node, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.events.json'], { cwd: dir });
}

let passed = 0;
let failed = 0;
let skipped = 0;
async function runOne({ name, fn, skip }) {
  if (skip) {
    skipped++;
    console.log(`skip - ${name} (${skip})`);
    return;
  }
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n${String(err.stack ?? err).replace(/^/gm, '    ')}`);
  }
}
const selected = tests.filter((t) => t.name.includes(filter));
// Two at a time (two cores; each app has its own server and its own page in the one browser).
browser = await launch();
const queue = [...selected];
const worker = async () => {
  while (queue.length) await runOne(queue.shift());
};
await Promise.all([worker(), worker()]);
await browser.close();
if (!process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
console.log(`consumers took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`consumers: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
