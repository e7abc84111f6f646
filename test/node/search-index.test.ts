/**
 * The search index: weights are lunr's BM25, worked out at build time; shards, heads and tails change no ranking;
 * phrases are checked on positions; typos are found across shards; the analyzer and query reader.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { WORD, fold, indexTerms, isSeparator, words } from '../../src/core/search/analyzer.js';
import {
  FIELDS,
  type SearchManifest,
  type SearchShard,
  type ShardPositions,
  type ShardTail,
  type TypoShard,
  decodePostings,
  dequantise,
  quantise,
  shardOf,
} from '../../src/core/search/index-format.js';
import { rangeOf } from '../../src/core/search/sorted.js';
import { isStopWord } from '../../src/core/search/lunr-setup.js';
import { parseQuery } from '../../src/core/search/query.js';
import { stopAt, stopCode } from '../../src/core/search/stop-codes.js';
import { TypoFinder, withinOneTypo } from '../../src/core/search/typos.js';
import { SearchEngine, bestFirst } from '../../src/runtime/search/engine.js';
import { DecodedShard } from '../../src/runtime/search/shard.js';
import { Searcher } from '../../src/runtime/search/searcher.js';
import type { SearchSource } from '../../src/runtime/data/search-source.js';
import { homeShard, typoCandidates } from '../../src/runtime/search/typo-lookup.js';
import { memorySink } from '../../src/pipeline/data-sink.js';
import { writeTypoDictionaries } from '../../src/pipeline/search-typos.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import {
  type TermPostings,
  bestFirstOrder,
  buildLunr,
  gatherTerms,
  indexTermRange,
  postTerms,
  termWeights,
} from '../../src/pipeline/search-index.js';

import { seedIndex } from './search-fixture.js';
import { seededRandom } from './seeded-random.js';

const articles = deriveArticles(loadContent('content'));
const judged = (
  JSON.parse(readFileSync('test/fixtures/judged-queries.json', 'utf8')) as { queries: { q: string }[] }
).queries.map((j) => j.q);

/** A term's weight in one of lunr's field vectors (`[termIndex, weight, …]`). */
function weightIn(vector: { elements: number[] }, termIndex: number): number {
  for (let k = 0; k < vector.elements.length; k += 2)
    if (vector.elements[k] === termIndex) return vector.elements[k + 1];
  return 0;
}

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

/**
 * An engine over an index whose tail (or typo dictionary) reads wait while a query runs, and a query run so: the
 * fragment files it asked for meanwhile, whether it made the held reads, and its first result's fragment file.
 */
