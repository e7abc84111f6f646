/**
 * The search itself, loaded lazily with the index (see search.ts): ranked posts first (`hits`), then what each
 * shows, from its search fragment (title, address, excerpt windows): an excerpt around the best match with the
 * matched words marked as ranges, and the section they stand in. No result needs the post itself.
 */
import { words } from '../../core/search/analyzer.js';
import type { Range } from '../../core/search/range.js';
import type { SearchSource } from '../data/search-source.js';
import { type Candidate, SearchEngine } from './engine.js';
import { type AnalyzedPost, type Phrase, analyzeWindows, matchExcerpt, showsMatch } from './excerpt.js';
import type { RestWindows } from './rest-windows.js';
import type { SearchHit, SearchResult } from './types.js';

export class Searcher {
  readonly engine: SearchEngine;
  private readonly rest: RestWindows;
  /** Each post's windows analysed once: the fragment's, and all of them once the rest was read. */
  private readonly analyzed = new Map<number, { spots: AnalyzedPost; whole: boolean }>();

  constructor(source: SearchSource) {
    // The engine reads fragment files and the rest of posts' windows too (phrases with stop words): once for both.
    this.engine = new SearchEngine(source);
    this.rest = this.engine.rest;
  }

  private titleHighlights(title: string, matched: ReadonlyMap<string, number>): Range[] {
    return words(title, this.engine.isStop)
      .filter((w) => !w.stop && matched.has(w.term))
      .map((w) => [w.start, w.end]);
  }

  /**
   * What a ranked post shows: its fragment (read once per file, its windows analysed once per post), and the rest
   * of its windows only when none of the fragment's shows the match.
   */
  private async resultFor(c: Candidate, phrases: readonly Phrase[]): Promise<SearchResult> {
    const fragment = await this.engine.fragmentOf(c.post);
    let analysis = this.analyzed.get(c.post);
    if (!analysis) {
      analysis = { spots: analyzeWindows(fragment, this.engine.isStop), whole: false };
      this.analyzed.set(c.post, analysis);
    }
    const matched = c.matched;
    const titleTerms = new Set(words(fragment.title, this.engine.isStop).map((w) => w.term));
    if (!analysis.whole && !showsMatch(analysis.spots, matched, phrases, titleTerms)) {
      const rest = await this.rest(fragment, c.post);
      analysis.spots = [...analysis.spots, ...analyzeWindows(rest, this.engine.isStop)];
      analysis.whole = true;
    }
    const excerpt = matchExcerpt(analysis.spots, matched, phrases, fragment.excerpt);
    return {
      id: fragment.id,
      title: fragment.title,
      lang: fragment.lang,
      excerpt: excerpt.text,
      highlights: excerpt.highlights,
      titleHighlights: this.titleHighlights(fragment.title, matched),
      ...(excerpt.section && { section: excerpt.section }),
      ...(excerpt.lang && { excerptLang: excerpt.lang }),
      ...(fragment.url && { url: fragment.url }),
    };
  }

  /** The ranked posts, each with a `result()` that loads what it shows (the first can show before the rest). */
  async hits(query: string, lang: string | undefined, limit: number): Promise<SearchHit[]> {
    const { phrases, candidates } = await this.engine.run(query, { lang, limit });
    return candidates.slice(0, limit).map((c, rank) => {
      let result: Promise<SearchResult> | undefined;
      return {
        rank,
        score: c.score,
        result: () => (result ??= this.resultFor(c, phrases)),
      };
    });
  }

  async search(query: string, lang: string | undefined, limit: number): Promise<SearchResult[]> {
    return Promise.all((await this.hits(query, lang, limit)).map((h) => h.result()));
  }
}
