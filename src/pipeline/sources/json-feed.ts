/** JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) → raw entries. Feeds are small: read whole. */
import { fromDated } from './dates.js';
import type { RawEntry } from './entry.js';
import { fallbackId, slugOfUrl } from './feeds.js';

interface JsonAuthor {
  name?: string;
}

interface JsonItem {
  id?: string | number;
  url?: string;
  title?: string;
  content_html?: string;
  content_text?: string;
  summary?: string;
  date_published?: string;
  date_modified?: string;
  author?: JsonAuthor;
  authors?: JsonAuthor[];
  tags?: string[];
  language?: string;
}

export interface JsonFeed {
  version?: string;
  title?: string;
  home_page_url?: string;
  language?: string;
  author?: JsonAuthor;
  authors?: JsonAuthor[];
  items?: JsonItem[];
}

export const isJsonFeed = (data: unknown): data is JsonFeed =>
  !!data &&
  typeof data === 'object' &&
  typeof (data as JsonFeed).version === 'string' &&
  /^https:\/\/jsonfeed\.org\/version\/1/.test((data as JsonFeed).version!) &&
  Array.isArray((data as JsonFeed).items);

/** 1.1 has `authors`, 1.0 a single `author`. */
const names = (o: { author?: JsonAuthor; authors?: JsonAuthor[] }) =>
  (o.authors ?? (o.author ? [o.author] : [])).map((a) => a?.name?.trim() ?? '').filter(Boolean);

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function jsonFeedItem(item: JsonItem, feed: JsonFeed): RawEntry {
  const url = str(item.url)?.trim() || undefined;
  const html = str(item.content_html);
  const text = str(item.content_text);
  const summary = str(item.summary);
  const authors = names(item);
  const title = str(item.title) ?? '';
  const date = fromDated(str(item.date_published)) ?? fromDated(str(item.date_modified));
  return {
    // `id` is required (a string; some feeds write a number).
    sourceId: item.id != null && String(item.id).trim() ? String(item.id).trim() : fallbackId(url, title, date),
    url,
    title,
    titleType: 'text',
    body: html ?? text ?? summary ?? '',
    bodyType: html != null ? 'html' : 'text',
    date,
    authors: authors.length ? authors : names(feed),
    categories: [],
    tags: (Array.isArray(item.tags) ? item.tags : []).filter((t): t is string => typeof t === 'string' && !!t.trim()),
    slug: slugOfUrl(url),
    truncated: html == null && text == null && summary != null,
    lang: str(item.language) ?? str(feed.language),
  };
}
