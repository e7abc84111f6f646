/** `quotes({ article, query, lang, speaker })`: the archive's pull quotes, filtered. The quotes load lazily. */
import type { Quote } from '../core/quote.js';
import { fold } from '../core/search/analyzer-fold.js';
import { cached } from './cached.js';
import { dataFile } from '../core/data-files.js';
import { onDataChange, readRequired } from './data/store.js';
import { search } from './search/search.js';

export interface QuoteFilter {
  /** Only quotes from this post. */
  article?: string;
  /** Only quotes from posts that match this search. */
  query?: string;
  /** Only quotes in this language. */
  lang?: string;
  /** Only quotes by this speaker: whole words of the name or its start, accents and case aside. */
  speaker?: string;
}

const loadQuotes = cached(() => readRequired<Quote[]>(dataFile.quotes));
const loadFeatured = cached(() => readRequired<Quote[]>(dataFile.featuredQuotes));
onDataChange(() => [loadQuotes, loadFeatured].forEach((c) => c.clear()));

/**
 * Quotes for a carousel with no filter: a bounded selection spread over the archive (in the ES module build,
 * whatever the archive's size; the classic script, all of them).
 */
export async function featured(): Promise<Quote[]> {
  return structuredClone(await loadFeatured(undefined));
}

const FIELDS = ['article', 'query', 'lang', 'speaker'] as const;

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/**
 * The filter a caller gave, as far as it makes sense: anything but an object (null included) counts as no filter,
 * a field that is not a string is left out, each with one console warning saying what was ignored. A caller's data
 * never makes the call fail.
 */
function validFilter(filter: unknown): QuoteFilter {
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    console.warn(`fosc-widgets: quotes() takes a filter object such as { speaker: 'Xi' }; ignored ${kind(filter)}.`);
    return {};
  }
  const valid: QuoteFilter = {};
  const ignored: string[] = [];
  for (const field of FIELDS) {
    let value: unknown;
    try {
      value = (filter as Record<string, unknown>)[field];
    } catch {
      value = Symbol('unreadable');
    }
    if (typeof value === 'string') valid[field] = value;
    else if (value !== undefined) ignored.push(`\`${field}\` (${kind(value)})`);
  }
  if (ignored.length) console.warn(`fosc-widgets: quotes() ignored ${ignored.join(', ')}: each is a string.`);
  return valid;
}

export async function quotes(options?: QuoteFilter | null): Promise<Quote[]> {
  const filter = validFilter(options);
  let list = await loadQuotes(undefined);
  if (filter.article) list = list.filter((q) => q.articleId === filter.article);
  if (filter.lang) list = list.filter((q) => q.lang === filter.lang);
  if (filter.speaker?.trim()) {
    const wanted = fold(filter.speaker.trim());
    // Whole words of the name, or its beginning: `xi`, `jinping`, `xi jin` find Xi Jinping; `xi` not Wei Xiaoyi.
    list = list.filter((q) => {
      const name = q.speaker && fold(q.speaker);
      return !!name && (name.startsWith(wanted) || ` ${name} `.includes(` ${wanted} `));
    });
  }
  if (filter.query?.trim()) {
    const ids = new Set((await search(filter.query, { limit: 50 })).map((r) => r.id));
    list = list.filter((q) => ids.has(q.articleId));
  }
  return structuredClone(list);
}
