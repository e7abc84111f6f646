/**
 * The synthetic archive (bench/generate-archive.ts) and the streaming build on it: distinct posts, grouped output
 * files that the runtime finds by id, and search that finds the planted rare names, their typos and phrases.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { generateArchive, writeArchive } from '../../bench/generate-archive.js';
import { type ArchiveManifest, bucketOf, dataFile } from '../../src/core/data-files.js';
import type { Article, ArticleSummary } from '../../src/core/post.js';
import type { Fragment, SearchManifest } from '../../src/core/search/index-format.js';
import { buildArchive } from '../../src/pipeline/archive/build-archive.js';
import { execFileSync } from 'node:child_process';
import { withoutTsx } from '../../src/pipeline/archive/pool.js';
import { scratchDir } from './scratch.js';
import { workOn } from '../../src/pipeline/archive/post-work.js';
import { linkedJson } from '../../src/pipeline/archive/record-tasks.js';
import { sourceOver } from './search-fixture.js';
import { Searcher } from '../../src/runtime/search/searcher.js';
import type { SearchResult } from '../../src/runtime/search/types.js';

/** A searcher over the data files a build wrote in `dir`. */
async function searcherOn(dir: string): Promise<Searcher> {
  const read = <T>(name: string): Promise<T> =>
    Promise.resolve(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as T);
  return new Searcher(sourceOver(await read<SearchManifest>(dataFile.searchManifest), read));
}

/** The words a result's excerpt marks, in order, lower case. */
const marked = (r: SearchResult): string =>
  r.highlights
    .map(([s, e]) => r.excerpt.slice(s, e))
    .join(' ')
    .toLowerCase();

describe('synthetic archive', () => {
  it('has as many distinct posts as it has posts', () => {
    const { posts } = generateArchive(3000, 7);
    assert.equal(new Set(posts.map((p) => JSON.stringify(p.blocks))).size, 3000);
    assert.equal(new Set(posts.map((p) => p.title)).size, 3000);
  });

  it('plants rare names, with one-letter typos of each, and phrases', () => {
    const { planted } = generateArchive(400, 3);
    assert.ok(planted.names.length >= 9 && planted.phrases.length >= 6);
    for (const { name, typos } of planted.names) {
      assert.ok(typos.length >= 6, name);
      for (const typo of typos) assert.ok(!name.toLowerCase().split(' ').includes(typo), typo);
    }
  });
});

