/**
 * The importer on awkward dumps and folders: ids for any title, errors at the dump's line, a second import caught
 * before writing, and all or none when writing fails part-way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchDir } from './scratch.js';
import { loadContent } from '../../src/pipeline/content.js';
import { changeFolder } from '../../src/pipeline/import/commit.js';
import { importDump } from '../../src/pipeline/import/import-dump.js';
import { quotesLaterLines } from '../../src/pipeline/import/later-text.js';
import { foldedWords } from '../../src/pipeline/import/lines.js';
import { type Reader, readerFor } from '../../src/pipeline/import/readers.js';

const SEED = 'test/fixtures/seed-dump.txt';
const importCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/import-cli.ts', ...args], { encoding: 'utf8' });
const scratch = () => scratchDir('import');
/** A folder's files and their text (folders as `/`), to compare before and after. */
function snapshot(dir: string, into: Record<string, string> = {}, prefix = ''): Record<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) snapshot(path, ((into[`${prefix}${entry.name}/`] = '/'), into), `${prefix}${entry.name}/`);
    else into[`${prefix}${entry.name}`] = readFileSync(path, 'utf8');
  }
  return into;
}

const LEAD = 'A paragraph long enough to be the opening of a post, as an editor writes one, with a full stop.';

describe('ids for titles without Latin letters', () => {
  const dump = [
    '习近平会见古巴领导人',
    '',
    LEAD,
    '',
    '🎉🎉🎉',
    '',
    LEAD,
    '',
    '!!! ???',
    '',
    LEAD,
    '',
    'Привет, мир',
    '',
    LEAD,
  ].join('\n');

  it('are a stable hash, or a transliteration, and the posts build', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'dump.txt'), dump);
    const run = importCli(join(dir, 'dump.txt'), '--out', join(dir, 'content'));
    assert.equal(run.status, 0, run.stderr);
    const ids = importDump(dump, 'dump.txt').map((i) => i.post.id);
    assert.deepEqual(ids.slice(3), ['privet-mir']);
    for (const id of ids.slice(0, 3)) assert.match(id, /^post-[0-9a-f]{10}$/);
    assert.equal(new Set(ids).size, 4);
    assert.deepEqual(
      importDump(dump, 'dump.txt').map((i) => i.post.id),
      ids,
      'the same on every import',
    );
    assert.deepEqual(
      loadContent(join(dir, 'content')).map((p) => [p.id, p.title]),
      [
        [ids[0], '习近平会见古巴领导人'],
        [ids[1], '🎉🎉🎉'],
        [ids[2], '!!! ???'],
        ['privet-mir', 'Привет, мир'],
      ],
    );
  });
});

