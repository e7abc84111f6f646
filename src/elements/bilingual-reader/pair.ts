/**
 * The two versions a reader shows, aligned into segments: from the archive (a post and its translation) or from
 * the partner's own `<article lang>` children.
 */
import { type Link, align } from '../../core/align/aligner.js';
import { type Unit, type UnitKind, unitsOf } from '../../core/align/units.js';
import type { Article } from '../../core/post.js';
import { type Direction, directionOf } from '../../i18n/direction.js';
import { loadArticle, summary } from '../../runtime/api.js';

/**
 * Below this confidence the reader marks a pair as possibly inexact. The aligner's links at 0.9 or more are right
 * 99.99 % of the time on real translations, its wrong links average 0.54 (`bench/align.js`): under 0.6, most are
 * wrong, and few right ones are marked.
 */
export const WEAK_CONFIDENCE = 0.6;

export interface Version {
  lang: string;
  /** Which way the version is written: the partner's own `dir`, else its language's. */
  dir: Direction | 'auto';
  title?: string;
  /** The post's id, for an archive version. */
  id?: string;
  url?: string;
  units: Unit[];
}

export interface PairSegment {
  /** Stable for the same text: a deep link (`#…`) survives edits elsewhere in the post. */
  id: string;
  first: Unit[];
  second: Unit[];
  /**
   * How sure the aligner is that these parts go together (0 to 1; for parts only one version has, that the other
   * has nothing there). A row merged from several links takes the least sure.
   */
  confidence: number;
}

export interface Pair {
  first: Version;
  /** Absent when the post has no translation. */
  second?: Version;
  segments: PairSegment[];
}

/** A short, stable id from a text (FNV-1a, base 36). */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Indexes of the units of each version that read as one segment. */
interface Rows {
  first: number[];
  second: number[];
  confidence: number;
}

/**
 * The aligner's links (`a` in the first version, `b` in the second) as rows, where consecutive parts that only one
 * version has (an editor's introduction) read as one segment.
 */
function rowsOf(links: readonly Link[]): Rows[] {
  const out: Rows[] = [];
  const side = (r: Rows) => (r.second.length === 0 ? 'first' : r.first.length === 0 ? 'second' : '');
  for (const { a, b, confidence = 1 } of links) {
    const row = { first: [...a], second: [...b], confidence };
    const last = out[out.length - 1];
    if (last && side(row) && side(last) === side(row)) {
      last.first.push(...row.first);
      last.second.push(...row.second);
      last.confidence = Math.min(last.confidence, confidence);
    } else out.push(row);
  }
  return out;
}

function segmentsOf(first: Version, second: Version | undefined): PairSegment[] {
  const rows: Rows[] = second
    ? rowsOf(align(first.units, second.units))
    : first.units.map((_, i) => ({ first: [i], second: [], confidence: 1 }));
  const used = new Map<string, number>();
  return rows.map((row) => {
    const firstUnits = row.first.map((i) => first.units[i]);
    const secondUnits = row.second.map((j) => second!.units[j]);
    const base = `s-${hashId((firstUnits[0] ?? secondUnits[0]).text)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      first: firstUnits,
      second: secondUnits,
      confidence: row.confidence,
    };
  });
}

const versionOf = (post: Article): Version => ({
  lang: post.lang,
  dir: directionOf(post.lang),
  title: post.title,
  id: post.id,
  url: post.url,
  units: unitsOf(post.blocks),
});

/**
 * A post and its translation from the archive. `languages` ("en fr") picks which translation and the order;
 * by default the named post comes first. Once `signal` aborts (the reader wants another post), the posts are not
 * fetched.
 */
export async function archivePair(id: string, languages: string[], signal?: AbortSignal): Promise<Pair> {
  const named = await summary(id);
  signal?.throwIfAborted();
  const wanted = languages.filter((l) => l !== named.lang);
  const partner =
    named.translations.find((t) => wanted.includes(t.lang)) ?? (wanted.length ? undefined : named.translations[0]);
  const [post, other] = await Promise.all([loadArticle(id), partner ? loadArticle(partner.id) : undefined]);
  let first = versionOf(post);
  let second = other && versionOf(other);
  if (second && languages.indexOf(second.lang) >= 0 && languages.indexOf(second.lang) < languages.indexOf(first.lang)) {
    [first, second] = [second, first];
  }
  return { first, second, segments: segmentsOf(first, second) };
}

const KINDS: Record<string, UnitKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
};

/** Reading units of a partner's own `<article>`: its paragraphs, headings, quotations and lists, as text. */
function unitsOfElement(root: Element, lang: string): Unit[] {
  const out: Unit[] = [];
  const walk = (el: Element, inherited: string) => {
    const here = el.getAttribute('lang') || inherited;
    for (const child of el.children) {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      const kind = KINDS[child.tagName];
      if (kind) {
        if (text) out.push({ kind, lang: child.getAttribute('lang') || here, text });
      } else if (child.tagName === 'UL' || child.tagName === 'OL') {
        const items = [...child.children]
          .map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean);
        if (items.length) out.push({ kind: 'list', lang: here, text: items.join('\n'), items });
      } else if (!/^(SCRIPT|STYLE|TEMPLATE)$/.test(child.tagName)) {
        walk(child, here);
      }
    }
  };
  walk(root, lang);
  return out;
}

/** `dir` as the partner wrote it on an `<article>`, when it is one the reader can follow. */
function ownDir(el: Element, lang: string): Version['dir'] {
  const dir = el.getAttribute('dir')?.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' || dir === 'auto' ? dir : directionOf(lang);
}

/** A partner's version: its first unit is its title when it is a heading (shown once, above the text). */
function ownVersion(el: Element): Version {
  const lang = el.getAttribute('lang')?.trim() ?? '';
  const units = unitsOfElement(el, lang);
  const title = units[0]?.kind === 'heading' ? units.shift()!.text : undefined;
  return { lang, dir: ownDir(el, lang), title, units };
}

/** A partner's own pair: the first two `<article lang>` children, in `languages` order when given. */
export function ownPair(articles: Element[], languages: string[]): Pair | undefined {
  const versions = articles.map(ownVersion).filter((v) => v.lang && (v.units.length || v.title));
  if (!versions.length) return undefined;
  const rank = (v: Version) => (languages.includes(v.lang) ? languages.indexOf(v.lang) : languages.length);
  const [first, second] = languages.length ? [...versions].sort((x, y) => rank(x) - rank(y)) : versions;
  return { first, second, segments: segmentsOf(first, second) };
}
