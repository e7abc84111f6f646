/** The search index: the compact form rebuilds lunr's own index exactly; the analyzer and query reader. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { indexTerms, words } from '../../src/core/search/analyzer.js';
import { loadShard } from '../../src/core/search/compact-index.js';
import type { lunr } from '../../src/core/search/lunr-setup.js';
import { type SearchData, SearchEngine } from '../../src/runtime/search/engine.js';
import { readFileSync } from 'node:fs';
import { parseQuery } from '../../src/core/search/query.js';
import { TypoFinder, withinOneTypo } from '../../src/core/search/typos.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { buildLunr, buildSearchIndex } from '../../src/pipeline/search-index.js';

const articles = deriveArticles(loadContent('content'));

describe('search index', () => {
  const single = buildSearchIndex(articles);
  const split = buildSearchIndex(articles, 4000);
  const sourceOf = (built: typeof single): SearchData => ({
    manifest: built.manifest,
    shard: async (n) => built.shards[n],
  });

  it('keeps the seed archive in one shard, and splits by term when asked', () => {
    assert.equal(single.shards.length, 1);
    assert.ok(split.shards.length > 10, String(split.shards.length));
    assert.equal(split.manifest.boundaries.length, split.shards.length - 1);
  });

  it('scores as lunr’s own index does (same BM25 field vectors, same plain sum)', () => {
    const lunrIndex = buildLunr(articles).build();
    const ours = loadShard(single.shards[0], single.manifest).index;
    const terms = single.shards[0].terms.split(' ');
    const queries: [string, number][][] = [
      [['cuba', 1]],
      [
        ['xi', 1],
        ['jinping', 1],
      ],
      [
        ['sawaba', 1],
        ['niger', 0.5],
      ],
    ];
    for (let i = 0; i < terms.length; i += 37)
      queries.push(
        [[terms[i], 1]],
        [
          [terms[i], 1],
          [terms[(i * 7) % terms.length], 0.3],
        ],
      );
    const run = (index: lunr.Index, clauses: [string, number][]) =>
      index
        .query((q) => clauses.forEach(([term, boost]) => q.term(term, { usePipeline: false, boost })))
        .map((r) => [r.ref, r.score.toFixed(9), Object.keys(r.matchData.metadata).sort()]);
    for (const clauses of queries)
      assert.deepEqual(run(ours, clauses), run(lunrIndex, clauses), JSON.stringify(clauses));
  });

  it('ranks the judged queries the same in one shard and in many (scores add up across shards)', async () => {
    const one = new SearchEngine(sourceOf(single));
    const many = new SearchEngine(sourceOf(split));
    const { queries } = JSON.parse(readFileSync('test/fixtures/judged-queries.json', 'utf8')) as {
      queries: { q: string }[];
    };
    for (const { q } of queries) {
      const a = (await one.run(q)).candidates.map((c) => [c.post, c.score.toFixed(6)]);
      const b = (await many.run(q)).candidates.map((c) => [c.post, c.score.toFixed(6)]);
      assert.deepEqual(b, a, q);
    }
  });

  it('is smaller than lunr’s serialisation by more than half (gzipped)', () => {
    const size = (v: unknown) => gzipSync(JSON.stringify(v), { level: 9 }).length;
    assert.ok(size(single) * 2 < size(buildLunr(articles).build()), `${size(single)}`);
  });
});

describe('analyzer', () => {
  it('splits French elisions, folds accents and drops stop words', () => {
    assert.deepEqual(indexTerms('L’indépendance de José Martí'), ['independance', 'jose', 'marti']);
    assert.deepEqual(indexTerms("l'esprit du Sawaba — «libération»"), ['esprit', 'sawaba', 'liberation']);
    assert.deepEqual(indexTerms('The “Asian Century” and Black Presidents'), [
      'asian',
      'century',
      'black',
      'presidents',
    ]);
  });

  it('knows where each word stands, for highlights', () => {
    const text = '“Free India, Free China!”';
    assert.deepEqual(
      words(text).map((w) => text.slice(w.start, w.end)),
      ['Free', 'India', 'Free', 'China'],
    );
  });
});

describe('reading a query', () => {
  it('treats lunr syntax as text, quotes as phrases, and the last word as unfinished', () => {
    const q = parseQuery('title:foo~2 +bar -baz^3 "good friends" cub');
    assert.deepEqual(
      q.words.map((w) => w.term),
      ['title', 'foo', '2', 'bar', 'baz', '3', 'good', 'friends', 'cub'],
    );
    assert.deepEqual(q.phrases, [['good', 'friends']]);
    assert.deepEqual(
      q.words.filter((w) => w.partial).map((w) => w.term),
      ['cub'],
    );
    assert.equal(parseQuery('cuba ').words.at(-1)!.partial, false);
    assert.deepEqual(parseQuery('«bien-être» du Niger').phrases, [['bien', 'etre']]);
    assert.deepEqual(parseQuery('"unclosed phrase here').phrases, [['unclosed', 'phrase', 'here']]);
  });

  it('reads at most 256 characters and 12 words', () => {
    assert.ok(parseQuery('word '.repeat(2000)).words.length <= 12);
    assert.equal(parseQuery('x'.repeat(10_000)).words[0].term.length, 256);
  });
});

describe('one typo', () => {
  it('is a letter wrong, missing, extra or two neighbours swapped', () => {
    for (const [a, b] of [
      ['jinping', 'jinpng'],
      ['jinping', 'jinpingg'],
      ['robeson', 'robesno'],
      ['cuba', 'cuba'],
      ['skerrit', 'skerit'],
      ['bakary', 'bakery'],
    ]) {
      assert.ok(withinOneTypo(a, b), `${a} ~ ${b}`);
    }
    for (const [a, b] of [
      ['jinping', 'jnpng'],
      ['cuba', 'cubans'],
      ['abcd', 'badc'],
    ])
      assert.ok(!withinOneTypo(a, b), `${a} !~ ${b}`);
    const finder = new TypoFinder(['guoqing', 'guoqi', 'robeson', 'rodriguez']);
    assert.deepEqual(finder.find('robesn'), ['robeson']);
    assert.deepEqual(finder.find('guoqng', true), ['guoqing']);
  });
});
