/** What search() takes and gives, in a module of their own (search.ts loads the searcher lazily; both use these). */
import type { Range } from '../../core/search/range.js';

export type { Range };

export interface SearchOptions {
  /** Only posts in this language (their main language). */
  lang?: string;
  /** At most this many results (see SEARCH_DEFAULTS for the default and the bounds). */
  limit?: number;
}

/** Defaults and bounds of the search options, in one place (the search box reads them too). */
export const SEARCH_DEFAULTS = Object.freeze({
  /** Results when no limit is given. */
  limit: 10,
  /** The fewest and the most results a limit can ask for (a limit out of bounds is brought within them). */
  minLimit: 1,
  maxLimit: 50,
});

export interface SearchResult {
  id: string;
  title: string;
  lang: string;
  /** Text around the best match. */
  excerpt: string;
  /** The excerpt's language when it is not the post's (the French post's English introduction); else `lang`. */
  excerptLang?: string;
  /** Matched words in `excerpt`, as [start, end) offsets. */
  highlights: Range[];
  /** Matched words in `title`. */
  titleHighlights: Range[];
  /** The section heading, or reprinted piece, the best match stands in. */
  section?: string;
  url?: string;
}

/**
 * One ranked post of a search, before what it shows is loaded: `result()` loads it (a small fragment file), so a
 * list can show its first result while the others are still on their way.
 */
export interface SearchHit {
  /** The post's rank, from 0. */
  rank: number;
  score: number;
  result(): Promise<SearchResult>;
}
