/**
 * One copy of each quotation per post: the editors quote the reprinted piece in their introduction, sometimes
 * worded differently ("Chairman Mao" there, "President Mao" in the piece).
 */
import { fold } from '../../core/search/analyzer.js';
import type { Quote } from '../../core/quote.js';

/** A quote found in a post, with its running position (for name resolution and order). */
export type Found = Quote & {
  at: number;
};

/** Folded letters and digits only: the same quotation typeset twice compares equal. */
export const key = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Share of the words of the text with fewer distinct words that the other has too. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [x, y] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size || 1);
}

/** Most words alike: the same quotation as the introduction and the reprinted piece each worded it. */
const TWIN_OVERLAP = 0.75;

/**
 * Where one quotation contains another, or they share nearly all their words, the longer stays, with a speaker if
 * either has one.
 */
export function dedupe(found: Found[]): Found[] {
  if (found.length < 2) return found;
  const kept: Found[] = [];
  // Each kept quotation's key and words, worked out once.
  const keys: string[] = [];
  const words: Set<string>[] = [];
  for (const quote of found) {
    const k = key(quote.text);
    const own = new Set(k.split(' '));
    const twin = keys.findIndex(
      (other, i) => other.includes(k) || k.includes(other) || overlap(own, words[i]) >= TWIN_OVERLAP,
    );
    if (twin < 0) {
      kept.push(quote);
      keys.push(k);
      words.push(own);
      continue;
    }
    const other = kept[twin];
    const longer = k.length > keys[twin].length ? quote : other;
    const speaker = other.speaker ?? quote.speaker;
    kept[twin] = { ...longer, ...(speaker && { speaker }), at: Math.min(other.at, quote.at) };
    if (longer === quote) {
      keys[twin] = k;
      words[twin] = own;
    }
  }
  return kept.sort((a, b) => a.at - b.at);
}
