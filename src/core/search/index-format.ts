/**
 * The search index as shipped (built by pipeline/search-index.ts, read by runtime/search/): scores are worked out
 * at build time, so the browser only adds numbers. Per term and post, the weight is lunr's BM25 (lunr.Builder's
 * field vectors, k1 = 1.2, b = 0.75, title ×4, headings ×2) summed over the fields, quantised on a log scale
 * (3 % steps). The manifest holds nothing per post; terms are split by range into shards sized by compressed
 * bytes and term count. Each term's postings are stored best-first, and cut after the best `head`: a common word
 * costs what a rare one costs; the rest (the tail), the words' positions and the stop words beside them (for
 * phrases) are separate files, loaded only by the queries that need them. What a result shows comes from per-post fragments (title, address,
 * language, sections, a few short excerpt windows), never from the whole post.
 */
import { rangeOf } from './sorted.js';

export const FIELDS = ['title', 'headings', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Field boosts: a word in the title says more about a post than the same word in its body. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 4, headings: 2, body: 1 };

/**
 * How rare a term in `df` of `posts` posts is: lunr's idf, as BM25 weighs it at build time, and as the browser
 * weighs a word one typo away and the build picks a fragment's windows.
 */
export const idf = (df: number, posts: number): number => Math.log(1 + Math.abs((posts - df + 0.5) / (df + 0.5)));

/** Quantised weights: level q stands for WEIGHT_BASE × WEIGHT_STEP^q (lunr rounds weights to 0.001). */
const WEIGHT_BASE = 0.001;
const WEIGHT_STEP = 1.03;
export const quantise = (weight: number): number =>
  weight <= WEIGHT_BASE ? 0 : Math.round(Math.log(weight / WEIGHT_BASE) / Math.log(WEIGHT_STEP));
/** Weights by level, filled up to the highest level asked for: a query decodes thousands of postings. */
const weights: number[] = [];
export function dequantise(level: number): number {
  if (level >= weights.length && level < 4096) {
    while (weights.length <= level) weights.push(WEIGHT_BASE * WEIGHT_STEP ** weights.length);
  }
  return weights[level] ?? WEIGHT_BASE * WEIGHT_STEP ** level;
}

/** A stem as a number (letters the stemmer cut from the end of the term) or a string (another word); null: none. */
export type StemCode = number | string | null;

export interface SearchManifest {
  v: 4;
  /** How many posts the index holds. */
  posts: number;
  /** The posts' languages (posts are numbered in the archive's order). */
  langs: string[];
  /** The first term of each shard after the first, sorted: shard n holds terms from boundaries[n-1] on. */
  boundaries: string[];
  /** Postings kept in a shard per term (the best ones); the rest are in the shard's tail file. */
  head: number;
  /** The stop words the index left out (lower case), space-separated: a query is read the same way. */
  stopWords: string;
  /** Posts per fragment file (post n is in file ⌊n / fragmentsPerFile⌋). */
  fragmentsPerFile: number;
  /** Typo dictionaries: the archive's words by their start, and by their end (boundaries as for shards). */
  typos: { prefix: string[]; suffix: string[] };
  /** A small archive's one shard and its posts' languages, in the same file as the manifest. */
  inline?: { shard: SearchShard } & PostLangs;
}

/** Each post's language as one character, its index in `langs` in base 36 (a file of its own, see data-files). */
export interface PostLangs {
  postLangs: string;
}

export interface SearchShard {
  /** The shard's terms, sorted, joined by spaces. */
  terms: string;
  /** Per term: how many posts have it (head and tail). */
  df: number[];
  /** Per term: its best postings (see encodePostings). */
  postings: number[][];
  /**
   * Each term's English and French stems, worked out at build time (the browser needs no stemmer for a word the
   * archive has); null when the term is in no post of that language.
   */
  stems: { en: StemCode[]; fr: StemCode[] };
  /** Per term whose postings go past the head: which of the shard's tail files holds the rest (-1: none). */
  tails: number[];
  /** Per term: which of the shard's position files holds its words' positions (and near file, the stop words beside). */
  positions: number[];
}

/** The postings past the head of some of a shard's terms (by their index in the shard). */
export interface ShardTail {
  terms: number[];
  postings: number[][];
}

/**
 * Word positions of each posting (head, then tail) of some of a shard's terms (see encodePositions); and, for a
 * phrase, which reads its words here alone (runtime/search/phrase-file.ts), the same terms' words (space-separated),
 * post counts and whole postings (head and tail, one encodePostings list).
 */
