import type { Quote } from '../../core/quote.js';

/** How many quotes an unfiltered carousel loads, whatever the archive's size. */
export const FEATURED_QUOTES = 60;

/** Quotes for an unfiltered carousel: spread over the posts (the first quotes of each, those with a speaker first). */
export function featuredQuotes(quotes: readonly Quote[]): Quote[] {
  const byPost = new Map<string, Quote[]>();
  for (const q of quotes) byPost.set(q.articleId, [...(byPost.get(q.articleId) ?? []), q]);
  for (const list of byPost.values()) list.sort((a, b) => Number(!a.speaker) - Number(!b.speaker));
  const out: Quote[] = [];
  for (let round = 0; out.length < FEATURED_QUOTES && out.length < quotes.length; round++) {
    for (const list of byPost.values()) if (list[round] && out.length < FEATURED_QUOTES) out.push(list[round]);
  }
  return out;
}
