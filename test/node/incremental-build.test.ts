/**
 * Incremental builds: a rebuild after one post changed takes every other post's part of the build from the cache
 * (archive/post-cache.ts), and writes the same files, byte for byte, as a clean build of the same folder.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateArchive, writeArchive } from '../../bench/generate-archive.js';
import { buildArchive } from '../../src/pipeline/archive/build-archive.js';

/** Every file under `dir` (relative path → bytes). */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path));
  }
  return files;
}

function assertSameFiles(actual: string, expected: string): void {
  const a = filesOf(actual);
  const e = filesOf(expected);
  assert.deepEqual([...a.keys()].sort(), [...e.keys()].sort());
  for (const [name, bytes] of e) assert.ok(bytes.equals(a.get(name)!), `${name} differs from the clean build’s`);
}

describe('incremental build', () => {
  const root = mkdtempSync(join(tmpdir(), 'fosc-incremental-'));
  const content = join(root, 'content');
  const cache = join(root, 'cache');
  // Over 400 posts: the index is made in ranges of terms, as for a large archive.
  const archive = generateArchive(420, 5);
  writeArchive(archive, content);
  after(() => rmSync(root, { recursive: true, force: true }));

  it('after one post changed, works on that post alone and writes what a clean build writes', async () => {
    const first = await buildArchive(content, join(root, 'first'), { workers: 0, cache });
    assert.equal(first.cached, 0);

    const file = join(content, readdirSync(content).filter((f) => f.endsWith('.md'))[7]);
    const text = readFileSync(file, 'utf8');
    const paragraph = text.split('\n\n').at(-1)!;
    writeFileSync(file, text.replace(paragraph, `A sentence added upstream about Quetzalcoatl. ${paragraph}`));

    const again = await buildArchive(content, join(root, 'again'), { workers: 2, cache });
    assert.equal(again.posts, 420);
    assert.equal(again.cached, 419);
    const clean = await buildArchive(content, join(root, 'clean'), { workers: 0, cache: false });
    assert.equal(clean.cached, 0);
    assertSameFiles(join(root, 'again'), join(root, 'clean'));
    // And the change is in it.
    assert.notDeepEqual(filesOf(join(root, 'first')), filesOf(join(root, 'clean')));
  });

  it('keeps only the records of the folder’s current posts', async () => {
    const folder = readdirSync(cache)
      .map((v) => readdirSync(join(cache, v)).map((c) => join(cache, v, c)))[0]
      .find((dir) => !dir.includes('.state'))!;
    // Records are in packs (one per posts task: the first build's, and the changed post's), and every pack holds
    // a record of a post the folder has now.
    const packs = readdirSync(folder);
    assert.ok(packs.length >= 2 && packs.every((f) => f.endsWith('.pack')), packs.join(', '));
    const state = JSON.parse(readFileSync(join(`${folder}.state`, 'build.json'), 'utf8')) as {
      docs: { at: string[] }[];
    };
    assert.equal(state.docs.length, 420);
    assert.deepEqual(new Set(state.docs.map((d) => d.at[0])), new Set(packs));
    const again = await buildArchive(content, join(root, 'third'), { workers: 0, cache });
    assert.equal(again.cached, 420);
    assertSameFiles(join(root, 'third'), join(root, 'clean'));
    // A pack gone (a cache cleaned by hand): the post it held is worked on again, the others still come from theirs.
    const smallest = packs.sort((a, b) => statSync(join(folder, a)).size - statSync(join(folder, b)).size)[0];
    rmSync(join(folder, smallest));
    const fourth = await buildArchive(content, join(root, 'fourth'), { workers: 0, cache });
    assert.equal(fourth.cached, 419);
    assertSameFiles(join(root, 'fourth'), join(root, 'clean'));
  });

  it('rebuilds in place what a clean build writes after a title, a translation link, a language, an added and a removed post', async () => {
    const out = join(root, 'in-place');
    await buildArchive(content, out, { workers: 0, cache });
    const names = readdirSync(content)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const idOf = (name: string) => /^id: (.*)$/m.exec(readFileSync(join(content, name), 'utf8'))![1];
    const edit = (name: string, change: (text: string) => string) => {
      const path = join(content, name);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    };
    const english = names.filter((name) => /^lang: en$/m.test(readFileSync(join(content, name), 'utf8')));
    const original = idOf(english[20]);
    // A planted name's word, in one post only (not one edited below).
    const edited = new Set([20, 300, 150, 99, ...Array.from({ length: 40 }, (_, i) => 200 + i)].map((i) => english[i]));
    const rare = archive.planted.names.find((n) => !edited.has(`${n.posts[0]}.md`))!.name.split(' ')[0];
    assert.ok(rare, 'a word of one post');
    const scenarios: [string, () => void, number][] = [
      // A title other posts' translation links show (next scenario) and every index statistic moves with.
      ['a title', () => edit(english[20], (t) => t.replace(/^title: .*$/m, 'title: A title changed upstream')), 419],
      [
        'a translation link and a language',
        () =>
          edit(english[300], (t) =>
            t
              .replace(/^lang: en$/m, `lang: fr\ntranslationOf: ${original}`)
              .replace(/^title: .*$/m, 'title: Une traduction'),
          ),
        419,
      ],
      ['a language alone', () => edit(english[150], (t) => t.replace(/^lang: en$/m, 'lang: fr')), 419],
      [
        'an added post',
        () =>
          writeFileSync(
            join(content, '0000-added.md'),
            '---\nid: added-upstream\ntitle: Added upstream\nlang: en\n---\n\nA post about Quetzalcoatl and trade unions.\n',
          ),
        420,
      ],
      ['a removed post', () => rmSync(join(content, english[99])), 420],
      // A word of one post only becomes common: other posts' fragments, chosen by rarity, change with it.
      [
        'a word made common',
        () => english.slice(200, 240).forEach((name) => edit(name, (t) => `${t}\n${rare} ${rare}.\n`)),
        380,
      ],
    ];
    for (const [what, change, cached] of scenarios) {
      change();
      const again = await buildArchive(content, out, { workers: 0, cache });
      assert.equal(again.cached, cached, what);
      const clean = await buildArchive(content, join(root, 'clean-in-place'), { workers: 0, cache: false });
      assert.equal(again.posts, clean.posts, what);
      assertSameFiles(out, join(root, 'clean-in-place'));
    }
  });
});