describe('streaming build', () => {
  const POSTS = 1200;
  const root = mkdtempSync(join(tmpdir(), 'fosc-archive-test-'));
  const content = join(root, 'content');
  const out = join(root, 'data');
  const planted = generateArchive(POSTS, 11);
  const read = <T>(name: string): Promise<T> =>
    Promise.resolve(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as T);
  let searcher: Searcher;

  before(async () => {
    writeArchive(planted, content);
    await buildArchive(content, out, { workers: 2 });
    searcher = await searcherOn(out);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('groups its output: far fewer files than two per post, none per post', () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    // 1,346 files for 1,200 posts: buckets, shards, their tails, positions and stop words beside, fragments, texts.
    assert.ok(files.length < 1.25 * POSTS, String(files.length));
    const archive = JSON.parse(readFileSync(join(out, 'archive.json'), 'utf8')) as ArchiveManifest;
    assert.equal(archive.posts, POSTS);
    assert.ok(archive.summaryBuckets < POSTS / 8 && archive.postBuckets < POSTS / 2);
  });

  it('puts each post’s summary and body in the bucket its id hashes to, and the catalog in order', async () => {
    const archive = await read<ArchiveManifest>(dataFile.archive);
    const pages = await Promise.all(
      Array.from({ length: archive.catalogPages }, (_, p) => read<ArticleSummary[]>(dataFile.catalog(p))),
    );
    assert.deepEqual(
      pages.flat().map((s) => s.id),
      planted.posts.map((p) => p.id),
    );
    for (const post of planted.posts.filter((_, i) => i % 37 === 0)) {
      const summaries = await read<ArticleSummary[]>(dataFile.summaries(bucketOf(post.id, archive.summaryBuckets)));
      assert.equal(summaries.find((s) => s.id === post.id)?.title, post.title);
      const bodies = await read<{ id: string; blocks: unknown[] }[]>(
        dataFile.posts(bucketOf(post.id, archive.postBuckets)),
      );
      assert.equal(bodies.find((b) => b.id === post.id)?.blocks.length, post.blocks.length);
    }
  });

  it('keeps search fragments small: never a whole post', async () => {
    const manifest = await read<SearchManifest>(dataFile.searchManifest);
    const fragments = await read<Fragment[]>(dataFile.searchFragments(0));
    assert.equal(fragments.length, manifest.fragmentsPerFile);
    for (const f of fragments) assert.ok(JSON.stringify(f).length < 2500, f.id);
  });

  it('finds every planted name first, and each of its one-letter typos', async () => {
    for (const { name, posts, typos } of planted.planted.names) {
      const [first] = await searcher.search(name, undefined, 10);
      assert.equal(first?.id, posts[0], name);
      assert.ok(first.highlights.length > 0, name);
      for (const typo of typos) {
        const ids = (await searcher.search(typo, undefined, 10)).map((r) => r.id);
        assert.ok(ids.includes(posts[0]), `${typo} (${name}) → ${ids.slice(0, 3).join(', ')}`);
      }
    }
  });

  it('finds a planted phrase where it stands whole, and shows it', async () => {
    for (const { phrase, posts } of planted.planted.phrases) {
      const results = await searcher.search(`"${phrase}"`, undefined, 10);
      assert.deepEqual(
        results.map((r) => r.id),
        posts,
        phrase,
      );
      assert.ok(marked(results[0]).includes(phrase), phrase);
    }
  });

  it('finds a planted phrase typed in quotes with a letter dropped, and shows the phrase as meant', async () => {
    for (const { phrase, posts } of planted.planted.phrases) {
      const words = phrase.split(' ');
      const k = words.findIndex((w) => w.length >= 5);
      if (k < 0) continue;
      const typed = words.map((w, i) => (i === k ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
      const results = await searcher.search(`"${typed}"`, undefined, 10);
      assert.ok(
        results.some((r) => posts.includes(r.id)),
        `"${typed}" → ${results.map((r) => r.id).join(', ')}`,
      );
      const r = results.find((r) => posts.includes(r.id))!;
      assert.ok(marked(r).includes(phrase), `"${typed}" shows ${JSON.stringify(r.excerpt)}`);
    }
  });
});

describe('buckets', () => {
  it('link translations into a post and cut its summary as parsing and writing it would', () => {
    const dir = 'content';
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    let linked = 0;
    for (const file of files) {
      const json = JSON.stringify(workOn(readFileSync(join(dir, file), 'utf8'), join(dir, file)).article);
      const article = JSON.parse(json) as Article;
      for (const links of [
        undefined,
        [],
        [{ id: 'x"y', lang: 'fr', title: 'Un « titre »\n', url: 'https://e.org/?a=1&b' }],
      ]) {
        const expected = { ...article, translations: links ?? article.translations };
        const { blocks: _blocks, ...summary } = expected;
        assert.deepEqual(
          linkedJson(json, (id) => (id === article.id ? links : undefined)),
          {
            id: article.id,
            body: JSON.stringify(expected),
            summary: JSON.stringify(summary),
          },
        );
        if (links?.length) linked++;
      }
    }
    assert.equal(linked, files.length);
  });
});

describe('typos of short and half-typed rare names', () => {
  const root = mkdtempSync(join(tmpdir(), 'fosc-typos-test-'));
  const archive = generateArchive(600, 5);
  const { posts } = archive;
  /** Rare names, each said in one post, by the post it is in. */
  const names: Record<string, string> = {};
  const plant = (i: number, name: string) => {
    const post = posts[i];
    post.blocks.push({ kind: 'paragraph', lang: post.lang, text: `As ${name} said, the road was long.` });
    names[name.toLowerCase()] = post.id;
  };
  let searcher: Searcher;
  const top10 = async (query: string) => (await searcher.search(query, undefined, 10)).map((r) => r.id);

  before(async () => {
    plant(101, 'Zidwa');
    plant(202, 'Pyzo');
    plant(303, 'Fridva');
    plant(404, 'Rekvla');
    // Common neighbours, in titles (weighed four times): "idea" is one letter from "idwa", "friday" starts with
    // "frida", and the archive's "relations", "related"… start one letter from "rekla".
    for (let i = 0; i < 14; i++) posts[i * 40 + 3].title = `Friday ${posts[i * 40 + 3].title}`;
    for (let i = 0; i < 14; i++) posts[i * 40 + 5].title = `The idea of ${posts[i * 40 + 5].title}`;
    writeArchive(archive, join(root, 'content'));
    await buildArchive(join(root, 'content'), join(root, 'data'), { workers: 0 });
    searcher = await searcherOn(join(root, 'data'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds a five-letter name from four letters, whichever one is missing, typed or not', async () => {
    for (const typo of ['idwa', 'zdwa', 'ziwa', 'zida', 'zidw', 'idwa ']) {
      assert.ok((await top10(typo)).includes(names.zidwa), typo);
    }
  });

  it('forgives one typo in a four-letter name (two middle letters swapped too), not in shorter words', async () => {
    for (const typo of ['pzyo', 'pyoz', 'ypzo', 'pyza', 'pyzzo', 'pzyo ']) {
      assert.ok((await top10(typo)).includes(names.pyzo), typo);
    }
    assert.ok(!(await top10('pyz ')).includes(names.pyzo));
  });

  it('finds a rare name one typo from a word being typed that starts a common one (frida, not Friday)', async () => {
    assert.ok((await top10('frida')).includes(names.fridva));
    assert.ok((await top10('frida ')).includes(names.fridva));
    // Still typing "friday": its posts come right after.
    assert.ok((await top10('frida')).includes(posts[3].id));
  });

  it('puts a whole word one typo away before words whose start is one typo away', async () => {
    const ranked = await top10('rekla');
    assert.equal(ranked[0], names.rekvla, ranked.join(' '));
  });
});

describe('worker threads', () => {
  it('start when the build runs with V8’s options, which Node refuses in a worker’s list (--max-old-space-size)', () => {
    // A process started as a large archive's build may be: its first worker reports the options it was given.
    const script = join(scratchDir('worker-options'), 'start.mjs');
    const pool = pathToFileURL(join(process.cwd(), 'src/pipeline/archive/pool.ts')).href;
    writeFileSync(
      script,
      [
        `import { startWorker } from ${JSON.stringify(pool)};`,
        'const code = \'import { parentPort } from "node:worker_threads"; parentPort.postMessage(process.execArgv);\';',
        'const worker = startWorker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {});',
        "worker.once('message', (options) => { console.log(JSON.stringify(options)); worker.terminate(); });",
      ].join('\n'),
    );
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=512', '--single-threaded', '--import', 'tsx', '--no-warnings', script],
      { encoding: 'utf8' },
    );
    // Started with the other options, neither tsx's loader nor V8's (which hold for the whole process anyway).
    assert.deepEqual(JSON.parse(out), ['--no-warnings']);
  });

  it('start without tsx’s loader (their bundle needs none), keeping every other Node option', () => {
    assert.deepEqual(withoutTsx(['--import', 'tsx', '--cpu-prof']), ['--cpu-prof']);
    // What the tsx command passes.
    const command = [
      '--require',
      '/p/node_modules/tsx/dist/preflight.cjs',
      '--import',
      'file:///p/node_modules/tsx/dist/loader.mjs',
    ];
    assert.deepEqual(withoutTsx([...command, '--enable-source-maps']), ['--enable-source-maps']);
    assert.deepEqual(withoutTsx(['--import=tsx', '--import', './other.mjs', '--max-old-space-size=4096']), [
      '--import',
      './other.mjs',
      '--max-old-space-size=4096',
    ]);
  });
});
