/**
 * The public data API, over the data store (bundled modules, or JSON files fetched by name: see data/store.ts).
 * Each piece loads once; a load that fails is not remembered, so the next call tries the network again.
 */
import { dataFile } from '../core/data-files.js';
import type { Article, ArticleSummary } from '../core/post.js';
import { cached } from './cached.js';
import { onDataChange, readData, readRequired } from './data/store.js';

/** Rejection for an id the archive does not hold. */
export class UnknownArticleError extends Error {
  constructor(readonly id: string) {
    super(`fosc-widgets: no article with id "${id}" in this archive`);
    this.name = 'UnknownArticleError';
  }
}

const loadCatalog = cached(() => readRequired<ArticleSummary[]>(dataFile.catalog));
const loadSummary = cached(
  async (id: string) =>
    (await readData<ArticleSummary>(dataFile.summary(id))) ?? Promise.reject(new UnknownArticleError(id)),
);
const loadPost = cached(
  async (id: string) => (await readData<Article>(dataFile.post(id))) ?? Promise.reject(new UnknownArticleError(id)),
);
onDataChange(() => [loadCatalog, loadSummary, loadPost].forEach((c) => c.clear()));

/** Summaries of every post, in the archive's order. */
export async function articles(): Promise<ArticleSummary[]> {
  return structuredClone(await loadCatalog(undefined));
}

/** One post's summary; rejects with {@link UnknownArticleError} for an unknown id. */
export async function summary(id: string): Promise<ArticleSummary> {
  return structuredClone(await loadSummary(id));
}

/** The post as loaded, shared: for our own modules, which do not change it. */
export function loadArticle(id: string): Promise<Article> {
  return loadPost(id);
}

/** The whole post with its blocks; rejects with {@link UnknownArticleError} for an unknown id. */
export async function article(id: string): Promise<Article> {
  return structuredClone(await loadArticle(id));
}
