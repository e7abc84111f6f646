/**
 * The window a search result shows around its match (src/core/search/excerpt-window.ts), on text a partner's
 * archive may hold: Chinese and Japanese without spaces, emoji (ZWJ sequences, flags, skin tones), Arabic, long
 * URLs, matches at the very start and end, megabytes of text, hits that make no sense, and no Intl.Segmenter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXCERPT_LENGTH, type ExcerptWindow, type Span, excerptWindow } from '../../src/core/search/excerpt-window.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** A hit on the `n`-th occurrence of `word`. */
function hit(text: string, word: string, n = 0): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `no ${word}`);
  return { start: at, end: at + word.length };
}

/**
 * What every excerpt holds: bounded, whole characters at both ends, the text's own words in order, the first hit
 * inside and marked whole; returns where in the text the excerpt starts.
 */
function check(text: string, hits: Span[], r: ExcerptWindow, cut = excerptWindow): number {
  assert.deepEqual(cut(text, hits), r, 'the same input gives the same window');
  assert.ok(r.text.length <= EXCERPT_LENGTH + 2, `${r.text.length} characters`);
  assert.doesNotMatch(r.text, LONE_SURROGATE);
  const prefix = r.text.startsWith('…') && !text.startsWith('…') ? 1 : 0;
  const suffix = r.text.endsWith('…') && !text.endsWith('…') ? 1 : 0;
  const body = r.text.slice(prefix, r.text.length - suffix);
  // The first hit, widened to whole characters if it splits one, is marked.
  // Segment from before the place, and from the start of a run of flags, so that they pair up as in the whole text.
  const near = (at: number) => {
    let from = Math.max(0, at - 64);
    if (/[\uDC00-\uDFFF]/u.test(text[from] ?? '')) from--;
    while (from >= 2 && /^\p{RI}$/u.test(text.slice(from - 2, from))) from -= 2;
    return from;
  };
  const boundaries = (from: number, to: number) => {
    const at = near(from);
    return new Set([...graphemes.segment(text.slice(at, to + 64))].map((g) => g.index + at).concat(text.length));
  };
  const [first] = hits;
  const around = boundaries(first.start, first.end);
  const hitStart = Math.max(...[...around].filter((b) => b <= first.start));
  const hitEnd = Math.min(...[...around].filter((b) => b >= first.end));
  const [s, e] = r.highlights[0];
  const shown = r.text.slice(s, e);
  assert.ok(shown.length > 0 && text.slice(hitStart, hitEnd).startsWith(shown), 'the match is inside, whole');
  const start = hitStart - (s - prefix);
  assert.equal(text.slice(start, start + body.length), body, 'the excerpt is the text’s own');
  const bounds = boundaries(start, start + body.length);
  assert.ok(bounds.has(start) && bounds.has(start + body.length), 'cut between characters');
  assert.equal(prefix === 1, /\S/u.test(text.slice(0, start)), 'an ellipsis where text is left out, only there');
  assert.equal(suffix === 1, /\S/u.test(text.slice(start + body.length)));
  let previous = -1;
  for (const [a, b] of r.highlights) {
    assert.ok(a >= prefix && b <= r.text.length - suffix && a < b && a >= previous);
    previous = b;
  }
  return start;
}

const CHINESE =
  '中华人民共和国成立以来，中国和古巴的友谊不断加深。两国人民在反对帝国主义的斗争中互相支持，建立了深厚的友谊。今天，我们在北京举行会议，回顾过去，展望未来。';
const JAPANESE =
  'これは日本語の文章です。東京で会議が開かれ、多くの国から参加者が来ました。皆さんは平和について話し合いました。';
const ARABIC = 'قال الرئيس إن العلاقات بين البلدين قوية جدا وإن التعاون سيستمر في جميع المجالات الاقتصادية والثقافية. ';

