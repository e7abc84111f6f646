/**
 * Where in a post a search matched: the block that holds most of the matched words, an excerpt around them with
 * the words marked (as ranges; the element renders <mark> through templates), and the section or reprinted piece
 * it stands in.
 */
import { type Block, blockText } from '../../core/post.js';
import { type WordSpan, words } from '../../core/search/analyzer.js';
import { excerptWindow as cut } from '../../core/search/excerpt-window.js';

export type Range = [start: number, end: number];

export interface Excerpt {
  text: string;
  highlights: Range[];
  section?: string;
}

interface Spot {
  text: string;
  section?: string;
  /** The text's words, worked out once per post. */
  words: WordSpan[];
}

/** A post's texts with their words, for repeated searches. */
export type AnalyzedPost = Spot[];

/** Every text of a post in reading order, with the heading (or reprinted piece) it stands under. */
export function analyzePost(blocks: readonly Block[]): AnalyzedPost {
  return texts(blocks).map((t) => ({ ...t, words: words(t.text) }));
}

function texts(blocks: readonly Block[], section?: string): Omit<Spot, 'words'>[] {
  const out: Omit<Spot, 'words'>[] = [];
  let current = section;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current = block.text;
      out.push({ text: block.text, section: current });
    } else if (block.kind === 'reprint') {
      const piece = block.heading ?? block.outlet ?? current;
      if (block.origin) out.push({ text: block.origin, section: current });
      if (block.heading) out.push({ text: block.heading, section: piece });
      out.push(...texts(block.blocks, piece));
    } else {
      for (const text of blockText(block)) out.push({ text, section: current });
    }
  }
  return out;
}

/** Words of a text that are matched terms, or part of a phrase. */
export function hitsIn(
  all: readonly WordSpan[],
  matched: ReadonlyMap<string, number>,
  phrases: readonly string[][] = [],
): WordSpan[] {
  const hit = new Set<number>();
  all.forEach((w, i) => matched.has(w.term) && !w.stop && hit.add(i));
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= all.length; i++) {
      if (phrase.every((term, k) => all[i + k].term === term)) for (let k = 0; k < phrase.length; k++) hit.add(i + k);
    }
  }
  return all.filter((_, i) => hit.has(i));
}

/** Whether the post's text has every phrase, word for word (accents and case aside). */
export function hasPhrases(post: AnalyzedPost, phrases: readonly string[][]): boolean {
  return phrases.every((phrase) =>
    post.some(({ words: all }) => all.some((_, i) => phrase.every((term, k) => all[i + k]?.term === term))),
  );
}

/** The excerpt of a post for a search: its best-matching text, or its opening when only the title matched. */
export function excerptFor(
  post: AnalyzedPost,
  matched: ReadonlyMap<string, number>,
  phrases: readonly string[][],
  fallback: string,
): Excerpt {
  let best: { spot: Spot; hits: WordSpan[]; score: number } | undefined;
  for (const spot of post) {
    const hits = hitsIn(spot.words, matched, phrases);
    if (!hits.length) continue;
    // Distinct words count most, weighted by how they matched (the word itself over a completion or a typo).
    const distinct = [...new Set(hits.map((h) => h.term))].reduce((sum, t) => sum + (matched.get(t) ?? 1), 0);
    const score = distinct * 100 + hits.length;
    if (!best || score > best.score) best = { spot, hits, score };
  }
  if (!best) return { text: fallback, highlights: [] };
  return { ...cut(best.spot.text, best.hits), section: best.spot.section };
}
