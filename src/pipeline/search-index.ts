/**
 * Builds the search index (format: core/search/index-format.ts) in two steps that never need the whole archive at
 * once:
 * 1. per post, `postTerms`: lunr.Builder reads the post's fields with our analyzer as its tokenizer and records each
 *    term's frequency per field and its word positions (lunr metadata), and the fields' lengths;
 * 2. per range of terms, `indexTerms`: with the archive's statistics (post count, average field lengths), each
 *    term's postings get lunr's BM25 weights, are quantised, ordered best-first, cut into head and tail, and the
 *    terms are cut into shards by compressed size and count.
 */
import { deflateRawSync } from 'node:zlib';
import type { Article, Block } from '../core/post.js';
import { blockText, walkBlocks } from '../core/post.js';
import { type WordSpan, words } from '../core/search/analyzer.js';
import {
  FIELDS,
  type Field,
  FIELD_BOOSTS,
  type SearchShard,
  type StemCode,
  encodePostings,
  encodeStem,
  idf,
  quantise,
} from '../core/search/index-format.js';
import { isStopWord, lunr, stemEn, stemFr } from '../core/search/lunr-setup.js';
import { MAX_RUN, nearEntry, stopCode } from '../core/search/stop-codes.js';
import type { DataSink } from './data-sink.js';
import { HEAD, SHARD_BYTES, SHARD_TERMS, type ShardFile, TAIL_BYTES, positionsText } from './search-layout.js';

/** The text of each field of a post. */
export function fieldsOf(article: Pick<Article, 'title' | 'blocks'>): Record<Field, string> {
  const headings: string[] = [];
  const body: string[] = [];
  for (const block of walkBlocks(article.blocks)) {
    if (block.kind === 'heading') headings.push(block.text);
    else if (block.kind === 'reprint') {
      if (block.heading) headings.push(block.heading);
      if (block.origin) body.push(block.origin);
    } else body.push(...blockText(block as Exclude<Block, { kind: 'reprint' }>));
  }
  return { title: article.title, headings: headings.join('\n'), body: body.join('\n') };
}

/** A post's fields and their words as the analyzer reads them: read once, for its terms and its windows. */
export interface ReadFields {
  texts: Record<Field, string>;
  words: Record<Field, WordSpan[]>;
}

export function readFields(article: Pick<Article, 'title' | 'blocks'>): ReadFields {
  const texts = fieldsOf(article);
  const read = (field: Field) => words(texts[field], isStopWord);
  return { texts, words: { title: read('title'), headings: read('headings'), body: read('body') } };
}

/**
 * A field's words as the index reads them: its terms (stop words left out) and their word positions. Positions
 * number a post's words through its fields in order (title, headings, body), stop words included (phrases have
 * them), with a gap between texts so that no phrase runs from one paragraph into the next; `next` is where the
 * next field's numbering starts. Stop words met are added to `stopWords` (lower case). `near` has, per term, the
 * stop words just before it and just after it (see nearEntry).
 */
function fieldWords(
  text: string,
  from: number,
  stopWords?: Set<string>,
  all: readonly WordSpan[] = words(text, isStopWord),
): { terms: string[]; at: number[]; near: string[]; next: number } {
  const terms: string[] = [];
  const at: number[] = [];
  const before: string[] = [];
  const after: string[] = [];
  let position = from;
  // The first line break at or after the previous word's end: looked up again only once a word passes it.
  let newline = text.indexOf('\n');
  // The previous word's position: a gap (a line break, the field's start) when it is not just before.
  let last = -2;
  // The stop words since the last indexed word (the last MAX_RUN of them), and how many came after it.
  let run = '';
  let runLength = 0;
  // The indexed word whose stop words after it are still coming (-1: none, or past a gap).
  let open = -1;
  for (let i = 0; i < all.length; i++) {
    const word = all[i];
    if (i > 0 && newline >= 0) {
      if (newline < all[i - 1].end) newline = text.indexOf('\n', all[i - 1].end);
      if (newline >= 0 && newline < word.start) position++;
    }
    if (last !== position - 1) {
      run = '';
      runLength = 0;
      open = -1;
    }
    if (!word.stop) {
      terms.push(word.term);
      at.push(position);
      before.push(run);
      after.push('');
      open = after.length - 1;
      run = '';
      runLength = 0;
    } else {
      const code = codeOf(word.term);
      run = runLength < MAX_RUN ? run + code : run.slice(code.length) + code;
      if (open >= 0 && runLength < MAX_RUN) after[open] += code;
      runLength++;
      if (stopWords) stopWords.add(text.slice(word.start, word.end).toLowerCase());
    }
    last = position;
    position++;
  }
  return { terms, at, near: before.map((b, k) => nearEntry(b, after[k])), next: position + 1 };
}

