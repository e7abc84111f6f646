/**
 * Imported posts as Markdown files, and what sync needs to know of a file already in `content/`.
 *
 * A file is what `postToMarkdown` writes, plus the keys it does not write yet (`date`, `authors`, `categories`,
 * `tags`, `sourceId`, `sourceHash`) and last `importHash`: the hash of the whole file as written, that line left
 * out. A file whose text no longer hashes to its `importHash` was edited by hand.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse, stringify } from 'yaml';
import type { PostSource } from '../../core/post.js';
import { postToMarkdown } from '../markdown.js';
import { shortHash } from './hash.js';

/** Front matter keys this module adds to what `postToMarkdown` writes, in the order written. */
const SOURCE_KEYS = ['date', 'authors', 'categories', 'tags', 'sourceId', 'sourceHash'] as const;
const HASH_KEY = 'importHash';

/** Adds YAML lines at the end of a Markdown file's front matter (before its closing `---`). */
function appendFrontMatter(markdown: string, yaml: string): string {
  const end = markdown.indexOf('\n---\n', 3) + 1;
  return markdown.slice(0, end) + yaml + markdown.slice(end);
}

/** The hash a file's `importHash` holds: of its text, line ends normalised, the `importHash` line left out. */
export function importHashOf(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const close = lines.indexOf('---', 1);
  const kept = lines.filter((line, i) => !(i > 0 && i < close && line.startsWith(`${HASH_KEY}:`)));
  return shortHash(kept.join('\n').trimEnd());
}

export function sourcePostToMarkdown(post: PostSource): string {
  const extra: Record<string, unknown> = {};
  for (const key of SOURCE_KEYS) {
    const value = post[key];
    if (value !== undefined && !(Array.isArray(value) && !value.length)) extra[key] = value;
  }
  const written = appendFrontMatter(postToMarkdown(post), stringify(extra, { lineWidth: 0 }));
  return appendFrontMatter(written, stringify({ [HASH_KEY]: importHashOf(written) }));
}

/** A file already in the content folder, as sync sees it. */
export interface ExistingPost {
  /** Its name in the folder. */
  file: string;
  id: string;
  title?: string;
  url?: string;
  sourceId?: string;
  sourceHash?: string;
  /** The importer wrote it (it has an `importHash`). */
  imported: boolean;
  /** Changed since the importer wrote it, or written by hand. */
  edited: boolean;
  /** Front matter and body, to tell what an update changes. */
  fields: Record<string, unknown>;
  body: string;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function describeExisting(file: string, text: string): ExistingPost {
  const tree: Root = fromMarkdown(text, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const head = tree.children[0];
  let fields: Record<string, unknown> = {};
  if (head?.type === 'yaml') {
    try {
      const data: unknown = parse(head.value);
      if (data && typeof data === 'object' && !Array.isArray(data)) fields = data as Record<string, unknown>;
    } catch {
      // A file whose front matter does not parse is not the importer's: it counts as edited by hand.
    }
  }
  const body = head?.type === 'yaml' ? text.slice(head.position?.end.offset ?? 0) : text;
  const hash = str(fields[HASH_KEY]);
  return {
    file,
    id: str(fields.id) ?? '',
    title: str(fields.title),
    url: str(fields.url),
    sourceId: str(fields.sourceId),
    sourceHash: str(fields.sourceHash),
    imported: !!hash,
    edited: !hash || importHashOf(text) !== hash,
    fields,
    body: body.trim(),
  };
}