describe('import errors name the dump and its line', () => {
  const fails = (dump: string, ...args: string[]) => {
    const dir = scratch();
    writeFileSync(join(dir, 'dump.txt'), dump);
    const run = importCli(join(dir, 'dump.txt'), '--out', join(dir, 'content'), ...args);
    assert.equal(run.status, 1);
    assert.ok(!existsSync(join(dir, 'content')), 'nothing written');
    return run.stderr.trim().replaceAll(dir, 'DIR');
  };

  it('a title the build would refuse', () => {
    assert.equal(
      fails(`First post\n\n${LEAD}\n\nA <b>bold</b> title\n\n${LEAD}\n`),
      'import failed: DIR/dump.txt:5: post "A <b>bold</b> title": raw HTML (`<b>`) in `title`: the widgets show text only; remove the tag',
    );
  });

  it('a dump whose first line is a paragraph of megabytes', () => {
    assert.equal(
      fails(`${'word '.repeat(300_000)}\n`),
      "import failed: DIR/dump.txt:1: a post starts here, and its title would be this whole line of 1,499,999 characters (at most 1000): a post's first line is its title; put a short title on its own line before the text",
    );
  });

  it('a line that is not UTF-8', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'dump.txt'), Buffer.from(`A title\n\n${LEAD}\n\nCafé au lait, crème brûlée.\n`, 'latin1'));
    const run = importCli(join(dir, 'dump.txt'), '--out', join(dir, 'content'));
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr.trim().replaceAll(dir, 'DIR'),
      'import failed: DIR/dump.txt:5: holds bytes that are not UTF-8 (the file was saved as Windows-1252 or Latin-1?): save it as UTF-8 and check the letters of that line',
    );
  });

  it('a line that is not UTF-8 far into a dump (past the first chunk read), and a U+FFFD written in UTF-8', () => {
    const dir = scratch();
    const lines = `A title\n\n${LEAD}\n\nUntranslatable characters are set to \ufffd or ?.\n\n${'日本語の段落。\n'.repeat(5000)}`;
    const bytes = Buffer.concat([Buffer.from(lines), Buffer.from('Café au lait.\n', 'latin1')]);
    writeFileSync(join(dir, 'dump.txt'), bytes);
    const run = importCli(join(dir, 'dump.txt'), '--out', join(dir, 'content'));
    assert.equal(run.status, 1);
    assert.match(run.stderr.replaceAll(dir, 'DIR'), /DIR\/dump\.txt:5007: holds bytes that are not UTF-8/);
    writeFileSync(join(dir, 'dump.txt'), Buffer.from(lines));
    const ok = importCli(join(dir, 'dump.txt'), '--out', join(dir, 'content'));
    assert.equal(ok.status, 0, ok.stderr);
    const text = readdirSync(join(dir, 'content')).map((name) => readFileSync(join(dir, 'content', name), 'utf8'));
    assert.ok(text.some((t) => t.includes('set to \ufffd or ?.')));
  });

  it('a language that is no BCP 47 tag', () => {
    assert.equal(
      fails(`Title\n\n${LEAD}\n`, '--languages', 'en,fr_FR'),
      'import failed: --languages: "fr_FR" is not a BCP 47 language tag: write "fr-FR"',
    );
  });
});

describe('a second import into a folder that has posts', () => {
  it('is refused before writing when it brings an id the folder has', () => {
    const dir = scratch();
    const out = join(dir, 'content');
    assert.equal(importCli(SEED, '--out', out).status, 0);
    const before = snapshot(out);
    writeFileSync(join(dir, 'again.txt'), `Quiet please! We’re decolonising\n\n${LEAD}\n`);
    const run = importCli(join(dir, 'again.txt'), '--out', out);
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr.trim().replaceAll(dir, 'DIR'),
      'import failed: DIR/again.txt:1: post "Quiet please! We’re decolonising" gets the id "quiet-please-were-decolonising", which DIR/content/007-quiet-please-were-decolonising.md already has (imported before?): pass --force to replace that post, or import into another folder with --out',
    );
    assert.deepEqual(snapshot(out), before);
  });

  it('with --force replaces that post, and the folder still builds', () => {
    const dir = scratch();
    const out = join(dir, 'content');
    assert.equal(importCli(SEED, '--out', out).status, 0);
    writeFileSync(join(dir, 'again.txt'), `Quiet please! We’re decolonising\n\n${LEAD}\n`);
    const run = importCli(join(dir, 'again.txt'), '--out', out, '--force');
    assert.equal(run.status, 0, run.stderr);
    const posts = loadContent(out);
    assert.equal(posts.length, 20);
    assert.deepEqual(posts.find((p) => p.id === 'quiet-please-were-decolonising')!.blocks, [
      { kind: 'paragraph', lang: 'en', text: LEAD },
    ]);
  });

  it('adds posts with new ids', () => {
    const dir = scratch();
    const out = join(dir, 'content');
    mkdirSync(out);
    writeFileSync(join(out, '900-kept.md'), '---\nid: kept\ntitle: Kept\nlang: en\n---\n\nKept.\n');
    writeFileSync(join(dir, 'new.txt'), `A new post\n\n${LEAD}\n`);
    assert.equal(importCli(join(dir, 'new.txt'), '--out', out).status, 0);
    assert.deepEqual(readdirSync(out).sort(), ['001-a-new-post.md', '900-kept.md']);
  });
});