/** Stop words' codes, worked out once each (a few hundred words make every stop word met). */
const stopCodes = new Map<string, string>();
function codeOf(term: string): string {
  let code = stopCodes.get(term);
  if (code === undefined) stopCodes.set(term, (code = stopCode(term)));
  return code;
}

/** A lunr.Builder set up as ours: our analyzer as tokenizer (positions as metadata), no pipeline, boosted fields. */
function builder(): lunr.Builder {
  const b = new lunr.Builder();
  b.pipeline.reset();
  b.searchPipeline.reset();
  b.metadataWhitelist = ['at'];
  let next = 0;
  b.tokenizer = ((text: unknown, meta?: { fields?: string[] }) => {
    if (meta?.fields?.[0] === FIELDS[0]) next = 0;
    const field = fieldWords(String(text ?? ''), next);
    next = field.next;
    return field.terms.map((term, i) => new lunr.Token(term, { at: field.at[i] }));
  }) as unknown as typeof lunr.tokenizer;
  b.ref('ref');
  for (const field of FIELDS) b.field(field, { boost: FIELD_BOOSTS[field] });
  return b;
}

/** lunr's own index of the posts (built with our analyzer): what our weights are checked against. */
export function buildLunr(articles: readonly Article[]): lunr.Builder {
  const b = builder();
  articles.forEach((article, i) => b.add({ ref: String(i), ...fieldsOf(article) }));
  b.build();
  return b;
}

/**
 * One post's terms: per term its frequency in each field, its word positions and the stop words beside each (see
 * nearEntry; a space between positions); the fields' lengths.
 */
export interface PostTerms {
  lengths: number[];
  terms: [term: string, tf: number[], positions: number[], near: string][];
  /** Stop words met (lower case): the index ships those a query must skip. */
  stopWords: string[];
}

/**
 * What lunr.Builder's `add` records of one post (term frequencies per field, positions, field lengths; buildLunr
 * checks it in the tests), counted directly: the builder's per-term objects cost a third of a post's build.
 * Terms come in the order of the builder's inverted index, a plain object's key order (integer-like terms first).
 */
export function postTerms(article: Pick<Article, 'title' | 'blocks'>, read = readFields(article)): PostTerms {
  const stopWords = new Set<string>();
  const { texts } = read;
  // Positions run on from one field to the next (fieldWords), and the fields are read in order: a term's positions,
  // pushed as they come, are the fields' lists one after the other.
  const found: Record<string, { tf: number[]; at: number[]; near: string[] }> = Object.create(null);
  const lengths: number[] = [];
  let next = 0;
  FIELDS.forEach((field, f) => {
    const words = fieldWords(texts[field], next, stopWords, read.words[field]);
    next = words.next;
    lengths.push(words.terms.length);
    words.terms.forEach((term, i) => {
      let entry = found[term];
      if (!entry) found[term] = entry = { tf: FIELDS.map(() => 0), at: [], near: [] };
      entry.tf[f]++;
      entry.at.push(words.at[i]);
      entry.near.push(words.near[i]);
    });
  });
  const terms: PostTerms['terms'] = [];
  for (const term of Object.keys(found)) {
    const { tf, at, near } = found[term];
    terms.push([term, tf, at, near.join(' ')]);
  }
  return { lengths, terms, stopWords: [...stopWords] };
}

/** What BM25 needs of the whole archive. */
export interface IndexStats {
  posts: number;
  /** Average length of each field. */
  averages: number[];
  /** Field lengths, three per post. */
  lengths: Int32Array;
  /** Each post's language, as an index into langNames. */
  langs: Uint8Array;
  langNames: string[];
}

/** A term's postings as gathered: posts, frequencies (three per post) and positions (encoded, see below). */
export interface TermPostings {
  docs: number[];
  tfs: number[];
  /** Per post: `count,first,gap,…` (encodePositions' form, as text), `;`, and its positions' stop words (positionsText). */
  positions: string[];
}