describe('excerpt window', () => {
  it('returns a text that fits whole, with its hits', () => {
    const text = 'José Martí International Airport in Havana.';
    const r = excerptWindow(text, [hit(text, 'Martí')]);
    assert.deepEqual(r, { text, highlights: [[5, 10]] });
  });

  it('cuts spaced text at a sentence start in the lead or a word start, and at a word end', () => {
    const text = `${'The quick brown fox jumps over the lazy dog, and runs. '.repeat(6)}A match stands here, in the middle. ${'Then the story goes on for a while, word after word. '.repeat(6)}`;
    const r = excerptWindow(text, [hit(text, 'match')]);
    const start = check(text, [hit(text, 'match')], r);
    assert.ok(r.text.startsWith('…The quick') || r.text.startsWith('…A match'), r.text);
    assert.match(text[start - 1], /\s/u);
    assert.doesNotMatch(r.text, /[\s,;:]…$/u);
    assert.match(text.slice(start + r.text.length - 2, start + r.text.length - 1), /[\s,.]/u, 'ends at a word end');
  });

  for (const [name, text, word] of [
    ['Chinese', CHINESE.repeat(10), '北京'],
    ['Japanese', JAPANESE.repeat(10), '東京'],
    ['a word followed by emoji', `Solidarity${'👍🏽🎉😀'.repeat(200)}`, 'Solidarity'],
  ] as const) {
    it(`keeps ${name} within the budget of spaced text, on whole characters`, () => {
      for (const n of [0, 4, 9]) {
        const hits = [hit(text, word, word === 'Solidarity' ? 0 : n)];
        const r = excerptWindow(text, hits);
        check(text, hits, r);
        assert.ok(r.text.length >= EXCERPT_LENGTH - 40, `uses its budget: ${r.text.length}`);
      }
    });
  }

  it('cuts Chinese between words, not only between characters', () => {
    const text = CHINESE.repeat(10);
    const r = excerptWindow(text, [hit(text, '古巴', 5)]);
    const start = check(text, [hit(text, '古巴', 5)], r);
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const bounds = new Set([...words.segment(text)].map((w) => w.index));
    assert.ok(bounds.has(start), 'starts at a word');
    assert.ok(bounds.has(start + r.text.length - 2), 'ends at a word');
  });

  it('never splits an emoji sequence: ZWJ families, flags, skin tones', () => {
    const text = `Families ${'👨‍👩‍👧‍👦🇫🇷🇯🇵👋🏿 '.repeat(40)}and flags 🏳️‍🌈 at the end${'🇳🇪'.repeat(100)}`;
    for (const word of ['Families', 'flags', '🏳️‍🌈'])
      check(text, [hit(text, word)], excerptWindow(text, [hit(text, word)]));
    // A hit in the middle of an emoji, as no analyzer should give: marked on the whole emoji.
    const family = hit(text, '👨‍👩‍👧‍👦', 20);
    const r = excerptWindow(text, [{ start: family.start + 3, end: family.start + 5 }]);
    const [s, e] = r.highlights[0];
    assert.equal(r.text.slice(s, e), '👨‍👩‍👧‍👦');
    assert.doesNotMatch(r.text, LONE_SURROGATE);
  });

  it('cuts Arabic at spaces', () => {
    const text = ARABIC.repeat(10);
    const hits = [hit(text, 'التعاون', 4)];
    const r = excerptWindow(text, hits);
    const start = check(text, hits, r);
    assert.match(text[start - 1], /\s/u);
  });

  it('shows a match inside a long URL, with the word whole', () => {
    const url = `https://example.org/archive/2024/${'long-path-segment-'.repeat(12)}decolonising-niger-sawaba/${'x'.repeat(400)}?ref=${'y'.repeat(300)}`;
    const text = `Read the whole piece at ${url} before the webinar.`;
    for (const word of ['decolonising', 'sawaba', 'webinar', 'ref']) {
      const r = excerptWindow(text, [hit(text, word)]);
      check(text, [hit(text, word)], r);
      assert.ok(r.text.length > 40, `${word}: ${r.text}`);
    }
    // One unbroken run of 5,000 letters with the match inside it.
    const blob = `${'a'.repeat(2500)}needle${'b'.repeat(2500)}`;
    check(blob, [hit(blob, 'needle')], excerptWindow(blob, [hit(blob, 'needle')]));
  });

  it('handles a match at the very start and at the very end', () => {
    for (const text of [CHINESE.repeat(6), `${'word '.repeat(100)}end`, `${'😀'.repeat(300)}`]) {
      const first = { start: 0, end: 2 };
      const last = { start: text.length - 2, end: text.length };
      const a = excerptWindow(text, [first]);
      check(text, [first], a);
      assert.ok(!a.text.startsWith('…'));
      const z = excerptWindow(text, [last]);
      check(text, [last], z);
      assert.ok(!z.text.endsWith('…') && z.text.length >= EXCERPT_LENGTH - 40, z.text);
    }
  });

  it('stays bounded on megabytes of text', () => {
    const text = `${CHINESE.repeat(20000)} ${'word '.repeat(100000)}${'🇫🇷'.repeat(5000)}`;
    assert.ok(text.length > 2_000_000);
    for (const at of [10, Math.floor(text.length / 2), text.length - 1000, text.length - 3]) {
      const hits = [{ start: at, end: at + 2 }];
      check(text, hits, excerptWindow(text, hits));
    }
  });

  it('marks every hit that fits, and only those', () => {
    const text = `${'Filler words before the matches. '.repeat(5)}Cuba and China, good friends and good comrades. ${'More words after them. '.repeat(10)}`;
    const hits = ['Cuba', 'China', 'comrades', 'More'].map((w) => hit(text, w));
    hits.push(hit(text, 'More', 9));
    const r = excerptWindow(text, hits);
    check(text, hits, r);
    const marked = r.highlights.map(([s, e]) => r.text.slice(s, e));
    assert.deepEqual(marked.slice(0, 3), ['Cuba', 'China', 'comrades']);
    assert.ok(marked.length < hits.length, 'a hit past the window is left out');
  });

  it('takes hits that make no sense without an exception', () => {
    const text = CHINESE.repeat(5);
    for (const hits of [
      [],
      [{ start: NaN, end: 3 }],
      [{ start: -50, end: -10 }],
      [{ start: 40, end: 20 }],
      [{ start: text.length + 10, end: text.length + 20 }],
      [{ start: 3.7, end: Infinity }],
    ]) {
      const r = excerptWindow(text, hits as Span[]);
      assert.ok(r.text.length <= EXCERPT_LENGTH + 2);
      assert.doesNotMatch(r.text, LONE_SURROGATE);
    }
    const r = excerptWindow(text, [{ start: 3.7, end: Infinity }]);
    assert.equal(r.highlights.length, 1, 'a hit to the end of the text is cut at the window’s end');
  });

  it('works where Intl.Segmenter is missing (Firefox before 125)', () => {
    const original = Object.getOwnPropertyDescriptor(Intl, 'Segmenter')!;
    try {
      delete (Intl as { Segmenter?: unknown }).Segmenter;
      for (const [text, word, n] of [
        [CHINESE.repeat(10), '北京', 4],
        [`Families ${'👨‍👩‍👧‍👦🇫🇷👋🏿 '.repeat(60)}end`, 'end', 0],
        [ARABIC.repeat(10), 'التعاون', 4],
        [`${'a'.repeat(2500)}needle${'b'.repeat(2500)}`, 'needle', 0],
      ] as const) {
        const hits = [hit(text, word, n)];
        check(text, hits, excerptWindow(text, hits));
      }
    } finally {
      Object.defineProperty(Intl, 'Segmenter', original);
    }
  });
});
