/**
 * A post's excerpt windows take their words from the words its fields were read into for the index
 * (search-fragments.ts): the same windows, terms and all, as reading each window's text on its own, on text cut at
 * sentence ends, inside long unspaced words, between scripts, in headings, lists, quotations and nested reprints.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../../src/core/post.js';
import { candidateWindows, chooseWindows, rarityIn } from '../../src/pipeline/search-fragments.js';
import { readFields } from '../../src/pipeline/search-index.js';
import { seededRandom } from './seeded-random.js';

const TOKENS = [
  'word',
  ' ',
  ' ',
  'the',
  'Cuba',
  '. ',
  '! ',
  ', ',
  'l’État',
  '中文',
  'Dunthiaen',
  '。',
  '…',
  '\n',
  '—',
  'x'.repeat(90),
  'ab.cd',
  '(note)',
  '“quoted”',
  '12,000',
  'e\u0301',
  '😀',
  'Москва',
  'عربي',
];

function text(next: () => number, length: number): string {
  let t = 'Start';
  while (t.length < length) t += TOKENS[Math.floor(next() * TOKENS.length)];
  return t;
}

function post(next: () => number): { title: string; blocks: Block[] } {
  const t = (n: number) => text(next, Math.floor(next() * n));
  const lang = 'en';
  return {
    title: t(80),
    blocks: [
      { kind: 'paragraph', lang, text: t(900) },
      { kind: 'heading', lang, text: t(60) },
      { kind: 'quote', lang, paragraphs: [t(400), t(300)] },
      { kind: 'list', lang, items: [t(200), t(50)] },
      {
        kind: 'reprint',
        lang: 'fr',
        heading: t(60),
        origin: t(250),
        outlet: 'Le Monde',
        blocks: [
          { kind: 'paragraph', lang: 'fr', text: t(700) },
          { kind: 'heading', lang: 'fr', text: t(40) },
          { kind: 'reprint', lang: 'fr', origin: t(100), blocks: [{ kind: 'paragraph', lang: 'fr', text: t(500) }] },
        ],
      },
      { kind: 'caption', lang, text: t(120) },
      { kind: 'byline', lang, lines: [t(30)] },
    ],
  };
}

describe('candidate windows', () => {
  it('are the same with the words read for the index as with each window read alone (300 random posts)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const article = post(seededRandom(seed));
      assert.deepEqual(
        candidateWindows(article.blocks, 'en', readFields(article)),
        candidateWindows(article.blocks, 'en'),
        `seed ${seed}`,
      );
    }
  });

  it('read a window cut inside a long word on its own', () => {
    const long = `${'y'.repeat(400)} tail`;
    const article = { title: 'T', blocks: [{ kind: 'paragraph', lang: 'en', text: long } as Block] };
    const { terms, windows } = candidateWindows(article.blocks, 'en', readFields(article));
    assert.deepEqual(
      windows.map((w) => w[3].map((t) => terms[t])),
      [['y'.repeat(170)], ['y'.repeat(170)], ['y'.repeat(60), 'tail']],
    );
  });

  it('are chosen rarest words first: a heading with a name found nowhere else beats paragraphs of middling words', () => {
    // Sentences of twelve words each from a pool of sixty, each word in 200 of 5,000 posts; the name in one post.
    const pool = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
    const sentence = (k: number) => `${pool.slice((k * 12) % 60, ((k * 12) % 60) + 12).join(' ')}.`;
    const blocks: Block[] = [
      ...Array.from({ length: 6 }, (_, k): Block => ({ kind: 'paragraph', lang: 'en', text: sentence(k) })),
      { kind: 'heading', lang: 'en', text: 'Zidwa Vustgluis' },
      { kind: 'paragraph', lang: 'en', text: sentence(6) },
    ];
    const rarity = rarityIn((term) => (term.startsWith('word') ? 200 : 1), 5000);
    const chosen = chooseWindows(candidateWindows(blocks, 'en'), rarity, 2);
    assert.ok(
      chosen.some((w) => w[1] === 'Zidwa Vustgluis'),
      chosen.map((w) => w[1]).join(' | '),
    );
  });
});