/** BM25 as lunr.Builder computes it (k1 = 1.2, b = 0.75), boosted and rounded as lunr rounds it. */
function bm25(termIdf: number, tf: number, length: number, average: number, boost: number): number {
  const score = (termIdf * 2.2 * tf) / (1.2 * (0.25 + (0.75 * length) / average) + tf);
  return Math.round(score * boost * 1000) / 1000;
}

/** Each posting's weight: lunr's field weights for the term, summed over the fields (unquantised). */
export function termWeights(p: TermPostings, stats: IndexStats): number[] {
  let fieldPostings = 0;
  for (let i = 0; i < p.tfs.length; i++) if (p.tfs[i] > 0) fieldPostings++;
  // lunr counts a post once per field it has the term in.
  const termIdf = idf(fieldPostings, stats.posts);
  return p.docs.map((doc, i) =>
    FIELDS.reduce((sum, field, f) => {
      const tf = p.tfs[i * 3 + f];
      return tf ? sum + bm25(termIdf, tf, stats.lengths[doc * 3 + f], stats.averages[f], FIELD_BOOSTS[field]) : sum;
    }, 0),
  );
}

interface EncodedTerm {
  term: string;
  df: number;
  head: number[];
  tail: number[];
  /** Positions of every posting, head and tail, in order. */
  positions: string;
  /** The stop words beside them, in the same order (nearEntry's, a space between positions). */
  near: string;
  stems: [StemCode, StemCode];
  /** Its compressed size, about. */
  bytes: number;
}

/**
 * The postings' indexes, best first (highest level, then lowest post number). Sorted as numbers that hold all three
 * (`(top level − level) · 2⁴⁰ + post · 2²⁰ + index`, exact under 2⁵³), which V8 sorts without calling back into
 * JavaScript: a common term's thousands of postings cost a comparator call per comparison otherwise.
 */
