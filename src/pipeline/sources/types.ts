/** What the source readers (WordPress export, RSS, Atom, JSON Feed) hand to the importer. */
import type { PostSource } from '../../core/post.js';

export type SourceFormat = 'wxr' | 'rss' | 'atom' | 'json-feed';

export const FORMAT_NAMES: Record<SourceFormat, string> = {
  wxr: 'WordPress export (WXR)',
  rss: 'RSS feed',
  atom: 'Atom feed',
  'json-feed': 'JSON Feed',
};

/** One post read from a source, ready to be written to `content/`. */
export interface SourcePost {
  /** With `url`, `date`, `authors`, `categories`, `tags`, `sourceId` and `sourceHash` when the source has them. */
  post: PostSource;
  /** What a visitor reads on the site that did not reach the blocks, and why (one line each). */
  notes: string[];
  /** The line of the source where its item starts, for errors about it. */
  line?: number;
}

/** An item the source holds but the archive must not show (a draft, a private post…): sync needs to know it. */
export interface WithheldItem {
  sourceId: string;
  url?: string;
  /** Why it is not imported, as counted in `skipped` (`draft`, `private`, `password-protected`…). */
  reason: string;
}

export interface SourceSummary {
  format?: SourceFormat;
  /** Site or feed title and address. */
  title?: string;
  site?: string;
  /**
   * The source lists every post the site has (an export), not only the latest ones (a feed): only then does a
   * post missing from it mean a post deleted upstream.
   */
  complete: boolean;
  imported: number;
  /** Items not imported, by reason: `draft`, `pending`, `page`, `attachment`, `empty`… */
  skipped: Record<string, number>;
  /** Posts held back for not being public, for sync to tell "unpublished" from "deleted". */
  withheld: WithheldItem[];
  /** One line per thing a person should know: each post skipped for having no text, each piece of text dropped. */
  lines: string[];
}

export interface ReadOptions {
  /** Languages the archive is written in (BCP 47); language detection chooses among them. */
  candidates?: readonly string[];
  /** Language assumed when the source does not say and the text is too short to tell. */
  lang?: string;
}

/** A source being read: iterate `posts` (streamed, one at a time), then read `summary`. */
export interface SourceRead {
  posts: AsyncIterable<SourcePost>;
  /** Filled while `posts` is read; final once the iteration ends. */
  summary: SourceSummary;
}

export const emptySummary = (): SourceSummary => ({
  complete: false,
  imported: 0,
  skipped: {},
  withheld: [],
  lines: [],
});

export function countSkip(summary: SourceSummary, reason: string): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
}
