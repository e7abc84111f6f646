/**
 * Long posts' other excerpt windows: a text file that would be large keeps its short posts' windows and puts the long
 * ones in parts, which the fragments name; the runtime finds each post's windows, as written, either way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataFile } from '../../src/core/data-files.js';
import type { Fragment, SearchManifest, WindowSet } from '../../src/core/search/index-format.js';
import type { SearchSource } from '../../src/runtime/data/search-source.js';
import { restWindows } from '../../src/runtime/search/rest-windows.js';
import { memorySink } from '../../src/pipeline/data-sink.js';
import { writeFragmentFile } from '../../src/pipeline/search-fragments.js';

/** A post's other windows, about `chars` characters of JSON. */
const rest = (post: number, chars: number): WindowSet => ({
  sections: [`Section of post ${post}`],
  windows: Array.from({ length: Math.ceil(chars / 180) }, (_, w) => [
    0,
    `Post ${post}, window ${w}: ${'words of the window '.repeat(8)}`,
    3,
  ]),
});

const fragment = (post: number): Fragment => ({
  id: `post-${post}`,
  title: `Post ${post}`,
  lang: 'en',
  excerpt: '',
  sections: [],
  windows: [],
});

function written(sizes: number[]) {
  const sink = memorySink();
  const fragments = sizes.map((_, i) => fragment(i));
  const rests = sizes.map((chars, i) => rest(i, chars));
  writeFragmentFile(sink, 0, fragments, rests);
  const source = {
    manifest: { fragmentsPerFile: sizes.length } as SearchManifest,
    texts: async (n: number, part?: number) =>
      sink.files.get(part ? dataFile.searchTextPart(n, part) : dataFile.searchTexts(n)),
  } as unknown as SearchSource;
  return { files: sink.files, fragments: sink.files.get(dataFile.searchFragments(0)) as Fragment[], rests, source };
}

describe('text files of long posts', () => {
  it('keeps a small text file whole', async () => {
    const { files, fragments, rests, source } = written([3000, 3000, 3000, 3000]);
    assert.deepEqual([...files.keys()].sort(), [dataFile.searchFragments(0), dataFile.searchTexts(0)].sort());
    assert.ok(fragments.every((f) => f.rest === undefined));
    const read = restWindows(source);
    for (let i = 0; i < 4; i++) assert.deepEqual(await read(fragments[i], i), rests[i]);
  });

  it('puts long posts’ windows in parts of about 16 KB, a longer post alone, and finds each post’s', async () => {
    const sizes = [26000, 12000, 300, 23000, 5500, 18800, 11000, 9700];
    const { files, fragments, rests, source } = written(sizes);
    // The short posts stay in the text file; every other goes to a part that the fragment names.
    const main = files.get(dataFile.searchTexts(0)) as (WindowSet | null)[];
    assert.deepEqual(
      main.map((r) => r !== null),
      sizes.map((n) => n <= 4096),
    );
    const parts = [...files.keys()].filter((name) => name.startsWith(`${dataFile.searchTexts(0)}-`));
    // Two of the seven long posts share a part (5,500 and 9,700 characters); the others are each alone.
    assert.equal(parts.length, 6, parts.join(', '));
    for (const name of parts) {
      const list = files.get(name) as WindowSet[];
      assert.ok(list.length === 1 || JSON.stringify(list).length <= 16384 + 64, name);
    }
    const read = restWindows(source);
    for (let i = 0; i < sizes.length; i++) {
      assert.equal(fragments[i].rest === undefined, sizes[i] <= 4096);
      assert.deepEqual(await read(fragments[i], i), rests[i], `post ${i}`);
    }
  });
});
