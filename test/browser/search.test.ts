/** search() as a partner's code calls it: what a reader typed in, ranked posts with marked excerpts out. */
import { expect } from '@open-wc/testing';
import { SEARCH_DEFAULTS, articles, search, searchHits, useData } from '../../src/index.js';
import type { SearchResult } from '../../src/index.js';
import { dataStore } from '../../src/runtime/data/store.js';

function wellFormed(r: SearchResult) {
  expect(r.id).to.match(/^[a-z0-9-]+$/);
  expect(r.title).to.be.a('string').and.not.empty;
  expect(r.lang).to.match(/^[a-z]{2}$/);
  expect(r.excerpt).to.be.a('string');
  for (const [text, ranges] of [
    [r.excerpt, r.highlights],
    [r.title, r.titleHighlights],
  ] as const) {
    let previous = -1;
    for (const [start, end] of ranges) {
      expect(start).to.be.at.least(0);
      expect(end).to.be.greaterThan(start);
      expect(end).to.be.at.most(text.length);
      expect(start).to.be.at.least(previous);
      previous = end;
    }
  }
}

const marks = (r: SearchResult) => r.highlights.map(([s, e]) => r.excerpt.slice(s, e));

describe('search()', () => {
  it('finds José Martí without accents, with the words marked in the excerpt', async () => {
    const [first] = await search('Jose Marti');
    expect(first.id).to.equal('chinas-assistance-to-cuba-a-part-of-global-opposition-to');
    expect(marks(first)).to.include.members(['José', 'Martí']);
  });

  it('completes the word being typed', async () => {
    const results = await search('Dien Bien Ph');
    expect(results[0].id).to.equal('dien-bien-phu-victory-through-the-memory-of-chinese-senior');
    expect(marks(results[0]).map((m) => m.toLowerCase())).to.include('phu');
  });

  it('forgives one typo in a longer word', async () => {
    expect((await search('Smederovo steel'))[0].id).to.equal('xi-jinping-extends-may-day-greetings-to-chinas-working');
  });

  it('matches inflected forms, English and French', async () => {
    const english = (await search('decolonise')).map((r) => r.id);
    expect(english.slice(0, 2)).to.have.members(['quiet-please-were-decolonising', 'silence-on-decolonise']);
    const french = await search('indépendance ');
    expect(french[0].id).to.equal('silence-on-decolonise');
  });

  it('requires every word when that gives results, and falls back to fewer when it does not', async () => {
    const both = await search('Skerrit hurricanes');
    expect(both.map((r) => r.id)).to.deep.equal(['roosevelt-skerrit-china-dominica-relations-have-become-a']);
    const some = await search('Skerrit zzzyzx');
    expect(some.length).to.be.greaterThan(0);
    expect(some[0].id).to.equal('roosevelt-skerrit-china-dominica-relations-have-become-a');
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const phrase = await search('"good comrades"');
    expect(phrase.map((r) => r.id)).to.deep.equal(['china-and-cuba-good-friends-good-comrades-and-good-brothers']);
    expect(marks(phrase[0]).join(' ').toLowerCase()).to.contain('good comrades');
    // The same words apart, in any post, do not make the phrase.
    expect(await search('"comrades good"')).to.deep.equal([]);
    // Its stop words count too (read from the stop words the index keeps beside each word's position).
    expect((await search('"comrades and good"')).map((r) => r.id)).to.deep.equal([
      'china-and-cuba-good-friends-good-comrades-and-good-brothers',
    ]);
    expect(await search('"comrades of good"')).to.deep.equal([]);
  });

  it('says which section or reprinted piece the match is in', async () => {
    const [hit] = await search('Haryana Harlem');
    expect(hit.id).to.equal('marcus-garvey-mao-and-gandhi-notes-on-black-asian');
    expect(hit.section).to.equal('Haryana to Harlem');
    const [cuba] = await search('Luo Zhaohui');
    expect(cuba.section).to.equal('China’s helping hand');
  });

  it('ranks a post about a person above posts that name them once', async () => {
    const results = await search('Skerrit');
    expect(results[0].id).to.equal('roosevelt-skerrit-china-dominica-relations-have-become-a');
    expect(results.map((r) => r.id)).to.include('the-story-of-chinese-doctors-overseas');
  });

  it('filters by language and honours the limit, within its bounds', async () => {
    const fr = await search('Niger', { lang: 'fr' });
    expect(fr.map((r) => r.lang)).to.deep.equal(['fr']);
    expect(await search('china', { limit: 3 })).to.have.length(3);
    expect(await search('china')).to.have.length(SEARCH_DEFAULTS.limit);
    expect(await search('china', { limit: 0 })).to.have.length(SEARCH_DEFAULTS.minLimit);
    expect((await search('the', { limit: 500 })).length).to.be.at.most(SEARCH_DEFAULTS.maxLimit);
  });

  it('ignores options of the wrong kind, with one console warning, and never throws', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const plain = (await search('Cuba')).map((r) => r.id);
      for (let i = 0; i < 3; i++) {
        expect((await search('Cuba', null as never)).map((r) => r.id)).to.deep.equal(plain);
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('search options');
      expect((await search('Cuba', { lang: 5, limit: 'many' } as never)).map((r) => r.id)).to.deep.equal(plain);
      expect(await search(undefined as never)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('gives ranked hits first: the first result loads alone, from one small fragment, not the post', async () => {
    const store = dataStore();
    const read: string[] = [];
    useData({ read: (name) => (read.push(name), store.read(name)) });
    try {
      const hits = await searchHits('Sawaba', { limit: 5 });
      expect(hits.length).to.be.greaterThan(1);
      expect(read.filter((n) => n.startsWith('search/frag-'))).to.deep.equal([]);
      const first = await hits[0].result();
      expect(read.filter((n) => n.startsWith('search/frag-'))).to.have.length(1);
      expect(read.filter((n) => n.startsWith('posts/') || n.startsWith('catalog'))).to.deep.equal([]);
      expect(first).to.deep.equal((await search('Sawaba', { limit: 5 }))[0]);
      expect(hits.map((h) => h.rank)).to.deep.equal(hits.map((_, i) => i));
    } finally {
      useData(store);
    }
  });

  it('finds, for each judged query, a post the reader meant in the top 3 (MRR ≥ 0.95)', async () => {
    const judged: { queries: { q: string; relevant: string[] }[] } = await (
      await fetch(new URL('../fixtures/judged-queries.json', import.meta.url))
    ).json();
    let reciprocal = 0;
    const misses: string[] = [];
    for (const { q, relevant } of judged.queries) {
      const ids = (await search(q)).map((r) => r.id);
      const rank = ids.findIndex((id) => relevant.includes(id)) + 1;
      if (!rank || rank > 3) misses.push(`${q} → ${ids.slice(0, 3).join(', ')}`);
      reciprocal += rank ? 1 / rank : 0;
    }
    expect(misses).to.deep.equal([]);
    expect(reciprocal / judged.queries.length).to.be.at.least(0.95);
  });

  it('never throws, whatever is typed: 10,000 random queries, every result well-formed', async function () {
    this.timeout(120_000);
    const vocabulary = (await articles()).flatMap((a) => `${a.title} ${a.excerpt}`.split(/\s+/));
    const pieces = [
      'foo:',
      ':',
      'body:',
      'title:',
      '~',
      '~2',
      '^',
      '^10',
      '+',
      '-',
      '*',
      '**',
      '"',
      '“',
      '«',
      '»',
      "'",
      '’',
      '\\',
      '/',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '😀',
      '👩‍👩‍👧',
      'مرحبا بالعالم',
      '中华人民共和国',
      '北京',
      'ñ',
      'Ⅻ',
      '\u202e',
      '\u200b',
      '\t',
      '\n',
      ' ',
      '  ',
      '',
      '0',
      '1956',
      '12,345',
      'x'.repeat(300),
    ];
    // A seeded generator: a failure can be replayed.
    let seed = 20261128;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const failures: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const n = 1 + Math.floor(random() * 6);
      let q = Array.from({ length: n }, () => (random() < 0.5 ? pick(vocabulary) : pick(pieces))).join(
        random() < 0.7 ? ' ' : '',
      );
      if (i % 1000 === 0) q = q.repeat(10_000 / Math.max(1, q.length)).slice(0, 10_000);
      try {
        for (const r of await search(q, { limit: 3 })) wellFormed(r);
      } catch (err) {
        failures.push(`${JSON.stringify(q.slice(0, 80))}: ${err}`);
        if (failures.length > 5) break;
      }
    }
    expect(failures).to.deep.equal([]);
  });
});
