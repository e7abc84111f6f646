/**
 * The search index as shipped: lunr's model without lunr's bulk. lunr serialises a float per term per field per
 * document (its field vectors) plus an object per posting; all of that follows from term frequencies and field
 * lengths, so we ship those as small integers and rebuild the same `lunr.Index` at load, with the same BM25
 * weights to the same three decimals lunr rounds them to: the same results as lunr's own serialisation.
 */
import { lunr } from './lunr-setup.js';

export const FIELDS = ['title', 'headings', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** Field boosts: a word in the title says more about a post than the same word in its body. */
export const FIELD_BOOSTS: Record<Field, number> = { title: 4, headings: 2, body: 1 };

/** What the index knows of a post: enough to filter by language and load its text for the results. */
export interface IndexedDoc {
  id: string;
  lang: string;
}

export interface CompactIndex {
  v: 1;
  docs: IndexedDoc[];
  /** Per document, the number of indexed terms in each field, in FIELDS order. */
  lengths: number[][];
  /** Every term, sorted, joined by spaces. */
  terms: string;
  /**
   * Per term (same order), per field in FIELDS order: `[docGap, tf, docGap, tf, …]`, documents in increasing order,
   * each as the gap from the previous one (the first from -1). Fields are separated by a 0 gap, which never
   * occurs otherwise.
   */
  postings: number[][];
  /**
   * Each term's English and French stems, worked out at build time (the stemmers are slow to run on the whole
   * vocabulary at load): a number is how many letters the stemmer cut from the end of the term, a string is a stem
   * that is not a plain cut (`solidarity` → `solidar` is 3; `happy` → `happi` is "happi"); null when the term is in
   * no post of that language.
   */
  stems: { en: (number | string | null)[]; fr: (number | string | null)[] };
}

/** Encodes a stem against its term (see CompactIndex.stems). */
export function encodeStem(term: string, stem: string): number | string {
  return term.startsWith(stem) ? term.length - stem.length : stem;
}

export function decodeStem(term: string, code: number | string): string {
  return typeof code === 'number' ? term.slice(0, term.length - code) : code;
}

/** BM25 as lunr.Builder computes it (k1 = 1.2, b = 0.75), rounded as lunr rounds it. */
function bm25(idf: number, tf: number, fieldLength: number, average: number, boost: number): number {
  const k1 = 1.2;
  const b = 0.75;
  const score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / average)) + tf);
  return Math.round(score * boost * 1000) / 1000;
}

/** lunr.idf: documents counted once per field they have the term in. */
function idf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

export interface LoadedIndex {
  index: lunr.Index;
  docs: IndexedDoc[];
  /** Every term, sorted (binary search finds completions). */
  terms: string[];
  /** Documents each term occurs in (any field), for choosing among many expansions. */
  documentFrequency: Int32Array;
}

/** lunr copies match metadata out of postings; with no metadata kept, every posting can share one object. */
const NO_METADATA = Object.freeze({});

/**
 * lunr intersects every query term with the index's TokenSet (a trie of all terms, slow to build: 27 ms for the
 * seed archive). Our queries only ever name terms the index has, expanded beforehand, so the intersection is the
 * term itself.
 */
const EXACT_TERMS_ONLY = { intersect: (clause: lunr.TokenSet) => clause };

export function loadIndex(compact: CompactIndex): LoadedIndex {
  const terms = compact.terms ? compact.terms.split(' ') : [];
  const docCount = compact.docs.length;
  const averages = FIELDS.map((_, f) => compact.lengths.reduce((sum, l) => sum + l[f], 0) / (docCount || 1));
  const invertedIndex: Record<string, any> = Object.create(null);
  const vectors: number[][][] = FIELDS.map(() => compact.docs.map(() => []));
  const documentFrequency = new Int32Array(terms.length);

  for (let t = 0; t < terms.length; t++) {
    const flat = compact.postings[t];
    const posting: Record<string, any> = { _index: t };
    for (const field of FIELDS) posting[field] = Object.create(null);
    // First pass: which documents (for idf); second: their weights.
    let count = 0;
    for (let i = 0; i < flat.length; i++) if (flat[i] === 0) continue; else (count++, i++);
    documentFrequency[t] = count;
    const termIdf = idf(count, docCount);
    for (let i = 0, f = 0, doc = -1; i < flat.length; i++) {
      if (flat[i] === 0) {
        f++;
        doc = -1;
        continue;
      }
      doc += flat[i];
      const tf = flat[++i];
      posting[FIELDS[f]][doc] = NO_METADATA;
      vectors[f][doc].push(t, bm25(termIdf, tf, compact.lengths[doc][f], averages[f], FIELD_BOOSTS[FIELDS[f]]));
    }
    invertedIndex[terms[t]] = posting;
  }

  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  FIELDS.forEach((field, f) => {
    compact.docs.forEach((_, doc) => {
      fieldVectors[`${field}/${doc}`] = new lunr.Vector(vectors[f][doc]);
    });
  });

  // @types/lunr lists only some of the attributes lunr.Index takes.
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: EXACT_TERMS_ONLY,
    fields: [...FIELDS],
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
  return { index, docs: compact.docs, terms, documentFrequency };
}
