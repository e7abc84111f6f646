/**
 * The public data API, over the data store (bundled modules, or JSON files fetched by name: see data/store.ts).
 * Posts are stored in buckets by a hash of their id (core/data-files.ts): a card reads the small archive manifest
 * and one bucket of summaries, never the catalog. Each piece loads once; a load that fails is not remembered, so
 * the next call tries the network again.
 */
import { type ArchiveManifest, bucketOf, dataFile } from '../core/data-files.js';
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

const loadArchive = cached(() => readRequired<ArchiveManifest>(dataFile.archive));
const loadPage = cached((page: number) => readRequired<ArticleSummary[]>(dataFile.catalog(page)));
/** A bucket no post hashes to is written empty; a data folder built before that has none: it reads as empty too. */
const loadSummaries = cached(
  async (bucket: number) => (await readData<ArticleSummary[]>(dataFile.summaries(bucket))) ?? [],
);
const loadPosts = cached(async (bucket: number) => (await readData<Article[]>(dataFile.posts(bucket))) ?? []);
onDataChange(() => [loadArchive, loadPage, loadSummaries, loadPosts].forEach((c) => c.clear()));

async function find<T extends { id: string }>(
  id: string,
  buckets: (archive: ArchiveManifest) => number,
  load: (bucket: number) => Promise<T[]>,
): Promise<T> {
  const key = String(id ?? '');
  const archive = await loadArchive(undefined);
  const found = (await load(bucketOf(key, buckets(archive)))).find((p) => p.id === key);
  if (!found) throw new UnknownArticleError(key);
  return found;
}

/** Summaries of every post, in the archive's order. */
export async function articles(): Promise<ArticleSummary[]> {
  const { catalogPages } = await loadArchive(undefined);
  const pages = await Promise.all(Array.from({ length: catalogPages }, (_, p) => loadPage(p)));
  return structuredClone(pages.flat());
}

/**
 * A post's summary if this page (or this server process) has it loaded already, else undefined; never loads.
 * A card renders it at once: on a server that awaited `summary(id)` first, and without a loading flash.
 */
export function loadedSummary(id: string): ArticleSummary | undefined {
  const archive = loadArchive.peek(undefined);
  const key = String(id ?? '');
  return archive && loadSummaries.peek(bucketOf(key, archive.summaryBuckets))?.find((p) => p.id === key);
}

/**
 * One post's summary (what a card shows); rejects with {@link UnknownArticleError} for an unknown id. On a server,
 * await it before rendering a card with `@lit-labs/ssr`: the card then renders the post, not its loading state.
 */
export async function summary(id: string): Promise<ArticleSummary> {
  return structuredClone(await find(id, (a) => a.summaryBuckets, loadSummaries));
}

/** The post as loaded, shared: for our own modules, which do not change it. */
export function loadArticle(id: string): Promise<Article> {
  return find(id, (a) => a.postBuckets, loadPosts);
}

/** The whole post with its blocks; rejects with {@link UnknownArticleError} for an unknown id. */
export async function article(id: string): Promise<Article> {
  return structuredClone(await loadArticle(id));
}
