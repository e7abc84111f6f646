/** The paragraph aligner: synthetic cases with known answers, and the archive's translated pair read by a person. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Link, type Segment, align } from '../../src/core/align/aligner.js';
import { unitsOf } from '../../src/core/align/units.js';
import { loadContent } from '../../src/pipeline/content.js';

/** Deterministic pseudo-random numbers, so every run makes the same texts. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A paragraph of `length` characters carrying `anchors` (numbers) among filler words. */
function paragraph(length: number, anchors: string[], rnd: () => number, lang = 'en'): Segment {
  const words = [...anchors];
  let text = '';
  while (text.length < length) {
    text += `${words.length && rnd() < 0.15 ? words.shift() : 'lorem ipsum dolor'.split(' ')[Math.floor(rnd() * 3)]} `;
  }
  return { text: `${text}${words.join(' ')}`.trim(), lang };
}

const show = (links: Link[]) => links.map((l) => `${l.a.join('+') || '-'}:${l.b.join('+') || '-'}`).join(' ');

describe('aligner on synthetic cases', () => {
  const rnd = random(7);
  const a = [300, 120, 450, 200, 380].map((n, i) => paragraph(n, [`${1900 + i}`], rnd));
  const tr = (s: Segment, k = 1.15): Segment => ({
    text: s.text + 'x'.repeat(Math.round(s.text.length * (k - 1))),
    lang: 'fr',
  });

  it('pairs a faithful translation one to one', () => {
    assert.equal(
      show(
        align(
          a,
          a.map((s) => tr(s)),
        ),
      ),
      '0:0 1:1 2:2 3:3 4:4',
    );
  });

  it('finds a paragraph the translator split in two (1-2) and two merged into one (2-1)', () => {
    const split = [
      tr(a[0]),
      tr(a[1]),
      { text: tr(a[2]).text.slice(0, 250), lang: 'fr' },
      { text: tr(a[2]).text.slice(250), lang: 'fr' },
      tr(a[3]),
      tr(a[4]),
    ];
    assert.equal(show(align(a, split)), '0:0 1:1 2:2+3 3:4 4:5');
    const merged = [tr(a[0]), { text: tr(a[1]).text + tr(a[2]).text, lang: 'fr' }, tr(a[3]), tr(a[4])];
    assert.equal(show(align(a, merged)), '0:0 1+2:1 3:2 4:3');
  });

  it('leaves a paragraph one version lacks on its own (1-0, 0-1)', () => {
    assert.equal(
      show(
        align(
          a,
          [a[0], a[1], a[3], a[4]].map((s) => tr(s)),
        ),
      ),
      '0:0 1:1 2:- 3:2 4:3',
    );
    const extra = paragraph(260, ['1777'], rnd, 'fr');
    assert.equal(show(align(a, [tr(a[0]), tr(a[1]), extra, tr(a[2]), tr(a[3]), tr(a[4])])), '0:0 1:1 -:2 2:3 3:4 4:5');
  });

  it('finds one paragraph that translates three (3-1) and three that translate one (1-3)', () => {
    const three = { text: tr(a[1]).text + tr(a[2]).text + tr(a[3]).text, lang: 'fr' };
    assert.equal(show(align(a, [tr(a[0]), three, tr(a[4])])), '0:0 1+2+3:1 4:2');
    const split = (s: Segment) =>
      [0, 1, 2].map((k) => ({
        text: s.text.slice((k * s.text.length) / 3, ((k + 1) * s.text.length) / 3),
        lang: 'fr',
      }));
    assert.equal(
      show(align(a, [tr(a[0]), tr(a[1]), ...split(tr(a[2])), tr(a[3]), tr(a[4])])),
      '0:0 1:1 2:2+3+4 3:5 4:6',
    );
  });

  it('leaves an extra paragraph of a short pair on its own, however few paragraphs tell the ratio', () => {
    const en = [
      'Title',
      'In 1958 the Sawaba led Niger’s first government, under Djibo Bakary.',
      'France overthrew it in 1959.',
    ];
    const fr = [
      'Titre',
      'En 1958, le Sawaba dirigeait le premier gouvernement du Niger, sous Djibo Bakary.',
      'La France l’a renversé en 1959.',
      'Un paragraphe de plus, que la version anglaise n’a pas : la guérilla de 1964 et la répression qui suivit.',
    ];
    const seg = (lang: string) => (text: string, i: number) => ({ text, lang, kind: i ? 'paragraph' : 'heading' });
    assert.equal(show(align(fr.map(seg('fr')), en.map(seg('en')))), '0:0 1:1 2:2 3:-');
  });

  it('follows anchors where lengths cannot tell which paragraph is missing', () => {
    // Three paragraphs of the same length; the translation keeps the first and the last. Only the years say so.
    const same = ['1958', '1964', '1991'].map((year) => paragraph(300, [year], random(3)));
    const b = [same[0], same[2]].map((s) => tr(s));
    assert.equal(show(align(same, b)), '0:0 1:- 2:1');
    const c = [same[0], same[1]].map((s) => tr(s));
    assert.equal(show(align(same, c)), '0:0 1:1 2:-');
  });

  it('never pairs text in the same language, and stays in order when anchors are reordered', () => {
    const own = { text: a[0].text, lang: 'en' };
    assert.equal(show(align(a.slice(0, 2), [own, tr(a[0]), tr(a[1])])), '-:0 0:1 1:2');
    // Anchors of b in the opposite order: the alignment stays monotonic, never crossing.
    const links = align(
      a,
      [...a].reverse().map((s) => tr(s)),
    );
    let lastA = -1;
    let lastB = -1;
    for (const l of links) {
      for (const i of l.a) {
        assert.ok(i > lastA);
        lastA = i;
      }
      for (const j of l.b) {
        assert.ok(j > lastB);
        lastB = j;
      }
    }
  });

  it('is deterministic, and aligns 1,000 × 1,000 paragraphs with merges and omissions', () => {
    const r = random(42);
    const big = Array.from({ length: 1000 }, (_, i) =>
      paragraph(80 + Math.floor(r() * 500), r() < 0.4 ? [`${10000 + i}`] : [], r),
    );
    const gold: Link[] = [];
    const b: Segment[] = [];
    for (let i = 0; i < big.length; i++) {
      const roll = r();
      if (roll < 0.02) gold.push({ a: [i], b: [] });
      else if (roll < 0.04 && i + 1 < big.length) {
        gold.push({ a: [i, i + 1], b: [b.length] });
        b.push({ text: tr(big[i], 1.1 + r() * 0.1).text + tr(big[i + 1], 1.1 + r() * 0.1).text, lang: 'fr' });
        i++;
      } else {
        gold.push({ a: [i], b: [b.length] });
        b.push(tr(big[i], 1.05 + r() * 0.2));
      }
    }
    while (b.length < 1000) (b.push(paragraph(200, [], r, 'fr')), gold.push({ a: [], b: [b.length - 1] }));
    const links = align(big, b);
    assert.deepEqual(align(big, b), links, 'deterministic');
    const want = new Set(gold.map((l) => JSON.stringify([l.a, l.b])));
    const right = links.filter((l) => want.has(JSON.stringify([l.a, l.b]))).length;
    assert.ok(right / gold.length > 0.95, `${right} of ${gold.length} links right`);
  });
});

