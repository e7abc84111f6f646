/**
 * Everything the build makes of one post that depends on that post alone: run per file, in worker threads, and
 * keyed by nothing but the file's text, so that a later incremental build can keep it by content hash. What needs
 * the whole archive (translation links both ways, BM25's statistics, which words are rare) is done afterwards on
 * light records and per range of terms (build-archive.ts).
 */
import type { Article, PostSource } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import { checkArchive } from '../content.js';
import { deriveArticles } from '../derive.js';
import { markdownToPost } from '../markdown.js';
import { extractQuotes } from '../quotes/extract.js';
import { type Candidates, candidateWindows } from '../search-fragments.js';
import { type PostTerms, postTerms, readFields } from '../search-index.js';

/** A post without its blocks, for the checks across files (content.ts's checkArchive) and translation links. */
export type LightPost = Parameters<typeof checkArchive>[0][number];

export interface PostWork {
  light: LightPost;
  /** The post as `article(id)` gives it, its translations not yet linked. */
  article: Article;
  terms: PostTerms;
  candidates: Candidates;
  quotes: Quote[];
}

export function lighten(post: PostSource): PostSource {
  return { ...post, blocks: [] };
}

export function workOn(source: string, file: string): PostWork {
  const { post, keyLines } = markdownToPost(source, file);
  const [article] = deriveArticles([post]);
  // The fields' words, read once for the post's terms and its windows.
  const read = readFields(article);
  return {
    light: { post: lighten(post), keyLines, file },
    article,
    terms: postTerms(article, read),
    candidates: candidateWindows(article.blocks, article.lang, read),
    quotes: extractQuotes(article),
  };
}
