/**
 * The public data API. Data modules are imported lazily: rollup turns each `import()` into a sibling chunk
 * resolved from the entry's own URL, so a partner can host `dist/` anywhere. A chunk that fails to load is
 * not remembered: the next call tries the network again.
 */
import type { Article, ArticleSummary } from '../core/post.js';
import { postLoaders } from '../generated/posts.js';

/** Rejection for an id the archive does not hold. */
export class UnknownArticleError extends Error {
  constructor(readonly id: string) {
    super(`fosc-widgets: no article with id "${id}" in this archive`);
    this.name = 'UnknownArticleError';
  }
}

/** Caches a promise, but forgets it when it rejects so that a retry reloads. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err) => {
      pending = undefined;
      throw err;
    }));
}

const loadCatalog = once(async () => {
  const list = (await import('../generated/catalog.js')).default;
  return { list, byId: new Map(list.map((a) => [a.id, a])) };
});

const loadPost = new Map(Object.entries(postLoaders).map(([id, load]) => [id, once(async () => (await load()).default)]));

/** Summaries of every post, in the archive's order. */
export async function articles(): Promise<ArticleSummary[]> {
  return structuredClone((await loadCatalog()).list);
}

/** One post's summary; rejects with {@link UnknownArticleError} for an unknown id. */
export async function summary(id: string): Promise<ArticleSummary> {
  const found = (await loadCatalog()).byId.get(id);
  if (!found) throw new UnknownArticleError(id);
  return structuredClone(found);
}

/** The post as loaded, shared: for our own modules, which do not change it. */
export function loadArticle(id: string): Promise<Article> {
  const load = loadPost.get(id);
  return load ? load() : Promise.reject(new UnknownArticleError(id));
}

/** The whole post with its blocks; rejects with {@link UnknownArticleError} for an unknown id. */
export async function article(id: string): Promise<Article> {
  return structuredClone(await loadArticle(id));
}
