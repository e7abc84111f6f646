/**
 * Where in a post a search matched: of the post's excerpt windows (its search fragment), the one that holds most
 * of the matched words, with the words marked (as ranges; the element renders <mark> through templates), and the
 * section or reprinted piece it stands in.
 */
import { type IsStopWord, type WordSpan, words } from '../../core/search/analyzer.js';
import type { WindowSet } from '../../core/search/index-format.js';
import { excerptWindow as cut } from '../../core/search/excerpt-window.js';
import type { Range } from '../../core/search/range.js';

export type { Range };

export interface Excerpt {
  text: string;
  highlights: Range[];
  section?: string;
  /** The language of the text, when it is not the post's. */
  lang?: string;
}

interface Spot {
  text: string;
  section?: string;
  lang?: string;
  /** The text's words, worked out once per post. */
  words: WordSpan[];
}

/** A post's excerpt windows with their words, for repeated searches. */
export type AnalyzedPost = Spot[];

/** Excerpt windows (a fragment's, or the rest of a post's), marked `…` where the text they were cut from goes on. */
export function analyzeWindows(set: WindowSet, isStop: IsStopWord): AnalyzedPost {
  return set.windows.map(([s, window, cutFrom, lang]) => {
    const text = `${cutFrom & 1 ? '…' : ''}${window}${cutFrom & 2 ? '…' : ''}`;
    return { text, ...(s >= 0 && { section: set.sections[s] }), ...(lang && { lang }), words: words(text, isStop) };
  });
}

/**
 * A phrase: its words in order (folded, stop words included). A place may take any of several words: a word the
 * archive lacks stands for the words it may be a typo of, or starts while it is typed.
 */
export type Phrase = readonly (string | readonly string[])[];

/** Whether `word` is one the phrase's place takes. */
const takes = (place: Phrase[number], word: string | undefined): boolean =>
  typeof place === 'string' ? word === place : word !== undefined && place.includes(word);

/** Whether a phrase's words stand one after another among a text's words from its `i`-th on. */
const standsAt = (all: readonly WordSpan[], phrase: Phrase, i: number): boolean =>
  phrase.every((place, k) => takes(place, all[i + k]?.term));

/** Whether a phrase's words stand one after another among a text's words. */
export function standsIn(all: readonly WordSpan[], phrase: Phrase): boolean {
  return all.some((_, i) => standsAt(all, phrase, i));
}

/**
 * Whether the windows at hand show what the post matched: every word it matched as typed outside its title stands
 * in one of them, and so does each phrase. If not, the post's other windows are read.
 */
export function showsMatch(
  post: AnalyzedPost,
  matched: ReadonlyMap<string, number>,
  phrases: readonly Phrase[],
  titleTerms: ReadonlySet<string>,
): boolean {
  const present = new Set(post.flatMap((spot) => spot.words.map((w) => w.term)));
  for (const [term, weight] of matched) if (weight >= 1 && !titleTerms.has(term) && !present.has(term)) return false;
  return phrases.every((phrase) => post.some(({ words: all }) => standsIn(all, phrase)));
}

/** Words of a text that are matched terms, or part of a phrase. */
function hitsIn(
  all: readonly WordSpan[],
  matched: ReadonlyMap<string, number>,
  phrases: readonly Phrase[] = [],
): WordSpan[] {
  const hit = new Set<number>();
  all.forEach((w, i) => matched.has(w.term) && !w.stop && hit.add(i));
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= all.length; i++) {
      if (standsAt(all, phrase, i)) for (let k = 0; k < phrase.length; k++) hit.add(i + k);
    }
  }
  return all.filter((_, i) => hit.has(i));
}

/** The excerpt of a post for a search: its best-matching window, or its opening when none has a matched word. */
export function matchExcerpt(
  post: AnalyzedPost,
  matched: ReadonlyMap<string, number>,
  phrases: readonly Phrase[],
  fallback: string,
): Excerpt {
  let best: { spot: Spot; hits: WordSpan[]; score: number } | undefined;
  for (const spot of post) {
    const hits = hitsIn(spot.words, matched, phrases);
    if (!hits.length) continue;
    // Distinct words count most, weighted by how they matched (the word itself over a completion or a typo); a
    // phrase standing whole counts as much again.
    const distinct = [...new Set(hits.map((h) => h.term))].reduce((sum, t) => sum + (matched.get(t) ?? 1), 0);
    const whole = phrases.filter((phrase) => standsIn(spot.words, phrase)).length;
    const score = whole * 10_000 + distinct * 100 + hits.length;
    if (!best || score > best.score) best = { spot, hits, score };
  }
  if (!best) return { text: fallback, highlights: [] };
  return { ...cut(best.spot.text, best.hits), section: best.spot.section, lang: best.spot.lang };
}
