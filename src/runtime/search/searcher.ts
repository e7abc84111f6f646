/**
 * The search itself, loaded lazily with the index (see search.ts): ranked posts with an excerpt around the best
 * match, the matched words marked as ranges, and the section they stand in. The posts' text comes from the post
 * chunks, for the results shown only.
 */
import { words } from '../../core/search/analyzer.js';
import type { Article } from '../../core/post.js';
import { loadArticle } from '../api.js';
import type { SearchSource } from '../data/search-source.js';
import { type Candidate, SearchEngine } from './engine.js';
import type { SearchOptions, SearchResult } from './search.js';
import { type AnalyzedPost, analyzePost, excerptFor, hasPhrases } from './excerpt.js';

function titleHighlights(title: string, matched: ReadonlyMap<string, number>): [number, number][] {
  return words(title)
    .filter((w) => !w.stop && matched.has(w.term))
    .map((w) => [w.start, w.end]);
}

export class Searcher {
  readonly engine: SearchEngine;
  private readonly analyzed = new Map<string, AnalyzedPost>();

  constructor(private readonly source: SearchSource) {
    this.engine = new SearchEngine(source);
  }

  /** A post with its words worked out (once per post). */
  private async analyzedPost(id: string): Promise<[Article, AnalyzedPost]> {
    const post = await loadArticle(id);
    let analysis = this.analyzed.get(id);
    if (!analysis) this.analyzed.set(id, (analysis = analyzePost(post.blocks)));
    return [post, analysis];
  }

  /** Post ids for index positions, from the id stores that hold them. */
  private async idOf(post: number): Promise<string> {
    const per = this.source.manifest.idsPerStore;
    const ids = await this.source.ids(Math.floor(post / per));
    return ids[post % per];
  }

  async search(query: string, options: SearchOptions, limit: number): Promise<SearchResult[]> {
    const { query: parsed, candidates } = await this.engine.run(query, options.lang || undefined);
    const results: SearchResult[] = [];
    // Candidates are taken in rank order; with a phrase, only those whose text has it word for word.
    for (let i = 0; i < candidates.length && results.length < limit; i += limit) {
      const batch = candidates.slice(i, i + limit);
      const posts = await Promise.all(batch.map(async (c) => this.analyzedPost(await this.idOf(c.post))));
      batch.forEach((c: Candidate, k) => {
        const [post, analysis] = posts[k];
        if (results.length >= limit || (parsed.phrases.length && !hasPhrases(analysis, parsed.phrases))) return;
        const excerpt = excerptFor(analysis, c.matched, parsed.phrases, post.excerpt);
        results.push({
          id: post.id,
          title: post.title,
          lang: post.lang,
          excerpt: excerpt.text,
          highlights: excerpt.highlights,
          titleHighlights: titleHighlights(post.title, c.matched),
          ...(excerpt.section && { section: excerpt.section }),
          ...(post.url && { url: post.url }),
        });
      });
    }
    return results;
  }
}