export function bestFirstOrder(levels: readonly number[], docs: readonly number[]): number[] {
  const n = docs.length;
  let top = 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    if (levels[i] > top) top = levels[i];
    if (docs[i] > last) last = docs[i];
  }
  if (top >= 4096 || n >= 2 ** 20 || last >= 2 ** 20) {
    return docs.map((_, i) => i).sort((a, b) => levels[b] - levels[a] || docs[a] - docs[b]);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (top - levels[i]) * 2 ** 40 + docs[i] * 2 ** 20 + i;
  keys.sort();
  const order = new Array<number>(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % 2 ** 20;
  return order;
}

/** A term's postings weighed, best first, cut into head and tail. */
function encodeTerm(term: string, p: TermPostings, stats: IndexStats, head: number): EncodedTerm {
  const levels = termWeights(p, stats).map(quantise);
  const order = bestFirstOrder(levels, p.docs);
  const postings = order.map((i) => ({ doc: p.docs[i], level: levels[i] }));
  const headPart = postings.slice(0, head);
  const last = headPart.at(-1)!;
  const positions: string[] = [];
  const near: string[] = [];
  for (const i of order) {
    const text = p.positions[i];
    const cut = text.indexOf(';');
    positions.push(text.slice(0, cut));
    near.push(text.slice(cut + 1));
  }
  const encoded = {
    term,
    df: p.docs.length,
    head: encodePostings(headPart),
    tail: encodePostings(postings.slice(head), last),
    positions: positions.join(','),
    near: near.join(' '),
    stems: stemsOf(term, p.docs, stats),
    bytes: 0,
  };
  const text = `${term} ${encoded.head.join(',')}`;
  encoded.bytes = text.length < 64 ? text.length * 0.6 : deflateRawSync(text).length;
  return encoded;
}

/**
 * A term's English and French stems, only for the languages of the posts it is in: an English-only word has no
 * French stem to share (null), which keeps shards small.
 */
function stemsOf(term: string, docs: readonly number[], stats: IndexStats): [StemCode, StemCode] {
  const langs = new Set(docs.map((d) => stats.langNames[stats.langs[d]]));
  const other = [...langs].some((l) => l !== 'en' && l !== 'fr');
  return [
    langs.has('en') || other ? encodeStem(term, stemEn(term)) : null,
    langs.has('fr') || other ? encodeStem(term, stemFr(term)) : null,
  ];
}

/**
 * What indexing a range of terms gives: its shards' first terms, which positions file of each shard holds each term
 * (the index's SearchLayout, shard by shard), and every term with its post count.
 */
export interface IndexedRange {
  shards: number;
  firstTerms: string[];
  layouts: { pos: string[] }[];
  vocabulary: [term: string, df: number][];
}

/**
 * Weighs, orders and cuts a range of terms, and writes its shards as `name(k)` (k from 0): the shard, its words'
 * positions and the stop words beside them (phrases only read them) and, when some term has more postings than the
 * head, its tail.
 */
export function indexTermRange(
  terms: Map<string, TermPostings>,
  stats: IndexStats,
  sink: DataSink,
  name: (kind: ShardFile, k: number, part?: number) => string,
  { head = HEAD, shardBytes = SHARD_BYTES, shardTerms = SHARD_TERMS } = {},
): IndexedRange {
  const sorted = [...terms.keys()].sort();
  const out: IndexedRange = { shards: 0, firstTerms: [], layouts: [], vocabulary: [] };
  let batch: EncodedTerm[] = [];
  let bytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const k = out.shards++;
    out.firstTerms.push(batch[0].term);
    // Tails and positions in files of about TAIL_BYTES: a query reads those of its own terms, not the shard's.
    // Returns where each term went, and the first term of each file after the first (the layout, for positions).
    const group = (
      size: (t: EncodedTerm) => number,
      write: (file: number, members: EncodedTerm[], terms: string) => void,
    ) => {
      const where = batch.map(() => -1);
      const firsts: string[] = [];
      let members: number[] = [];
      let files = 0;
      let bytes = 0;
      const flushFile = () => {
        if (members.length)
          write(
            files++,
            members.map((i) => batch[i]),
            `"terms":[${members.join(',')}]`,
          );
        members = [];
        bytes = 0;
      };
      batch.forEach((t, i) => {
        if (!size(t)) return;
        if (members.length && bytes + size(t) > TAIL_BYTES) flushFile();
        if (!members.length && files) firsts.push(t.term);
        where[i] = files;
        members.push(i);
        bytes += size(t);
      });
      flushFile();
      return { where, firsts };
    };
    const items = (members: EncodedTerm[], item: (t: EncodedTerm) => string | number) => members.map(item).join(',');
    const tails = group(
      (t) => t.tail.length * 1.2,
      (file, members, terms) =>
        sink.writeJson(
          name('tail', k, file),
          `{${terms},"postings":[${items(members, (t) => `[${t.tail.join(',')}]`)}]}`,
        ),
    );
    // A positions file also holds its terms' words, post counts and whole postings (a phrase reads its words there
    // alone, without their shards or tails), and has a `near` file of the same terms: the stop words beside them,
    // read by phrases with some.
    const positions = group(
      (t) => t.positions.length * 0.4 + 1,
      (file, members, terms) => {
        const words = JSON.stringify(members.map((t) => t.term).join(' '));
        const df = items(members, (t) => t.df);
        const postings = items(members, (t) => `[${t.head.concat(t.tail).join(',')}]`);
        const at = items(members, (t) => `[${t.positions}]`);
        sink.writeJson(
          name('pos', k, file),
          `{${terms},"words":${words},"df":[${df}],"postings":[${postings}],"positions":[${at}]}`,
        );
        sink.writeJson(name('near', k, file), `{${terms},"near":[${items(members, (t) => JSON.stringify(t.near))}]}`);
      },
    );
    out.layouts.push({ pos: positions.firsts });
    const shard: SearchShard = {
      terms: batch.map((t) => t.term).join(' '),
      df: batch.map((t) => t.df),
      postings: batch.map((t) => t.head),
      stems: { en: batch.map((t) => t.stems[0]), fr: batch.map((t) => t.stems[1]) },
      tails: tails.where,
      positions: positions.where,
    };
    sink.write(name('shard', k), shard);
    batch = [];
    bytes = 0;
  };
  for (const term of sorted) {
    const encoded = encodeTerm(term, terms.get(term)!, stats, head);
    if (batch.length && (bytes + encoded.bytes > shardBytes || batch.length >= shardTerms)) flush();
    batch.push(encoded);
    bytes += encoded.bytes;
    out.vocabulary.push([term, encoded.df]);
  }
  flush();
  return out;
}

/** Adds one post's terms to the postings being gathered. */
export function gatherTerms(into: Map<string, TermPostings>, doc: number, post: PostTerms): void {
  for (const [term, tf, positions, near] of post.terms) {
    let p = into.get(term);
    if (!p) into.set(term, (p = { docs: [], tfs: [], positions: [] }));
    p.docs.push(doc);
    p.tfs.push(...tf);
    p.positions.push(positionsText(positions, near));
  }
}
