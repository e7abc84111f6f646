/** content/ as the build reads it, and the errors an editor gets for bad input. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchDir } from './scratch.js';
import { ContentError } from '../../src/pipeline/errors.js';
import { checkArchive, loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { importDump } from '../../src/pipeline/import/import-dump.js';
import { markdownToPost } from '../../src/pipeline/markdown.js';

const post = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;
const GOOD = 'id: a-post\ntitle: A post\nlang: en\nsources: []\ntruncated: false';

function throwsAt(fn: () => unknown, file: string, line: number, reason: RegExp) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ContentError, String(err));
    assert.equal(err.file, file);
    assert.equal(err.line, line);
    assert.match(err.reason, reason);
    assert.ok(err.message.startsWith(`${file}:${line}: `));
    return true;
  });
}

describe('content/', () => {
  const posts = loadContent('content');

  it('holds the 20 posts of the archive, each with text', () => {
    assert.equal(posts.length, 20);
    for (const p of posts) assert.ok(p.blocks.length > 0, p.id);
  });

  it('derives excerpts, word counts, reading times, languages and two-way translation links', () => {
    const articles = deriveArticles(posts);
    const fr = articles.find((a) => a.lang === 'fr')!;
    const en = articles.find((a) => a.id === fr.translations[0].id)!;
    assert.deepEqual(fr.languages, ['fr', 'en']);
    assert.deepEqual(en.translations, [{ id: fr.id, lang: 'fr', title: fr.title }]);
    for (const a of articles) {
      assert.ok(a.excerpt.length > 40 && a.excerpt.length <= 221, a.id);
      assert.ok(a.words > 100, a.id);
      assert.equal(a.readingMinutes, Math.max(1, Math.round(a.words / 230)));
    }
    // The longest post (Xi's speech and three Xinhua reports) is about 3,000 words.
    const longest = articles.reduce((a, b) => (a.words > b.words ? a : b));
    assert.ok(longest.words > 2800 && longest.words < 3300, String(longest.words));
  });
});

describe('bad input names the file and line', () => {
  it('an empty dump', () => {
    throwsAt(() => importDump('\n  \n', 'dump.txt'), 'dump.txt', 1, /empty/);
  });

  it('front matter that does not parse', () => {
    throwsAt(() => markdownToPost(post('id: a\ntitle: A\ntitle: B\nlang: en'), 'p.md'), 'p.md', 4, /does not parse/);
  });

  it("front matter without a title (the front matter's first line)", () => {
    throwsAt(() => markdownToPost(post('id: a\nlang: en'), 'p.md'), 'p.md', 1, /`title`/);
  });

  it('raw HTML in a post', () => {
    throwsAt(() => markdownToPost(post(GOOD, 'Text.\n\n<script>alert(1)</script>'), 'p.md'), 'p.md', 11, /HTML/);
  });

  it('a translation link to a missing post', () => {
    const parsed = markdownToPost(post(`${GOOD}\ntranslationOf: nowhere`), 'p.md');
    throwsAt(() => checkArchive([{ ...parsed, file: 'p.md' }]), 'p.md', 7, /"nowhere", which is no post/);
  });

  it('a duplicate id', () => {
    const a = { ...markdownToPost(post(GOOD), 'a.md'), file: 'a.md' };
    const b = { ...markdownToPost(post(GOOD), 'b.md'), file: 'b.md' };
    throwsAt(() => checkArchive([a, b]), 'b.md', 2, /duplicate id "a-post", already used by a\.md/);
  });

  const importCli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/import-cli.ts', ...args], { encoding: 'utf8' });

  it('an empty dump, and nothing is written', () => {
    const out = scratchDir('import');
    writeFileSync(join(out, 'empty.txt'), '\n\n');
    const run = importCli(join(out, 'empty.txt'), '--out', join(out, 'content'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /empty\.txt:1: the dump is empty/);
    assert.ok(!existsSync(join(out, 'content')) || readdirSync(join(out, 'content')).length === 0);
  });

  it('an import that would overwrite a post writes none of the others', () => {
    const out = scratchDir('import');
    mkdirSync(join(out, 'content'));
    writeFileSync(join(out, 'content', '002-silence-on-decolonise.md'), 'edited by hand');
    const run = importCli('test/fixtures/seed-dump.txt', '--out', join(out, 'content'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /002-silence-on-decolonise\.md exists; pass --force/);
    assert.deepEqual(readdirSync(join(out, 'content')), ['002-silence-on-decolonise.md']);
  });
});