function holdingEngine(index: { source: SearchSource; manifest: SearchManifest }, held: 'tail' | 'typos') {
  const log: string[] = [];
  let gate = Promise.resolve();
  const hold =
    <A extends unknown[], R>(read: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      log.push(held);
      await gate;
      return read(...args);
    };
  const engine = new SearchEngine({
    ...index.source,
    ...(held === 'tail' ? { tail: hold(index.source.tail) } : { typos: hold(index.source.typos) }),
    fragments: (n) => {
      log.push(`fragment ${n}`);
      return index.source.fragments(n);
    },
  });
  return async (q: string) => {
    log.length = 0;
    let release!: () => void;
    gate = new Promise<void>((resolve) => (release = resolve));
    const ran = engine.run(q, { limit: 10 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = log.filter((l) => l.startsWith('fragment'));
    const waited = log.includes(held);
    release();
    const { candidates } = await ran;
    const first = candidates[0] && `fragment ${Math.floor(candidates[0].post / index.manifest.fragmentsPerFile)}`;
    return { before, waited, first, candidates };
  };
}

describe('search index', () => {
  let seed: Awaited<ReturnType<typeof seedIndex>>;
  let small: Awaited<ReturnType<typeof seedIndex>>;
  before(async () => {
    seed = await seedIndex();
    // Tiny shards, and heads of 2 postings: every common word has a tail.
    small = await seedIndex({ shardBytes: 300, head: 2 });
  });

  it('splits the index by term into shards of a few kilobytes compressed and at most 256 terms', () => {
    const shards = [...seed.files].filter(([name]) => name.startsWith('search/shard-'));
    assert.equal(shards.length, seed.manifest.boundaries.length + 1);
    for (const [name, shard] of shards as [string, SearchShard][]) {
      assert.ok(gz(shard) < 6 * 1024, `${name}: ${gz(shard)} bytes`);
      assert.ok(shard.terms.split(' ').length <= 256, name);
    }
    assert.ok(small.manifest.boundaries.length > seed.manifest.boundaries.length);
  });

  it('weighs each term as lunr’s own index does (BM25 field vectors, summed over fields), quantised within 1.5 %', () => {
    const builder = buildLunr(articles) as any;
    const lunrIndex = builder.build();
    const gathered = new Map<string, TermPostings>();
    const lengths = new Int32Array(articles.length * 3);
    articles.forEach((a, doc) => {
      const terms = postTerms(a);
      terms.lengths.forEach((n, f) => (lengths[doc * 3 + f] = n));
      gatherTerms(gathered, doc, terms);
    });
    const averages = FIELDS.map((_, f) => articles.reduce((s, _a, d) => s + lengths[d * 3 + f], 0) / articles.length);
    const stats = {
      posts: articles.length,
      averages,
      lengths,
      langs: new Uint8Array(articles.length),
      langNames: ['en'],
    };
    let checked = 0;
    for (const [term, postings] of gathered) {
      const ours = termWeights(postings, stats);
      postings.docs.forEach((doc, i) => {
        const theirs = FIELDS.reduce(
          (sum, field) => sum + weightIn(lunrIndex.fieldVectors[`${field}/${doc}`], builder.invertedIndex[term]._index),
          0,
        );
        assert.ok(Math.abs(ours[i] - theirs) < 1e-9, `${term} in ${doc}: ${ours[i]} vs ${theirs}`);
        checked++;
      });
    }
    assert.ok(checked > 5000, String(checked));
    for (const w of [0.01, 0.3, 1.7, 12, 140]) {
      assert.ok(Math.abs(dequantise(quantise(w)) / w - 1) < 0.015, String(w));
    }
  });

  it('gives the first posts as a full sort would, ties and all, and keeps every post', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      // Scores from a few values, so that ties (broken by post number) are common.
      const list = Array.from({ length: Math.floor(random() * 300) }, (_, post) => ({
        post,
        score: Math.floor(random() * 20),
      }));
      const compare = (a: { post: number; score: number }, b: { post: number; score: number }) =>
        b.score - a.score || a.post - b.post;
      const limit = 1 + Math.floor(random() * 12);
      const sorted = [...list].sort(compare);
      const got = bestFirst([...list], limit, compare);
      assert.deepEqual(got.slice(0, limit), sorted.slice(0, limit), `seed ${seed}`);
      assert.deepEqual(new Set(got), new Set(list), `seed ${seed}`);
    }
  });

  it('orders a term’s postings best first (level down, then post up) as a full sort does, ties and large posts too', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const n = Math.floor(random() * 400);
      // Posts in no order (each worker's spill in turn), levels from a few values so that ties are common; some
      // lists with a level or a post past what the packed sort holds, which sorts the other way.
      const big = seed % 20 === 0;
      const docs = [...new Set(Array.from({ length: n }, () => Math.floor(random() * (big ? 2 ** 21 : 5000))))];
      const levels = docs.map(() => Math.floor(random() * 8) * (seed % 25 === 0 ? 1000 : 30));
      const expected = docs.map((_, i) => i).sort((a, b) => levels[b] - levels[a] || docs[a] - docs[b]);
      assert.deepEqual(bestFirstOrder(levels, docs), expected, `seed ${seed}`);
    }
  });

  it('ranks the judged queries the same with big shards and whole postings as with tiny shards and tails', async () => {
    const one = new SearchEngine(seed.source);
    const many = new SearchEngine(small.source);
    for (const q of judged) {
      const a = (await one.run(q, { limit: 50 })).candidates.map((c) => [c.post, c.score.toFixed(6)]);
      const b = (await many.run(q, { limit: 50 })).candidates
        .slice(0, a.length)
        .map((c) => [c.post, c.score.toFixed(6)]);
      assert.deepEqual(b.slice(0, 3), a.slice(0, 3), q);
    }
  });

  it('gives a common word’s best posts from its head alone, as the whole postings would', async () => {
    const headOnly = new SearchEngine(small.source);
    const whole = new SearchEngine(seed.source);
    for (const q of ['china ', 'cuba ', 'people ']) {
      const top = (await whole.run(q, { limit: 2 })).candidates.slice(0, 2).map((c) => c.post);
      assert.deepEqual(
        (await headOnly.run(q, { limit: 2 })).candidates.slice(0, 2).map((c) => c.post),
        top,
        q,
      );
    }
  });

  it('fetches the fragment of the heads’ best post while the tails are read', async () => {
    // Tiny heads (two postings a term): ten results need the tails, held back here.
    const early = holdingEngine(small, 'tail');
    // One word: its head is best-first, so its first post is sure; that post's file is asked for at once.
    const one = await early('china ');
    assert.ok(one.waited);
    assert.deepEqual(one.before, [one.first]);
    // A word with inflections and completions: the heads' best post is a guess, asked for once before the tails
    // (here a wrong one: the tails make another post first).
    const guess = await early('people');
    assert.ok(guess.waited);
    assert.equal(guess.before.length, 1);
    // Two words no head holds together: no post to guess, nothing asked for.
    const none = await early('china cuba');
    assert.ok(none.waited);
    assert.deepEqual(none.before, []);
  });

  it('fetches a word’s stems’ shards with its own from a page’s second query on', async () => {
    // `receiving` is in the shard after its stem's (`receiv`: receive, received…).
    const shards = (word: string, stem: string) => [shardOf(seed.manifest, word), shardOf(seed.manifest, stem)];
    const [receiving, receiv] = shards('receiving', 'receiv');
    assert.notEqual(receiving, receiv);
    let log: number[] = [];
    let release!: () => void;
    let held = Promise.resolve();
    const engine = new SearchEngine({
      ...seed.source,
      shard: async (n) => {
        log.push(n);
        await held;
        return seed.source.shard(n);
      },
    });
    // The shards a query asks for before any has come.
    const firstRound = async (q: string) => {
      log = [];
      held = new Promise<void>((resolve) => (release = resolve));
      const ran = engine.run(q);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const asked = [...log];
      release();
      return { asked, ids: (await ran).candidates.map((c) => c.post) };
    };
    // Two queries: the second loads the stemmers in the background (another test may have loaded them already:
    // they are the page's, not the engine's).
    await firstRound('changes ');
    await firstRound('cuba ');
    await import('../../src/core/search/lunr-setup.js');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const third = await firstRound('receiving ');
    assert.deepEqual(
      third.asked.sort((a, b) => a - b),
      [receiv, receiving].sort((a, b) => a - b),
    );
    // The same results as a fresh engine's.
    const fresh = await new SearchEngine(seed.source).run('receiving ');
    assert.deepEqual(
      third.ids,
      fresh.candidates.map((c) => c.post),
    );
  });

  it('names each term’s positions file in its layout, and keeps the term’s whole postings there', () => {
    // The seed's terms in one shard (no shard cut), heads of two: many positions files, most terms with a tail.
    const terms = new Map<string, TermPostings>();
    const posts = articles.map((a) => postTerms(a));
    posts.forEach((post, doc) => gatherTerms(terms, doc, post));
    const lengths = Int32Array.from(posts.flatMap((p) => p.lengths));
    const averages = FIELDS.map((_, f) => posts.reduce((sum, p) => sum + p.lengths[f], 0) / posts.length);
    const langNames = [...new Set(articles.map((a) => a.lang))];
    const langs = Uint8Array.from(articles.map((a) => langNames.indexOf(a.lang)));
    const stats = { posts: posts.length, averages, lengths, langs, langNames };
    const sink = memorySink();
    const name = (kind: string, k: number, part = 0) => `${kind}-${k}-${part}`;
    const range = indexTermRange(terms, stats, sink, name, { head: 2, shardBytes: Infinity, shardTerms: Infinity });
    assert.equal(range.shards, 1);
    const firsts = range.layouts[0].pos;
    assert.ok(firsts.length >= 2, String(firsts.length));
    const shard = sink.files.get('shard-0-0') as SearchShard;
    let cut = 0;
    for (const [t, term] of shard.terms.split(' ').entries()) {
      const k = rangeOf(firsts, term);
      assert.equal(k, shard.positions[t], term);
      const file = sink.files.get(name('pos', 0, k)) as ShardPositions;
      const i = file.words.split(' ').indexOf(term);
      assert.equal(file.terms[i], t, term);
      assert.equal(file.df[i], shard.df[t], term);
      // Its whole postings: the shard's head, then its tail file's.
      const whole: number[] = [];
      decodePostings(file.postings[i], (doc, level) => whole.push(doc, level));
      const parts: number[] = [];
      const end = decodePostings(shard.postings[t], (doc, level) => parts.push(doc, level));
      if (shard.tails[t] >= 0) {
        cut++;
        const tail = sink.files.get(name('tail', 0, shard.tails[t])) as ShardTail;
        decodePostings(tail.postings[tail.terms.indexOf(t)], (doc, level) => parts.push(doc, level), end);
      }
      assert.deepEqual(whole, parts, term);
    }
    assert.ok(cut > 100, String(cut));
  });

  it('reads a phrase’s words from their positions files alone: no shard, no tail', async () => {
    // Tiny heads: both words are cut, and a query of the same words outside quotes reads their shards and tails.
    const reads = (q: string) => {
      const log: string[] = [];
      const logged =
        <A extends unknown[], R>(kind: string, read: (...args: A) => R) =>
        (...args: A) => {
          log.push(kind);
          return read(...args);
        };
      const engine = new SearchEngine({
        ...small.source,
        shard: logged('shard', small.source.shard),
        tail: logged('tail', small.source.tail),
        positions: logged('positions', small.source.positions),
        near: logged('near', small.source.near),
        layout: logged('layout', small.source.layout),
      });
      return engine.run(q, { limit: 10 }).then((r) => ({ kinds: [...new Set(log)].sort(), posts: r.candidates }));
    };
    const phrase = await reads('"good comrades"');
    assert.deepEqual(phrase.kinds, ['layout', 'positions']);
    assert.equal(phrase.posts.length, 1);
    assert.deepEqual((await reads('good comrades ')).kinds, ['shard', 'tail']);
    // A stop word checked beside a word: its near file too.
    assert.deepEqual((await reads('"comrades and good"')).kinds, ['layout', 'near', 'positions']);
    // The same posts, in the same order, as words found in their shards and checked on the same positions.
    const id = (c: { post: number }) => c.post;
    const quoted = await reads('"good friends"');
    const words = await new SearchEngine(small.source).run('good friends ', { limit: 100 });
    assert.ok(quoted.posts.length >= 1);
    for (const c of quoted.posts) assert.ok(words.candidates.map(id).includes(c.post));
  });

  it('fetches the likely first post’s fragment while a word with a typo is looked up', async () => {
    // `djibo` is in two posts; `bakarry` is in none, and is looked up in the typo dictionaries, held back here.
    const early = holdingEngine(seed, 'typos');
    const typo = await early('djibo bakarry');
    assert.ok(typo.waited);
    assert.equal(typo.candidates.length, 2);
    // The file asked for early holds the first result.
    assert.deepEqual(typo.before, [typo.first]);
    // Words that leave many posts (or a word with no typo to look up) ask for nothing early.
    assert.deepEqual((await early('cuba comrdes')).before, []);
    assert.deepEqual((await early('djibo bakary')).before, []);
  });

  it('checks a phrase on the words’ positions, without the posts', async () => {
    for (const { source } of [seed, small]) {
      const searcher = new Searcher(source);
      const phrase = await searcher.search('"good comrades"', undefined, 10);
      assert.deepEqual(
        phrase.map((r) => r.id),
        ['china-and-cuba-good-friends-good-comrades-and-good-brothers'],
      );
      assert.deepEqual(await searcher.search('"comrades good"', undefined, 10), []);
      // A word the archive lacks takes the words it may be a typo of, in its place and no other.
      assert.deepEqual(
        (await searcher.search('"good comrdes"', undefined, 10)).map((r) => r.id),
        ['china-and-cuba-good-friends-good-comrades-and-good-brothers'],
      );
      assert.deepEqual(await searcher.search('"comrdes good"', undefined, 10), []);
      // And a phrase still being typed (the quote open, the last word unfinished) takes the words it starts.
      assert.deepEqual(
        (await searcher.search('"good comr', undefined, 10)).map((r) => r.id),
        ['china-and-cuba-good-friends-good-comrades-and-good-brothers'],
      );
    }
  });

  it('is smaller than lunr’s serialisation by more than half (gzipped), positions aside', () => {
    const index = [...seed.files].filter(([name]) => /^search\/(shard|manifest|tail)/.test(name));
    const ours = index.reduce((sum, [, value]) => sum + gz(value), 0);
    assert.ok(ours * 2 < gz(buildLunr(articles).build()), `${ours}`);
  });

  it('finds the words one typo away wherever they are, from a dictionary shard or two', async () => {
    const vocabulary = new Set(
      [...small.files]
        .filter(([name]) => name.startsWith('search/shard-'))
        .flatMap(([, s]) => (s as SearchShard).terms.split(' ')),
    );
    const read = (by: 'prefix' | 'suffix', n: number) => small.source.typos(by, n);
    let tried = 0;
    for (const term of [...vocabulary].filter((t) => t.length >= 6 && !/\d/.test(t)).slice(0, 400)) {
      const i = 1 + (term.length % (term.length - 2));
      for (const typo of [term.slice(0, i) + term.slice(i + 1), `x${term.slice(1)}`, term.slice(0, -1) + 'q']) {
        if (vocabulary.has(typo)) continue;
        tried++;
        assert.ok((await typoCandidates(typo, false, read, small.manifest.typos)).includes(term), `${typo} → ${term}`);
      }
    }
    assert.ok(tried > 1000, String(tried));
    assert.ok(small.manifest.typos.prefix.length >= 5, String(small.manifest.typos.prefix.length));
  });

  it('finds them whatever the edit and wherever it is, and reads few shards for a word with a common ending', async () => {
    const vocabulary = new Set(
      [...small.files]
        .filter(([name]) => name.startsWith('search/shard-'))
        .flatMap(([, s]) => (s as SearchShard).terms.split(' ')),
    );
    // Dictionaries of small shards (300 characters): common starts and ends span several.
    const sink = memorySink();
    const boundaries = writeTypoDictionaries(vocabulary, sink, (by, n) => `${by}-${n}`, 300);
    let reads = 0;
    const read = async (by: 'prefix' | 'suffix', n: number) => {
      reads++;
      return sink.files.get(`${by}-${n}`) as TypoShard;
    };
    // Every edit at every place: a letter dropped, changed, added, two neighbours swapped.
    const edits = (t: string) =>
      [...t].flatMap((c, i) => [
        t.slice(0, i) + t.slice(i + 1),
        t.slice(0, i) + (c === 'q' ? 'z' : 'q') + t.slice(i + 1),
        t.slice(0, i) + 'q' + t.slice(i),
        ...(i + 1 < t.length ? [t.slice(0, i) + t[i + 1] + c + t.slice(i + 2)] : []),
      ]);
    let tried = 0;
    const words = [...vocabulary].filter((t) => t.length >= 4 && t.length <= 12 && /^[a-z]+$/.test(t));
    for (const term of words.filter((_, i) => i % 7 === 0)) {
      for (const typo of new Set(edits(term))) {
        if (typo.length < 4 || vocabulary.has(typo)) continue;
        tried++;
        assert.ok((await typoCandidates(typo, false, read, boundaries)).includes(term), `${typo} → ${term}`);
      }
    }
    assert.ok(tried > 3000, String(tried));
    // Words ending in `-ing` fill several of the suffix dictionary's shards; a finished word ending so is looked up
    // by a longer end, and a start, that span few.
    assert.ok(boundaries.suffix.filter((b) => b.startsWith('gni')).length >= 3);
    reads = 0;
    assert.ok((await typoCandidates('reveiving', false, read, boundaries)).includes('receiving'));
    assert.ok(reads <= 3, String(reads));
  });

  it('takes the words of a start from the term shard read for the word when it holds them all: the same words', async () => {
    const { manifest } = small;
    const vocabulary = new Set(
      [...small.files]
        .filter(([name]) => name.startsWith('search/shard-'))
        .flatMap(([, s]) => (s as SearchShard).terms.split(' ')),
    );
    let reads = 0;
    const read = async (by: 'prefix' | 'suffix', n: number) => {
      reads++;
      return small.source.typos(by, n);
    };
    // The shard a word would be in, as the engine reads it.
    const homeOf = async (word: string) => {
      const n = shardOf(manifest, word);
      return homeShard(new DecodedShard((await small.source.shard(n)) as SearchShard, n, manifest.head), manifest);
    };
    let withHome = 0;
    let without = 0;
    let tried = 0;
    for (const term of [...vocabulary].filter((t, i) => i % 5 === 0 && t.length >= 5 && /^[a-z]+$/.test(t))) {
      for (const typo of [
        term.slice(1),
        `${term.slice(0, -2)}q${term.slice(-1)}`,
        `${term.slice(0, 2)}x${term.slice(2)}`,
      ]) {
        if (vocabulary.has(typo)) continue;
        tried++;
        reads = 0;
        const plain = await typoCandidates(typo, false, read, manifest.typos);
        without += reads;
        reads = 0;
        const homed = await typoCandidates(typo, false, read, manifest.typos, await homeOf(typo));
        withHome += reads;
        assert.deepEqual(homed.sort(), plain.sort(), typo);
        assert.ok(homed.includes(term), `${typo} → ${term}`);
      }
    }
    assert.ok(tried > 500, String(tried));
    assert.ok(withHome < without * 0.75, `${withHome} of ${without}`);
  });
});

