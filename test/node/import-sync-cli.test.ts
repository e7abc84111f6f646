/**
 * `npm run import` on WordPress exports and feeds, end to end (the command spawned as a user runs it): a first
 * import into a folder that does not exist yet, the same export again, then newer exports with edits upstream and
 * here, deletions and --prune; feeds; and the folder it writes built by the build, every post with its url and date.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFile } from '../../src/core/data-files.js';
import type { ArticleSummary } from '../../src/core/post.js';
import { buildArchive } from '../../src/pipeline/archive/build-archive.js';
import { markdownToPost } from '../../src/pipeline/markdown.js';
import { EXPORT, exportWith as exportIn, itemOf } from './cms-export.js';

const TMP = '.tmp/import-sync-cli';
const exportWith = (name: string, change: (xml: string) => string) => exportIn(TMP, name, change);

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const importInto = (folder: string, input: string, ...flags: string[]) => {
  const result = run('src/pipeline/import-cli.ts', [input, '--out', folder, '--languages', 'en,fr,ru', ...flags]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

/** Each file of a folder and its text. */
const snapshot = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((f) => [f, readFileSync(join(folder, f), 'utf8')]),
  );

const FILES = [
  '001-classic-editor.md',
  '002-privet-mir.md',
  '003-post-131.md',
  '004-international-womens-day-began-as-a-day-of-strikes.md',
  '005-silence-on-decolonise.md',
  '006-block-markup.md',
];

describe('npm run import on a WordPress export: sync', () => {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const folder = join(TMP, 'content');

  it('a first import into a folder that does not exist writes one file per published post, and says what it skipped', () => {
    const out = importInto(folder, EXPORT);
    assert.deepEqual(readdirSync(folder).sort(), FILES);
    assert.match(
      out,
      /WordPress export \(WXR\) “Friends of the Archive” \(https:\/\/blog\.example\.org\): 6 posts imported; skipped .*1 draft/,
    );
    assert.match(out, /^sync: 6 added$/m);
    assert.match(out, /^ {2}added {5}006-block-markup\.md {2}“Title With Markup”$/m);
    const post = markdownToPost(readFileSync(join(folder, '006-block-markup.md'), 'utf8'), 'x.md').post;
    assert.equal(post.url, 'https://blog.example.org/2024/05/03/block-markup/');
    assert.equal(post.date, '2024-05-03T09:15:00Z');
  });

  it('with the default languages, into a folder whose parents are new too: Russian and Chinese posts named so', () => {
    const nested = join(TMP, 'site', 'new', 'content');
    const result = run('src/pipeline/import-cli.ts', [EXPORT, '--out', nested]);
    assert.equal(result.status, 0, result.stderr);
    const langOf = (file: string) => markdownToPost(readFileSync(join(nested, file), 'utf8'), file).post.lang;
    assert.deepEqual(FILES.map(langOf), ['en', 'ru', 'zh', 'en', 'fr', 'en']);
  });

  it('the same export again writes nothing and says so', () => {
    const before = snapshot(folder);
    const mtime = statSync(folder).mtimeMs;
    const out = importInto(folder, EXPORT);
    assert.match(out, /^sync: 6 unchanged$/m);
    assert.match(out, /^nothing written to /m);
    assert.deepEqual(snapshot(folder), before);
    assert.equal(statSync(folder).mtimeMs, mtime);
  });

  it('an upstream edit updates the post nobody edited here; a hand edit of a post unchanged upstream is kept', () => {
    const hand = join(folder, '006-block-markup.md');
    writeFileSync(hand, readFileSync(hand, 'utf8').replace('Left column text.', 'Left column text, corrected here.'));
    const newer = exportWith('edited.xml', (xml) => xml.replace('我们写的是', '我们今天写的是'));
    const out = importInto(folder, newer);
    assert.match(out, /^sync: 4 unchanged, 1 updated, 1 kept \(edited here\)$/m);
    assert.match(out, /^ {2}updated {3}003-post-131\.md {2}\(text\)$/m);
    assert.match(out, /^ {2}kept {6}006-block-markup\.md {2}edited here, unchanged upstream$/m);
    assert.ok(readFileSync(join(folder, '003-post-131.md'), 'utf8').includes('我们今天写的是'));
    assert.ok(readFileSync(hand, 'utf8').includes('Left column text, corrected here.'));
  });

  it('edited here and upstream: the file is left as it is and the source’s version is written beside it', () => {
    const file = join(folder, '001-classic-editor.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Last words.', 'Last words, corrected here.'));
    const mine = readFileSync(file, 'utf8');
    const newer = exportWith('both.xml', (xml) =>
      xml.replace('我们写的是', '我们今天写的是').replace('Last words.]]>', 'Last words, revised upstream.]]>'),
    );
    const out = importInto(folder, newer);
    assert.match(out, /^sync: 1 conflict, /m);
    assert.match(
      out,
      /^ {2}CONFLICT {2}001-classic-editor\.md {2}edited here and changed upstream: left as it is; the source’s version is in 001-classic-editor\.md\.upstream/m,
    );
    assert.equal(readFileSync(file, 'utf8'), mine);
    assert.ok(readFileSync(`${file}.upstream`, 'utf8').includes('Last words, revised upstream.'));
    // The same export again: the conflict is still reported, and nothing is written.
    const again = importInto(folder, newer);
    assert.match(again, /^ {2}CONFLICT {2}001-classic-editor\.md /m);
    assert.match(again, /^nothing written to /m);
  });

  it('the build ignores the .upstream file and names the post waiting for a merge', () => {
    const result = run('src/pipeline/build-cli.ts', ['--out', join(TMP, 'generated'), '--hosted', join(TMP, 'data')], {
      FOSC_CONTENT: folder,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^generated data for 6 posts /m);
    assert.match(result.stdout, /^1 post has an upstream version to merge: 001-classic-editor\.md /m);
  });

  it('a merge by hand (the upstream sourceHash copied in) ends the conflict and removes the .upstream file', () => {
    const file = join(folder, '001-classic-editor.md');
    const upstreamHash = /^sourceHash: .*$/m.exec(readFileSync(`${file}.upstream`, 'utf8'))![0];
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^sourceHash: .*$/m, upstreamHash));
    const out = importInto(folder, join(TMP, 'both.xml'));
    assert.match(out, /^ {2}kept {6}001-classic-editor\.md /m);
    assert.match(out, /^ {2}merged {4}001-classic-editor\.md\.upstream deleted/m);
    assert.equal(existsSync(`${file}.upstream`), false);
    assert.ok(readFileSync(file, 'utf8').includes('Last words, corrected here.'));
  });

  it('a post deleted upstream is reported and kept; --prune deletes it, never a post edited here', () => {
    const gone = exportWith('gone.xml', (xml) =>
      xml
        .replace(itemOf(xml, 131), '')
        .replace('Last words.]]>', 'Last words, revised upstream.]]>')
        .replace(itemOf(xml, 101), ''),
    );
    const out = importInto(folder, gone);
    assert.match(out, /^ {2}gone {6}003-post-131\.md {2}no longer in the export: kept \(prune deletes it\)$/m);
    assert.match(
      out,
      /^ {2}gone {6}006-block-markup\.md {2}no longer in the export: kept \(edited here: prune keeps it too\)$/m,
    );
    assert.ok(existsSync(join(folder, '003-post-131.md')));

    const pruned = importInto(folder, gone, '--prune');
    assert.match(pruned, /^ {2}deleted {3}003-post-131\.md {2}no longer in the export$/m);
    assert.equal(existsSync(join(folder, '003-post-131.md')), false);
    assert.ok(existsSync(join(folder, '006-block-markup.md')));
  });

  it('errors name the file and line; the folder is left as it was', () => {
    const before = snapshot(folder);
    const bad = join(TMP, 'not-a-feed.json');
    writeFileSync(bad, '{\n  "title": "no items"\n}\n');
    const result = run('src/pipeline/import-cli.ts', [bad, '--out', folder]);
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      new RegExp(`^import failed: ${bad.replace(/[.]/g, '\\.')}:1: not a WordPress export`, 'm'),
    );
    const force = run('src/pipeline/import-cli.ts', [EXPORT, '--out', folder, '--force']);
    assert.equal(force.status, 1);
    assert.match(force.stderr, /--force is for plain-text dumps/);
    assert.deepEqual(snapshot(folder), before);
  });
});