export interface ShardPositions {
  terms: number[];
  words: string;
  df: number[];
  postings: number[][];
  positions: number[][];
}

/**
 * The stop words beside the positions of the same terms as a positions file: per term, an entry a position (the
 * stop words just before it and just after it: see stop-codes.ts), its postings' positions in turn, a space between.
 */
export interface ShardNear {
  terms: number[];
  near: string[];
}

/**
 * Which of its shard's positions files (and near files, split the same way) holds each term: per shard, the first
 * term of each of its positions files after the first (none for a shard with one). A phrase reads its words in
 * their positions files alone (see ShardPositions), found by this without their shards (a file of its own: other
 * queries need none of it).
 */
export interface SearchLayout {
  pos: string[][];
}

/** One of a typo dictionary's shards: its words, joined by spaces. */
export interface TypoShard {
  terms: string;
}

/** An excerpt window: the section it stands in (index into sections, -1 for none), its text, and bit 1 set when
 * the text it is cut from goes on before it, bit 2 when it goes on after; last, its language when it is not the
 * post's (the French post's English introduction). */
export type ExcerptWindow = [section: number, text: string, cut: number, lang?: string];

/** Excerpt windows, with the sections they stand in. */
export interface WindowSet {
  sections: string[];
  windows: ExcerptWindow[];
}

/**
 * What a search result shows of a post: its windows are the few that hold its most telling words; the rest of its
 * windows (a WindowSet per post, in the text file of the same number) are read only when none of these has a match.
 */
export interface Fragment extends WindowSet {
  id: string;
  title: string;
  lang: string;
  url?: string;
  /** The post's opening, shown when only its title matched. */
  excerpt: string;
  /**
   * Where a long post's other windows are instead: part k of the text file, at this index (its place in the text
   * file itself is then null). Reading one post's windows then reads little of the others'.
   */
  rest?: [part: number, index: number];
}

/** A text file: each post's other windows, in the order of the fragment file; null for a post moved to a part. */
export type TextFile = (WindowSet | null)[];

export function encodeStem(term: string, stem: string): number | string {
  return term.startsWith(stem) ? term.length - stem.length : stem;
}

export function decodeStem(term: string, code: number | string): string {
  return typeof code === 'number' ? term.slice(0, term.length - code) : code;
}

/** The shard that holds `term` (or would). */
export const shardOf = (manifest: SearchManifest, term: string): number => rangeOf(manifest.boundaries, term);

/** The language of post `doc`. */
export function langOf(manifest: SearchManifest, langs: PostLangs, doc: number): string | undefined {
  return manifest.langs[parseInt(langs.postLangs[doc], 36)];
}

/**
 * Postings best-first: `[level, doc]` for the first, then per posting the drop in level from the previous one and,
 * when the level is the same, the gap from the previous post, else the post itself. Posts of a common word mostly
 * share levels, so most numbers are a 0 and a small gap.
 */
export function encodePostings(postings: readonly { doc: number; level: number }[], from = { level: -1, doc: -1 }) {
  const flat: number[] = [];
  let { level, doc } = from;
  for (const p of postings) {
    if (level < 0) flat.push(p.level, p.doc);
    else flat.push(level - p.level, level === p.level ? p.doc - doc : p.doc);
    level = p.level;
    doc = p.doc;
  }
  return flat;
}

/** Reads postings written by encodePostings; `from` continues a head into its tail. */
export function decodePostings(
  flat: readonly number[],
  each: (doc: number, level: number) => void,
  from = { level: -1, doc: -1 },
): { level: number; doc: number } {
  let { level, doc } = from;
  for (let i = 0; i < flat.length; i += 2) {
    if (level < 0) {
      level = flat[i];
      doc = flat[i + 1];
    } else if (flat[i] === 0) doc += flat[i + 1];
    else {
      level -= flat[i];
      doc = flat[i + 1];
    }
    each(doc, level);
  }
  return { level, doc };
}

/** Positions of each posting in turn: `[count, first, gap, gap…]`, a post's words numbered from 0 (see fields). */
export function encodePositions(lists: readonly (readonly number[])[]): number[] {
  const flat: number[] = [];
  for (const list of lists) {
    flat.push(list.length);
    list.forEach((p, i) => flat.push(i ? p - list[i - 1] : p));
  }
  return flat;
}

export function decodePositions(flat: readonly number[]): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < flat.length;) {
    const n = flat[i++];
    const list: number[] = [];
    for (let k = 0; k < n; k++) list.push(k ? list[k - 1] + flat[i++] : flat[i++]);
    out.push(list);
  }
  return out;
}
