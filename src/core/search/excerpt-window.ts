/**
 * The window of a text that a search result shows around its match: at most {@link EXCERPT_LENGTH} characters
 * (UTF-16 code units, plus an ellipsis at each cut end), the first hit always inside and whole, cut on word
 * boundaries, never inside a character. Boundaries come from Intl.Segmenter, so text written without spaces
 * (Chinese, Japanese, a word followed by emoji) is cut as tightly as spaced text, and an emoji sequence (ZWJ, flags)
 * is never split. Pure: text and hit spans in, window text and shifted highlight ranges out.
 */

import type { Range } from './range.js';

export type { Range };

/** A hit: [start, end) offsets in the text (UTF-16). */
export interface Span {
  start: number;
  end: number;
}

export interface ExcerptWindow {
  text: string;
  /** The hits inside the window, shifted to its text. */
  highlights: Range[];
}

/** Longest excerpt, without its ellipses. */
export const EXCERPT_LENGTH = 180;
/** How much of the text before the first hit is shown, at most (more when the hit is near the text's end). */
export const EXCERPT_LEAD = 50;
/** A space this close to the window's edge is a better place to cut than a word boundary nearer the edge. */
const SPACE_REACH = 30;
/** Context a boundary may depend on, around the part of the text that is segmented. */
const MARGIN = 64;