describe('aligner on the archive’s translated pair', () => {
  const posts = loadContent('content');
  const en = unitsOf(posts.find((p) => p.id === 'quiet-please-were-decolonising')!.blocks);
  const fr = unitsOf(posts.find((p) => p.id === 'silence-on-decolonise')!.blocks);

  it('matches the alignment a bilingual reader made', () => {
    // Read from both texts: each post's editorial introduction is its own; the article pairs paragraph by
    // paragraph; the English byline is two lines in French; the French runs one paragraph further.
    const begins = (units: typeof en, i: number) => units[i].text.slice(0, 24);
    const links = align(en, fr).map((l) => [l.a.map((i) => begins(en, i)), l.b.map((i) => begins(fr, i))]);
    const pair = (e: number[], f: number[]) => [e.map((i) => begins(en, i)), f.map((i) => begins(fr, i))];
    assert.deepEqual(links, [
      pair([], [0]),
      pair([], [1]),
      ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => pair([i], [])),
      pair([10], [2]),
      pair([11], [3]),
      pair([12], [4]),
      pair([13], [5]),
      pair([14], [6]),
      pair([15], [7]),
      pair([16], [8]),
      pair([17], [9, 10]),
      pair([18], [11]),
      pair([], [12]),
    ]);
    assert.equal(begins(en, 10), 'When Niger’s military go');
    assert.equal(begins(fr, 2), 'Lorsque le gouvernement ');
    assert.equal(begins(fr, 12), 'Comme c’était différent ');
  });

  it('is sure of every link it got right here (confidence ≥ 0.7), introductions included', () => {
    for (const link of align(en, fr)) {
      assert.ok(link.confidence! >= 0.7 && link.confidence! <= 1, `${JSON.stringify(link)}`);
    }
  });

  it('finds the same pairs with the French first', () => {
    const forward = align(en, fr).map((l) => JSON.stringify([l.a, l.b]));
    const backward = align(fr, en).map((l) => JSON.stringify([l.b, l.a]));
    assert.deepEqual(new Set(backward), new Set(forward));
  });
});