describe('all or none', () => {
  it('a write that fails part-way (--force onto a folder named like the third file) changes nothing', () => {
    const dir = scratch();
    const out = join(dir, 'content');
    mkdirSync(join(out, '003-the-story-of-chinese-doctors-overseas.md'), { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'an editor’s notes');
    const before = snapshot(out);
    const run = importCli(SEED, '--out', out, '--force');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /EISDIR/);
    assert.deepEqual(snapshot(out), before);
    assert.deepEqual(readdirSync(dir), ['content'], 'no staging folder left behind');
  });

  it('a rename that fails when swapping the folders puts the old one back', () => {
    const dir = scratch();
    const out = join(dir, 'content');
    mkdirSync(out);
    writeFileSync(join(out, '001-old.md'), 'old');
    let renames = 0;
    const failing = {
      renameSync: (from: string, to: string) => {
        if (++renames === 2) throw new Error('EXDEV: cross-device link not permitted');
        // The real rename, for the first and the rollback.
        return renameSync(from, to);
      },
    };
    assert.throws(
      () => changeFolder(out, (stage) => writeFileSync(join(stage, '002-new.md'), 'new'), failing),
      /EXDEV/,
    );
    assert.equal(renames, 3, 'moved away, failed, moved back');
    assert.deepEqual(readdirSync(out), ['001-old.md']);
    assert.equal(readFileSync(join(out, '001-old.md'), 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['content']);
  });

  it('a folder that does not exist yet is created whole', () => {
    const dir = scratch();
    changeFolder(join(dir, 'content'), (stage) => writeFileSync(join(stage, 'a.md'), 'a'));
    assert.deepEqual(readdirSync(join(dir, 'content')), ['a.md']);
    assert.deepEqual(readdirSync(dir), ['content']);
  });
});

describe('reading inputs', () => {
  it('the streamed dump reader gives what importDump gives for the whole text', async () => {
    const reader = readerFor(SEED);
    assert.equal(reader.name, 'plain-text dump');
    const streamed = await reader.read(SEED, { candidates: ['en', 'fr'] });
    assert.deepEqual(streamed, importDump(readFileSync(SEED, 'utf8'), SEED, { candidates: ['en', 'fr'] }));
  });

  it('a format is chosen by what the file holds, the first reader that accepts it', () => {
    const feed: Reader = { name: 'feed', accepts: (head) => head.startsWith('<?xml'), read: async () => [] };
    const dir = scratch();
    writeFileSync(join(dir, 'feed.txt'), '<?xml version="1.0"?><rss/>');
    assert.equal(readerFor(join(dir, 'feed.txt'), [feed, readerFor(SEED)]).name, 'feed');
    assert.equal(readerFor(SEED, [feed, readerFor(SEED)]).name, 'plain-text dump');
  });

  it('spans of eight words shared with a later line are found as comparing each line with the rest finds them', () => {
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = ['a', 'b', 'c', 'd', 'Café', 'cafe', 'x-y', '10:30'];
    for (let round = 0; round < 30; round++) {
      const lines = Array.from({ length: 2 + Math.floor(random() * 12) }, () =>
        Array.from(
          { length: Math.floor(random() * 40) },
          () => vocabulary[Math.floor(random() * 3 + (random() < 0.2 ? 4 : 0))],
        ).join(' '),
      );
      // The importer's first way: each line's spans searched in the text of all later lines.
      const naive = lines.map((l, i) => {
        const words = foldedWords(l);
        const later = ` ${lines
          .slice(i + 1)
          .map((t) => foldedWords(t).join(' '))
          .join(' | ')} `;
        for (let k = 0; k + 8 <= words.length; k += 2)
          if (later.includes(` ${words.slice(k, k + 8).join(' ')} `)) return true;
        return false;
      });
      assert.deepEqual(quotesLaterLines(lines, foldedWords), naive);
    }
  });
});
