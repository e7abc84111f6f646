/**
 * countWords and excerptOf read long texts in pieces (Intl.Segmenter is quadratic on one long string in Node 20):
 * on generated texts, seeded, they give what reading the whole text at once gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, excerptOf } from '../../src/core/text.js';

let state = 11;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const text = (tokens: readonly string[], length: number) => {
  let t = '';
  while (t.length < length) t += tokens[Math.floor(random() * tokens.length)];
  return t;
};

/** Words as Intl.Segmenter finds them in the whole text, in one go. */
function wholeCount(t: string, lang: string): number {
  let n = 0;
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(t)) if (s.isWordLike) n++;
  return n;
}

/** The excerpt as first written: the whole text collapsed, then cut. */
function wholeExcerpt(text: string, max = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const sentence = head.search(/[.!?…](?=\s[^.!?…]*$)/u);
  if (sentence > max * 0.5) return head.slice(0, sentence + 1);
  return `${head.replace(/\s+\S*$/u, '').replace(/[\s,;:–—-]+$/u, '')}…`;
}

const UNSPACED = [
  '中国',
  '共产党',
  '习近平',
  '。',
  '，',
  '、',
  '！',
  '？',
  ' ',
  '\n',
  'hello',
  '3.14',
  "don't",
  'e\u0301',
  '👍🏽',
  '👨‍👩‍👧',
  '🇫🇷🇨🇺',
  'ภาษาไทย',
  'カタカナ',
  'ひらがな',
  '\u200d',
  '\u0301',
  '1,000',
  '「',
  '」',
  ':',
];

describe('text measures on long texts', () => {
  it('countWords counts the words Intl.Segmenter finds in the whole text (Chinese, Thai, Japanese, emoji)', () => {
    for (let round = 0; round < 60; round++) {
      const t = text(UNSPACED, 3000 + Math.floor(random() * 9000));
      assert.equal(countWords(t, 'zh'), wholeCount(t, 'zh'), `round ${round}`);
    }
  });

  it('countWords counts, in spaced scripts, what the word pattern matches (marks, apostrophes, astral letters)', () => {
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
    const tokens = [
      'word',
      ' ',
      'l’a',
      "it's",
      '12.5',
      '-',
      '.',
      'é',
      'e\u0301',
      '\u0301',
      'Ça',
      'Москва',
      'عربي',
      '\ud835\udc00',
      '\ud800',
      '\udc00',
      '😀',
      '—',
      '_',
      '\u00a0',
      '1,000',
      'x-y',
      '\n',
    ];
    for (let round = 0; round < 300; round++) {
      const t = text(tokens, Math.floor(random() * 2000));
      assert.equal(countWords(t, 'en'), [...t.matchAll(WORD)].length, JSON.stringify(t));
    }
  });

  it('excerptOf cuts a long text as collapsing the whole text first cuts it', () => {
    const tokens = ['word', ' ', '  ', '\n', '\t', '.', 'end.', 'Ça', '—', '!', '?', '…', '\u00a0', 'x-y'];
    for (let round = 0; round < 300; round++) {
      const t = text(tokens, Math.floor(random() * 4000));
      for (const padded of [t, `${' '.repeat(2000)}${t}`, `${t}${'\n'.repeat(1800)}`]) {
        assert.equal(excerptOf(padded), wholeExcerpt(padded));
      }
    }
  });
});
