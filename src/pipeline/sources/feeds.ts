/** RSS 2.0 items and Atom entries → raw entries (the same post model as a WordPress export's). */
import { decodeHTML } from 'entities';
import { fromDated } from './dates.js';
import type { RawEntry } from './entry.js';
import { shortHash } from './hash.js';
import { type XmlElement, child, childText, childrenNamed, innerMarkup, textOf } from './xml-stream.js';

export interface FeedChannel {
  lang?: string;
  /** Atom: the feed's authors, for entries that name none. */
  authors: string[];
}

/** The last segment of a post's address (`…/2024/06/my-post/` → `my-post`), the slug most sites use. */
export function slugOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { pathname } = new URL(url);
    return (
      pathname
        .split('/')
        .filter(Boolean)
        .at(-1)
        ?.replace(/\.html?$/, '') || undefined
    );
  } catch {
    return undefined;
  }
}

/** A stand-in id for an item that has none: its address, else its title and date. */
export const fallbackId = (url: string | undefined, title: string, date: string | undefined) =>
  url ?? `urn:fosc:${shortHash(`${title}\n${date ?? ''}`)}`;

/** RSS `author` is an e-mail address, the name in brackets after it (`jo@example.org (Jo Bloggs)`). */
function rssAuthor(text: string): string | undefined {
  const named = /\(([^)]+)\)\s*$/.exec(text);
  if (named) return named[1].trim();
  return text.includes('@') ? undefined : text.trim() || undefined;
}

const unique = (list: string[]) => [...new Set(list.filter(Boolean))];

export function rssItem(el: XmlElement, channel: FeedChannel): RawEntry {
  const guid = childText(el, 'guid');
  const permalink = child(el, 'guid')?.attrs.isPermaLink !== 'false' && /^https?:\/\//.test(guid);
  const url = childText(el, 'link') || (permalink ? guid : undefined);
  const title = textOf(child(el, 'title'));
  const date = fromDated(childText(el, 'pubDate')) ?? fromDated(childText(el, 'dc:date'));
  const encoded = textOf(child(el, 'content:encoded'));
  const creators = childrenNamed(el, 'dc:creator').map((c) => textOf(c).trim());
  return {
    sourceId: guid || fallbackId(url, title, date),
    url,
    title,
    titleType: 'html',
    body: encoded.trim() ? encoded : textOf(child(el, 'description')),
    bodyType: 'html',
    date,
    authors: unique(creators.length ? creators : [rssAuthor(childText(el, 'author')) ?? '']),
    // RSS does not tell categories from tags: WordPress feeds list both as categories.
    categories: unique(childrenNamed(el, 'category').map((c) => decodeHTML(textOf(c)).trim())),
    tags: [],
    slug: slugOfUrl(url),
    // Without `content:encoded`, the description is often the opening of the post, ending "[…]".
    truncated: encoded.trim() ? false : 'if-cut',
    lang: channel.lang,
  };
}

/** An Atom text construct (`title`, `content`, `summary`) as HTML or text. */
function atomText(el: XmlElement | undefined): { value: string; type: 'html' | 'text' } | undefined {
  if (!el) return undefined;
  const type = el.attrs.type ?? 'text';
  if (type === 'xhtml') return { value: innerMarkup(el), type: 'html' };
  if (type === 'html' || type === 'text/html') return { value: textOf(el), type: 'html' };
  return { value: textOf(el), type: 'text' };
}

const atomNames = (el: XmlElement) =>
  childrenNamed(el, 'author')
    .map((a) => childText(a, 'name'))
    .filter(Boolean);

export function atomEntry(el: XmlElement, channel: FeedChannel): RawEntry {
  const links = childrenNamed(el, 'link');
  const alternate =
    links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && (l.attrs.type ?? 'text/html') === 'text/html') ??
    links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  const url = alternate?.attrs.href?.trim() || undefined;
  const title = atomText(child(el, 'title')) ?? { value: '', type: 'text' };
  const content = child(el, 'content');
  // Content elsewhere (`src`) is not in the feed: the summary is all there is.
  const body = (content && !content.attrs.src && atomText(content)) || undefined;
  const summary = atomText(child(el, 'summary'));
  const date = fromDated(childText(el, 'published')) ?? fromDated(childText(el, 'updated'));
  const authors = atomNames(el);
  return {
    sourceId: childText(el, 'id') || fallbackId(url, title.value, date),
    url,
    title: title.value,
    titleType: title.type,
    body: (body ?? summary)?.value ?? '',
    bodyType: (body ?? summary)?.type ?? 'text',
    date,
    authors: unique(authors.length ? authors : channel.authors),
    categories: unique(childrenNamed(el, 'category').map((c) => (c.attrs.label ?? c.attrs.term ?? '').trim())),
    tags: [],
    slug: slugOfUrl(url),
    truncated: !body,
    lang: content?.attrs['xml:lang'] ?? el.attrs['xml:lang'] ?? channel.lang,
  };
}
