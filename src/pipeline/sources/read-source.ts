/**
 * Reads a WordPress export (WXR), an RSS 2.0 or Atom feed, or a JSON Feed, recognised by its content (never by
 * its file name), as a stream of posts: the file is read in 64 KB chunks and each post handed over as soon as its
 * item has been read, so memory stays bounded on exports of hundreds of megabytes.
 *
 * ```ts
 * const source = readSource('export.xml', { candidates: ['en', 'fr'] });
 * for await (const { post, notes } of source.posts) …;
 * console.log(formatSourceSummary(source.summary));
 * ```
 */
import { createReadStream } from 'node:fs';
import { ContentError } from '../errors.js';
import { readUtf8, strictChunks } from '../unreadable.js';
import { type EntryContext, type RawEntry, entryToPost } from './entry.js';
import { type FeedChannel, atomEntry, rssItem } from './feeds.js';
import { IdAllocator } from './ids.js';
import { isJsonFeed, jsonFeedItem } from './json-feed.js';
import {
  type ReadOptions,
  type SourcePost,
  type SourceRead,
  type SourceSummary,
  countSkip,
  emptySummary,
} from './types.js';
import { childText, collectElements, textOf } from './xml-stream.js';
import { type WxrChannel, isWxrNamespace, readAuthor, wxrItem } from './wxr.js';

export function readSource(file: string, options: ReadOptions = {}): SourceRead {
  const summary = emptySummary();
  return { summary, posts: readPosts(file, options, summary) };
}

/** Read everything at once (tests, small feeds). */
export async function readSourceAll(
  file: string,
  options: ReadOptions = {},
): Promise<{ posts: SourcePost[]; summary: SourceSummary }> {
  const source = readSource(file, options);
  const posts: SourcePost[] = [];
  for await (const post of source.posts) posts.push(post);
  return { posts, summary: source.summary };
}

/** Text of the file in chunks, decoded as its BOM or XML declaration says (UTF-8, strictly, unless told otherwise). */
async function* decode(file: string): AsyncGenerator<string> {
  let decoder: ((chunk?: Uint8Array) => string) | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    if (!decoder) {
      const head = chunk.subarray(0, 200).toString('latin1');
      const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([\w.:-]+)["']/.exec(head)?.[1];
      const bom = head.startsWith('\xFF\xFE') ? 'utf-16le' : head.startsWith('\xFE\xFF') ? 'utf-16be' : undefined;
      let encoding = 'utf-8';
      try {
        encoding = new TextDecoder(bom ?? declared ?? 'utf-8').encoding;
      } catch {
        // An encoding TextDecoder does not know: read as UTF-8.
      }
      // UTF-8 is read strictly: bytes that are not UTF-8 are refused with their line, a written U+FFFD is kept.
      if (encoding === 'utf-8') decoder = strictChunks(file);
      else {
        const lenient = new TextDecoder(encoding);
        decoder = (bytes) => (bytes ? lenient.decode(bytes, { stream: true }) : lenient.decode());
      }
    }
    yield decoder(chunk);
  }
  if (decoder) yield decoder();
}

async function* readPosts(file: string, options: ReadOptions, summary: SourceSummary): AsyncGenerator<SourcePost> {
  const chunks = decode(file);
  const first = await chunks.next();
  const head = first.done ? '' : first.value;
  const start = head.replace(/^\uFEFF?\s*/u, '').slice(0, 1);
  if (start === '{') {
    await chunks.return(undefined);
    yield* readJson(file, options, summary);
  } else if (start === '<') {
    yield* readXml(file, chained(head, chunks), options, summary);
  } else {
    await chunks.return(undefined);
    throw new ContentError(notASource(head), file, 1);
  }
}

async function* chained(head: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  yield head;
  yield* rest;
}

const notASource = (head: string) =>
  `not a WordPress export, an RSS or Atom feed or a JSON Feed (it starts “${head.trim().slice(0, 40)}”)`;

async function* readJson(file: string, options: ReadOptions, summary: SourceSummary): AsyncGenerator<SourcePost> {
  let data: unknown;
  const text = readUtf8(file);
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ContentError(`JSON that does not parse: ${(err as Error).message}`, file, 1);
  }
  if (!isJsonFeed(data)) throw new ContentError(notASource(JSON.stringify(data)), file, 1);
  Object.assign(summary, { format: 'json-feed', title: data.title, site: data.home_page_url });
  const ctx: EntryContext = { ids: new IdAllocator(), options, summary };
  for (const item of data.items ?? []) {
    const post = entryToPost({ ...jsonFeedItem(item, data), line: lineOfId(text, item.id) }, ctx);
    if (post) yield post;
  }
}