describe('analyzer', () => {
  it('keeps the stop words beside each indexed word: up to four each way, none across a line break', () => {
    const text = [
      'It was smaller neither in length nor in crew.',
      'Of the two, it is one of the few that are.',
      'A matter of it as it is not the end.',
    ].join('\n');
    const post = postTerms({ title: 'The end of it all', blocks: [{ kind: 'paragraph', lang: 'en', text }] });
    // A term's first and last positions' entries.
    const near = (term: string) => post.terms.find(([t]) => t === term)![3].split(' ');
    const at = (entry: string, distances: number[]) => distances.map((d) => stopAt(entry, d));
    const [the, of, it, was, neither, is, that, are, nor, as, not, all] =
      'the of it was neither is that are nor as not all'.split(' ').map(stopCode);
    // The title: `The end of it all`.
    assert.deepEqual(at(near('end')[0], [-1, -2, 1, 2, 3, 4]), [the, undefined, of, it, all, undefined]);
    assert.deepEqual(at(near('smaller')[0], [-1, -2, -3, 1, 2, 3]), [
      was,
      it,
      undefined,
      neither,
      stopCode('in'),
      undefined,
    ]);
    // `crew.` ends its line: `Of the` stand before `two` only.
    assert.deepEqual(at(near('crew')[0], [-1, -2, 1]), [stopCode('in'), nor, undefined]);
    assert.deepEqual(at(near('two')[0], [-1, -2, -3, 1, 2, 3]), [the, of, undefined, it, is, undefined]);
    assert.deepEqual(at(near('few')[0], [-1, -2, -3, 1, 2, 3]), [the, of, undefined, that, are, undefined]);
    // Seven stop words between `matter` and `end`: the first four after one, the last four before the other.
    assert.deepEqual(at(near('matter')[0], [-1, 1, 2, 3, 4, 5]), [stopCode('a'), of, it, as, it, undefined]);
    assert.deepEqual(at(near('end')[1], [-1, -2, -3, -4, -5, 1]), [the, not, is, it, undefined, undefined]);
    // Codes are distinct over the stop words the seed archive has.
    const met = [...new Set(articles.flatMap((a) => postTerms(a).stopWords).map(fold))];
    assert.ok(met.length > 100, String(met.length));
    assert.equal(new Set(met.map(stopCode)).size, met.length);
  });

  it('splits French elisions, folds accents and drops stop words', () => {
    assert.deepEqual(indexTerms('L’indépendance de José Martí', isStopWord), ['independance', 'jose', 'marti']);
    assert.deepEqual(indexTerms("l'esprit du Sawaba — «libération»", isStopWord), ['esprit', 'sawaba', 'liberation']);
    assert.deepEqual(indexTerms('The “Asian Century” and Black Presidents', isStopWord), [
      'asian',
      'century',
      'black',
      'presidents',
    ]);
  });

  it('reads the runs its word pattern matches, unit by unit (every UTF-16 code unit classed as the pattern does)', () => {
    const one = new RegExp(`^(?:${WORD.source})$`, 'u');
    for (let unit = 0; unit < 0x10000; unit++) {
      assert.equal(isSeparator(unit), !one.test(String.fromCharCode(unit)), unit.toString(16));
    }
    const text = `  L’«indépendance» — d'Œuvre: U.S. 30,000 km/h\t😀x 中文 ‘quoted’\u3000end…\ufeffz "a"b-c `;
    const byPattern = [...text.matchAll(WORD)].map((m) => [m.index, m[0]]);
    const byUnits: [number, string][] = [];
    for (let i = 0; i < text.length; i++) {
      if (isSeparator(text.charCodeAt(i))) continue;
      let end = i;
      while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
      byUnits.push([i, text.slice(i, end)]);
      i = end;
    }
    assert.deepEqual(byUnits, byPattern);
    assert.deepEqual(
      words(text, isStopWord).map((w) => text.slice(w.start, w.end)),
      ['L', 'indépendance', 'd', 'Œuvre', 'U.S', '30,000', 'km', 'h', 'x', '中文', 'quoted', 'end', 'z', 'a', 'b', 'c'],
    );
  });

  it('splits at CJK punctuation and full-width forms, and where an unspaced script meets another', () => {
    const read = (text: string) => words(text, isStopWord).map((w) => text.slice(w.start, w.end));
    assert.deepEqual(read('…导火索。Dunthiaen Nyltyou: 中国和古巴，友谊「加深」！（ok）'), [
      '导火索',
      'Dunthiaen',
      'Nyltyou',
      '中国和古巴',
      '友谊',
      '加深',
      'ok',
    ]);
    assert.deepEqual(read('中文Dunthiaen Dunthiaen中文 日本語とＧＰＳ 한국어Korean 𠀀𠀁abc'), [
      '中文',
      'Dunthiaen',
      'Dunthiaen',
      '中文',
      '日本語と',
      'ＧＰＳ',
      '한국어',
      'Korean',
      '𠀀𠀁',
      'abc',
    ]);
    // Runs of one script stay whole: kana with their prolonged sound mark, digits with either script, accents.
    assert.deepEqual(read('カーナビ 1948年10月 Café3 naïve U.S.'), ['カーナビ', '1948年10月', 'Café3', 'naïve', 'U.S']);
  });

  it('knows where each word stands, for highlights', () => {
    const text = '“Free India, Free China!”';
    assert.deepEqual(
      words(text, isStopWord).map((w) => text.slice(w.start, w.end)),
      ['Free', 'India', 'Free', 'China'],
    );
  });

  it('reads a word met before as it read it the first time, among tens of thousands (runs kept by hash)', () => {
    // Each run read with a fresh stop word list (nothing kept) against the same runs read again and again.
    const runs = Array.from({ length: 30_000 }, (_, i) => `«Wörd${i.toString(36)}»,`);
    const text = [...runs, ...runs.slice(0, 500), 'l’État', 'État', '中文Dunthiaen', 'Dunthiaen', 'ab', 'ba'].join(' ');
    const fresh = (t: string) => words(t, (w) => isStopWord(w));
    const again = words(text, isStopWord);
    assert.deepEqual(words(text, isStopWord), again);
    assert.deepEqual(again, fresh(text));
    assert.equal(again.length, 30_500 + 8);
    assert.deepEqual(
      again.slice(-8).map((w) => w.term),
      ['l', 'etat', 'etat', '中文', 'dunthiaen', 'dunthiaen', 'ab', 'ba'],
    );
  });
});

describe('reading a query', () => {
  it('treats lunr syntax as text, quotes as phrases, and the last word as unfinished', () => {
    const q = parseQuery('title:foo~2 +bar -baz^3 "good friends" cub', isStopWord);
    assert.deepEqual(
      q.words.map((w) => w.term),
      ['title', 'foo', '2', 'bar', 'baz', '3', 'good', 'friends', 'cub'],
    );
    assert.deepEqual(q.phrases, [['good', 'friends']]);
    assert.deepEqual(
      q.words.filter((w) => w.partial).map((w) => w.term),
      ['cub'],
    );
    assert.equal(parseQuery('cuba ', isStopWord).words.at(-1)!.partial, false);
    assert.deepEqual(parseQuery('«bien-être» du Niger', isStopWord).phrases, [['bien', 'etre']]);
    assert.deepEqual(parseQuery('"unclosed phrase here', isStopWord).phrases, [['unclosed', 'phrase', 'here']]);
  });

  it('reads at most 256 characters and 12 words', () => {
    assert.ok(parseQuery('word '.repeat(2000), isStopWord).words.length <= 12);
    assert.equal(parseQuery('x'.repeat(10_000), isStopWord).words[0].term.length, 256);
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
