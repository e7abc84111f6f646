/**
 * WordPress eXtended RSS (what Tools → Export writes): which items are published, public posts, and what each
 * says about itself. The channel lists the authors (login → display name) before the items.
 * Structure as in WordPress's `export.php` and the wordpress-importer's test exports (WXR 1.0–1.2).
 */
import { decodeHTML } from 'entities';
import { fromDated, fromWordPress } from './dates.js';
import type { RawEntry } from './entry.js';
import type { WithheldItem } from './types.js';
import { type XmlElement, child, childText, childrenNamed, textOf } from './xml-stream.js';

export interface WxrChannel {
  site?: string;
  lang?: string;
  /** Author login → display name. */
  authors: Map<string, string>;
}

export type WxrItem =
  | { kind: 'post'; entry: RawEntry }
  | { kind: 'skip'; reason: string; withheld?: WithheldItem }
  /** A reusable block (`wp_block`): not a post, but posts that use it show its content. */
  | { kind: 'reusable'; id: number; content: string };

/** The namespace every WordPress export declares (`http://wordpress.org/export/1.2/`). */
export const isWxrNamespace = (uri: string): boolean => /\/\/wordpress\.org\/export\/\d/.test(uri);

/** Why an item of another type is not a post of the archive, as the summary counts it. */
const TYPES: Record<string, string> = {
  page: 'page',
  attachment: 'attachment',
  nav_menu_item: 'menu item',
  revision: 'revision',
};
const STATUSES: Record<string, string> = {
  draft: 'draft',
  pending: 'pending',
  future: 'scheduled',
  private: 'private',
  trash: 'trash',
  'auto-draft': 'auto-draft',
};

export function readAuthor(el: XmlElement, channel: WxrChannel): void {
  const login = childText(el, 'wp:author_login');
  if (login) channel.authors.set(login, decodeHTML(childText(el, 'wp:author_display_name')) || login);
}

/** Term names are stored HTML-escaped (`News &amp; Views`). */
const terms = (el: XmlElement, domain: string) =>
  childrenNamed(el, 'category')
    .filter((c) => c.attrs.domain === domain)
    .map((c) => decodeHTML(textOf(c)).trim())
    .filter((name, i, all) => name && all.indexOf(name) === i);

const meta = (el: XmlElement, key: string) =>
  childrenNamed(el, 'wp:postmeta')
    .filter((m) => childText(m, 'wp:meta_key') === key)
    .map((m) => childText(m, 'wp:meta_value'))[0];

export function wxrItem(el: XmlElement, channel: WxrChannel): WxrItem {
  const type = childText(el, 'wp:post_type') || 'post';
  const status = childText(el, 'wp:status');
  const number = childText(el, 'wp:post_id');
  if (type === 'wp_block')
    return { kind: 'reusable', id: Number(number), content: textOf(child(el, 'content:encoded')) };
  if (type !== 'post') return { kind: 'skip', reason: TYPES[type] ?? `post type ${type}` };

  const link = childText(el, 'link');
  const guid = childText(el, 'guid');
  const sourceId = guid || `${channel.site ?? ''}?p=${number}`;
  const url = link || (/^https?:\/\//.test(guid) ? guid : undefined);
  // WordPress stores a post without a status as a draft.
  const hidden =
    status !== 'publish'
      ? (STATUSES[status] ?? `status ${status || '(none)'}`)
      : childText(el, 'wp:post_password')
        ? 'password-protected'
        : undefined;
  if (hidden) return { kind: 'skip', reason: hidden, withheld: { sourceId, url, reason: hidden } };

  const logins = [
    ...childrenNamed(el, 'dc:creator').map((c) => textOf(c).trim()),
    // Co-Authors Plus lists further authors as terms of its `author` taxonomy, by login.
    ...terms(el, 'author').map((t) => t.replace(/^cap-/, '')),
  ];
  const entry: RawEntry = {
    sourceId,
    url,
    title: textOf(child(el, 'title')),
    titleType: 'html',
    body: textOf(child(el, 'content:encoded')),
    bodyType: 'wordpress',
    date:
      fromWordPress(childText(el, 'wp:post_date_gmt'), true) ??
      fromDated(childText(el, 'pubDate')) ??
      fromWordPress(childText(el, 'wp:post_date'), false),
    authors: [...new Set(logins.filter(Boolean).map((login) => channel.authors.get(login) ?? login))],
    categories: terms(el, 'category'),
    tags: terms(el, 'post_tag'),
    slug: childText(el, 'wp:post_name') || undefined,
    number,
    lang: channel.lang,
    footnotes: meta(el, 'footnotes'),
  };
  return { kind: 'post', entry };
}