const ELLIPSIS = '…';
/** A segment to open an excerpt with: a word, a number, an emoji (not a space or punctuation). */
const STARTS_WORD = /^[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** Nothing to end an excerpt on: spaces, separators and marks that open something. */
const TRAILING = /[\s,;:、，；：([{“‘«„‹-]+$/u;

type Granularity = 'grapheme' | 'word' | 'sentence';

/** What the window needs of a segmentation: the segment holding an offset. */
interface Segments {
  containing(index: number): { index: number; segment: string } | undefined;
}

/**
 * Where Intl.Segmenter is missing (Firefox before 125): characters as code points with their combining marks,
 * emoji sequences and flags; words as runs of letters and digits (a run of Chinese is one word, so the window
 * falls back to cutting between characters); sentences after their end marks.
 */
const CHARACTER = String.raw`\p{RI}{2}|\P{M}(?:\p{M}|\p{Emoji_Modifier}|\u200d\P{M})*|[\s\S]`;
const FALLBACK: Record<Granularity, RegExp> = {
  grapheme: new RegExp(CHARACTER, 'gu'),
  word: new RegExp(String.raw`[\p{L}\p{N}\p{M}'’_]+|${CHARACTER}`, 'gu'),
  sentence: /[^.!?。！？]*(?:[.!?。！？]+|$)\s*|[\s\S]/gu,
};
function fallbackSegments(granularity: Granularity, text: string): Segments {
  const all = [...text.matchAll(FALLBACK[granularity])].map((m) => ({ index: m.index!, segment: m[0] }));
  return { containing: (i) => all.find((s) => i >= s.index && i < s.index + s.segment.length) };
}

const segmenters = new Map<Granularity, Intl.Segmenter>();
function segment(granularity: Granularity, text: string): Segments {
  if (typeof Intl.Segmenter !== 'function') return fallbackSegments(granularity, text);
  let s = segmenters.get(granularity);
  if (!s) segmenters.set(granularity, (s = new Intl.Segmenter(undefined, { granularity })));
  return s.segment(text);
}

/**
 * Boundaries of one part of a (maybe huge) text, in the text's own offsets: only the part a window can reach is
 * segmented, with a margin, so that a megabyte of text costs what a paragraph does.
 */
class Boundaries {
  private readonly from: number;
  private readonly to: number;
  private readonly part: string;
  private readonly cache = new Map<Granularity, Segments>();

  constructor(
    private readonly text: string,
    from: number,
    to: number,
  ) {
    this.from = partStart(text, Math.max(0, from - MARGIN));
    this.to = Math.min(text.length, to + MARGIN);
    if (this.to < text.length && isLowSurrogate(text.charCodeAt(this.to))) this.to++;
    this.part = text.slice(this.from, this.to);
  }

  private segments(granularity: Granularity): Segments {
    let s = this.cache.get(granularity);
    if (!s) this.cache.set(granularity, (s = segment(granularity, this.part)));
    return s;
  }

  /** The segment holding `at` (which must lie inside the part). */
  containing(granularity: Granularity, at: number): { start: number; end: number } {
    const seg = this.segments(granularity).containing(Math.max(0, Math.min(at, this.to - 1) - this.from));
    if (!seg) return { start: at, end: at };
    const start = this.from + seg.index;
    return { start, end: start + seg.segment.length };
  }

  /** Whether a boundary found at `at` is a real one, not the edge of the segmented part. */
  trusted(at: number): boolean {
    return (at > this.from || this.from === 0) && (at < this.to || this.to === this.text.length);
  }

  /** The character boundary at or before `at`. */
  floor(at: number): number {
    if (at <= 0) return 0;
    if (at >= this.text.length) return this.text.length;
    return this.containing('grapheme', at).start;
  }

  /** The character boundary at or after `at`. */
  ceil(at: number): number {
    const start = this.floor(at);
    return start === at ? at : this.containing('grapheme', at).end;
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** A regional indicator (half a flag) at `at`: U+1F1E6–U+1F1FF, as a surrogate pair. */
const isRegionalIndicator = (text: string, at: number) =>
  text.charCodeAt(at) === 0xd83c && text.charCodeAt(at + 1) >= 0xdde6 && text.charCodeAt(at + 1) <= 0xddff;
/** What continues the character before it: combining marks, joiners, variation selectors, skin tones. */
const CONTINUES = /^(?:\p{M}|\p{Emoji_Modifier}|\u200c|\u200d)/u;

/**
 * Where a part of the text can start without changing how it segments: never inside a surrogate pair or a
 * character's marks, and on a flag's first half (regional indicators pair up from the start of their run).
 */
function partStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && (isLowSurrogate(text.charCodeAt(from)) || CONTINUES.test(text.slice(from, from + 2)))) from--;
  if (isRegionalIndicator(text, from)) {
    let run = from;
    while (run >= 2 && isRegionalIndicator(text, run - 2)) run -= 2;
    if ((from - run) % 4 !== 0) from -= 2;
  }
  return from;
}

/** Where the window starts: the sentence the hit is in if it starts within the lead, else the first word in it. */
function windowStart(bounds: Boundaries, text: string, hitStart: number, hitEnd: number): number {
  // The lead shrinks for a long hit, and grows to fill the window when the hit is near the text's end.
  let earliest = Math.max(hitStart - EXCERPT_LEAD, hitEnd - EXCERPT_LENGTH);
  earliest = Math.min(earliest, text.length - EXCERPT_LENGTH);
  if (earliest <= 0) return 0;
  // The first sentence that starts in the lead.
  const around = bounds.containing('sentence', earliest);
  const sentence = around.start >= earliest ? around.start : around.end;
  if (sentence <= hitStart && bounds.trusted(sentence)) return sentence;
  // The first word that starts near the lead's beginning (Chinese has a boundary between words, spaced text after
  // each space); in a long run without one (a URL), any character's.
  for (let at = earliest; at < hitStart && at - earliest <= SPACE_REACH;) {
    const word = bounds.containing('word', at);
    if (word.start >= earliest && STARTS_WORD.test(text.slice(word.start, word.end)) && bounds.trusted(word.start))
      return word.start;
    at = Math.max(word.end, at + 1);
  }
  return Math.min(hitStart, bounds.ceil(earliest));
}

/** Where the window ends: a space near the budget's end, else the last word boundary within it, past the hit. */
function windowEnd(bounds: Boundaries, text: string, start: number, hitEnd: number): number {
  const limit = start + EXCERPT_LENGTH;
  if (limit >= text.length) return text.length;
  const window = text.slice(hitEnd, limit + 1);
  const space = window.search(/\s\S*$/u);
  if (space >= 0 && window.length - 1 - space <= SPACE_REACH) return hitEnd + space;
  // A word boundary near the limit (Chinese, Japanese, emoji); in a long run without one (a URL), any character's.
  const word = bounds.containing('word', limit).start;
  if (word >= hitEnd && limit - word <= SPACE_REACH && bounds.trusted(word)) return word;
  return Math.max(hitEnd, bounds.floor(limit));
}

/** The valid hits, inside the text, in order. */
function clean(text: string, hits: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const h of hits) {
    const start = Math.max(0, Math.floor(Number(h?.start)));
    const end = Math.min(text.length, Math.floor(Number(h?.end)));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The excerpt of `text` around the first of `hits`, and the hits inside it as ranges of the excerpt. A text that
 * fits is returned whole; a hit longer than the window is cut at the window's end (the only case a hit is partly
 * shown); other hits that do not fit are left out.
 */
export function excerptWindow(text: string, hits: readonly Span[]): ExcerptWindow {
  const valid = clean(text, hits);
  if (text.length <= EXCERPT_LENGTH) {
    const whole = new Boundaries(text, 0, text.length);
    return { text, highlights: valid.map((h): Range => [whole.floor(h.start), whole.ceil(h.end)]) };
  }
  const first = valid[0] ?? { start: 0, end: 0 };
  const bounds = new Boundaries(text, first.start - EXCERPT_LENGTH, first.start + 2 * EXCERPT_LENGTH);
  const hitStart = bounds.floor(first.start);
  const hitEnd = bounds.ceil(first.end);
  let start = hitStart;
  let end: number;
  if (hitEnd - hitStart > EXCERPT_LENGTH) {
    // A hit longer than the window (a run of text without any separator): as much of it as fits.
    end = bounds.floor(hitStart + EXCERPT_LENGTH);
    if (end <= start) end = bounds.ceil(start + 1);
  } else {
    start = windowStart(bounds, text, hitStart, hitEnd);
    end = windowEnd(bounds, text, start, hitEnd);
  }
  let body = text.slice(start, end);
  const keep = Math.max(0, hitEnd - start);
  const trailing = TRAILING.exec(body.slice(keep));
  if (trailing) body = body.slice(0, body.length - trailing[0].length);
  end = start + body.length;
  // An ellipsis where text is left out (not mere white space).
  const prefix = /\S/u.test(text.slice(0, start)) ? ELLIPSIS : '';
  const suffix = /\S/u.test(text.slice(end)) ? ELLIPSIS : '';
  const highlights: Range[] = [];
  for (const h of valid) {
    const inside = h.start >= start && h.end <= end;
    // The first hit is always shown; if it is longer than the window, as much of it as fits.
    if (!inside && h !== valid[0]) continue;
    const from = Math.max(bounds.floor(h.start), start);
    const to = Math.min(bounds.ceil(h.end), end);
    if (to > from) highlights.push([from - start + prefix.length, to - start + prefix.length]);
  }
  return { text: prefix + body + suffix, highlights };
}