/** The line of a JSON Feed item: where its id is written (JSON.parse keeps no positions). */
function lineOfId(text: string, id: unknown): number | undefined {
  const at = text.indexOf(`"id": ${JSON.stringify(id)}`);
  const found = at >= 0 ? at : text.indexOf(`"id":${JSON.stringify(id)}`);
  return found >= 0 ? text.slice(0, found).split('\n').length : undefined;
}

/** An export's list of every term: the items name their own. */
const TERMS = new Set(['wp:category', 'wp:tag', 'wp:term']);

async function* readXml(
  file: string,
  chunks: AsyncIterable<string>,
  options: ReadOptions,
  summary: SourceSummary,
): AsyncGenerator<SourcePost> {
  const wxr: WxrChannel = { authors: new Map() };
  const feed: FeedChannel = { authors: [] };
  /** Reusable blocks (`wp_block`) by id, and the posts waiting for one that comes later in the export. */
  const reusable = new Map<number, string>();
  const waiting: RawEntry[] = [];
  const ctx: EntryContext = { ids: new IdAllocator(), options, summary, reusable: (ref) => reusable.get(ref) };
  let root = '';

  const elements = collectElements(chunks, {
    onRoot(name, attrs) {
      root = name;
      if (name === 'feed') summary.format = 'atom';
      else if (name === 'rss' || name === 'rdf:RDF') {
        summary.format = Object.values(attrs).some(isWxrNamespace) ? 'wxr' : 'rss';
      }
      summary.complete = summary.format === 'wxr';
      if (name === 'feed' && attrs['xml:lang']) feed.lang = attrs['xml:lang'];
    },
    // Items and entries, and the channel's own elements (title, link, language, WordPress authors).
    wanted: (path) =>
      (path.length === 3 && path[1] === 'channel' && !TERMS.has(path[2])) ||
      (path.length === 2 && (path[0] === 'feed' || (path[0] === 'rdf:RDF' && path[1] === 'item'))),
    skip: new Set(['wp:comment']),
  });

  for await (const { element: el, line } of elements) {
    if (!summary.format) throw new ContentError(notASource(`<${root}>`), file, 1);
    const text = textOf(el).trim();
    switch (el.name) {
      case 'title':
        summary.title = text;
        break;
      case 'link':
        if (!el.attrs.rel || el.attrs.rel === 'alternate') summary.site ??= el.attrs.href ?? text;
        break;
      case 'language':
        wxr.lang = feed.lang = text;
        break;
      case 'wp:wxr_version':
        summary.format = 'wxr';
        summary.complete = true;
        break;
      case 'wp:base_site_url':
        wxr.site = text;
        break;
      case 'wp:author':
        readAuthor(el, wxr);
        break;
      case 'author':
        feed.authors.push(childText(el, 'name'));
        break;
      case 'entry': {
        const post = entryToPost({ ...atomEntry(el, feed), line }, ctx);
        if (post) yield post;
        break;
      }
      case 'item': {
        if (summary.format !== 'wxr') {
          const post = entryToPost({ ...rssItem(el, feed), line }, ctx);
          if (post) yield post;
          break;
        }
        const item = wxrItem(el, wxr);
        if (item.kind === 'post') item.entry.line = line;
        if (item.kind === 'reusable') {
          reusable.set(item.id, item.content);
          countSkip(summary, 'reusable block');
        } else if (item.kind === 'skip') {
          countSkip(summary, item.reason);
          if (item.withheld) summary.withheld.push(item.withheld);
        } else if (refsIn(item.entry.body).some((ref) => !reusable.has(ref))) {
          waiting.push(item.entry);
        } else {
          const post = entryToPost(item.entry, ctx);
          if (post) yield post;
        }
        break;
      }
    }
  }
  if (!summary.format) throw new ContentError(notASource(`<${root}>`), file, 1);
  for (const entry of waiting) {
    const post = entryToPost(entry, ctx);
    if (post) yield post;
  }
}

/** Reusable blocks a post's block markup refers to (`<!-- wp:block {"ref":12} /-->`). */
function refsIn(content: string): number[] {
  if (!content.includes('<!-- wp:block ')) return [];
  return [...content.matchAll(/<!-- wp:block (\{[^}]*\}) \/?-->/g)].flatMap((m) => {
    try {
      const ref = Number((JSON.parse(m[1]) as { ref?: unknown }).ref);
      return Number.isFinite(ref) ? [ref] : [];
    } catch {
      return [];
    }
  });
}
