/**
 * Where the runtime's data comes from. This module is the bundled source (the generated modules, imported lazily):
 * the classic script carries them inside, and the tests run on them. The ES module build replaces it with
 * hosted.ts (rollup.config.js), which fetches JSON files from dist/data/ by name.
 */
import type { Article, ArticleSummary } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import { postLoaders } from '../../generated/posts.js';
import { cached } from '../cached.js';
import { type SearchSource, searchSource } from './search-source.js';

export const catalog = (): Promise<ArticleSummary[]> => import('../../generated/catalog.js').then((m) => m.default);

const catalogById = cached(async () => new Map((await catalog()).map((a) => [a.id, a] as const)));

/** A post's summary; undefined when the archive has no such post. */
export async function summary(id: string): Promise<ArticleSummary | undefined> {
  return (await catalogById(undefined)).get(id);
}

export function post(id: string): Promise<Article | undefined> {
  const load = postLoaders[id];
  return load ? load().then((m) => m.default) : Promise.resolve(undefined);
}

export const allQuotes = (): Promise<Quote[]> => import('../../generated/quotes.js').then((m) => m.default);
/** An unfiltered carousel's quotes; the bundled archive is small: all of them. */
export const featuredQuotes = allQuotes;

export async function search(): Promise<SearchSource> {
  const [{ default: manifest }, loaders] = await Promise.all([
    import('../../generated/search-index.js'),
    import('../../generated/search-loaders.js'),
  ]);
  return searchSource(manifest, loaders.loadShard, loaders.loadIds);
}