describe('npm run import on feeds, and the build of what it imports', () => {
  it('RSS, Atom and JSON Feed each import into a new folder', () => {
    for (const [feed, posts] of [
      ['feed.rss', 2],
      ['feed.atom', 4],
      ['feed.json', 3],
    ] as const) {
      const folder = join(TMP, `from-${feed}`);
      const out = importInto(folder, `test/fixtures/cms/${feed}`);
      assert.match(out, new RegExp(`^sync: ${posts} added$`, 'm'), feed);
      assert.equal(readdirSync(folder).length, posts, feed);
    }
  });

  it('the imported export builds: every post has its url and date in the cards’ data', async () => {
    const folder = join(TMP, 'built');
    importInto(folder, EXPORT);
    const out = join(TMP, 'built-data');
    const report = await buildArchive(folder, out, { workers: 0, cache: false });
    assert.equal(report.posts, 6);
    const summaries = JSON.parse(readFileSync(join(out, `${dataFile.catalog(0)}.json`), 'utf8')) as ArticleSummary[];
    assert.equal(summaries.length, 6);
    for (const s of summaries) {
      assert.match(s.url ?? '', /^https:\/\/blog\.example\.org\/\d{4}\/\d\d\/\d\d\/[^/]+\/$/, s.id);
      assert.match(s.date ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, s.id);
    }
    assert.equal(summaries.find((s) => s.id === 'block-markup')?.title, 'Title With Markup');
  });
});
