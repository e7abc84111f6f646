/**
 * Runs a reader's query against the loaded index. Each query word expands to index terms: itself, the words that
 * share its English or French stem (inflections, `decolonise` ~ `décolonisé`), completions while it is still being
 * typed, and words one typo away when it is long enough. lunr scores the expansions (BM25, titles boosted); we then
 * keep the posts that match every word, or, when none does, those that match the most.
 */
import { type CompactIndex, type IndexedDoc, type LoadedIndex, decodeStem, loadIndex } from '../../core/search/compact-index.js';
import { stemEn, stemFr } from '../../core/search/lunr-setup.js';
import { type ParsedQuery, parseQuery } from '../../core/search/query.js';
import { TypoFinder } from '../../core/search/typos.js';

/** Words this long or longer tolerate one typo. */
const FUZZY_FROM = 5;
/** A prefix expands to at most this many terms, the most frequent first. */
const MAX_COMPLETIONS = 60;
/** Expansion weights: the word itself counts most, a guess least. */
const WEIGHT = { exact: 1, stem: 0.8, prefix: 0.5, fuzzy: 0.3 };

export interface Candidate {
  doc: IndexedDoc;
  score: number;
  /** Index terms the post matched, with the weight of the expansion that found each (1 for the word itself). */
  matched: Map<string, number>;
  /** How many of the query's words it matched. */
  wordsMatched: number;
}

export interface EngineResult {
  query: ParsedQuery;
  candidates: Candidate[];
  /** Every word matched (false when fewer words were matched to give any result). */
  complete: boolean;
}

export class SearchEngine {
  private readonly loaded: LoadedIndex;
  private readonly stems = new Map<string, number[]>();
  private readonly termIndex = new Map<string, number>();
  private readonly typos: TypoFinder;

  constructor(compact: CompactIndex) {
    this.loaded = loadIndex(compact);
    this.typos = new TypoFinder(this.loaded.terms);
    const { en, fr } = compact.stems;
    this.loaded.terms.forEach((term, t) => {
      this.termIndex.set(term, t);
      for (const key of [en[t] !== null && `e:${decodeStem(term, en[t])}`, fr[t] !== null && `f:${decodeStem(term, fr[t])}`]) {
        if (!key) continue;
        const group = this.stems.get(key);
        if (group) group.push(t);
        else this.stems.set(key, [t]);
      }
    });
  }

  get docs(): readonly IndexedDoc[] {
    return this.loaded.docs;
  }

  /** Indexes of the terms that start with `prefix`: a contiguous run of the sorted terms, found by binary search. */
  private completions(prefix: string): number[] {
    const { terms } = this.loaded;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let t = lo; t < terms.length && terms[t].startsWith(prefix); t++) out.push(t);
    return out;
  }

  /** Index terms a query word stands for, each with its weight (the best weight when found several ways). */
  expand(word: string, partial: boolean): Map<string, number> {
    const { terms, documentFrequency } = this.loaded;
    const out = new Map<string, number>();
    const add = (term: string, weight: number) => {
      if (weight > (out.get(term) ?? 0)) out.set(term, weight);
    };
    if (this.termIndex.has(word)) add(word, WEIGHT.exact);
    for (const key of [`e:${stemEn(word)}`, `f:${stemFr(word)}`]) {
      for (const t of this.stems.get(key) ?? []) add(terms[t], WEIGHT.stem);
    }
    let completed = false;
    if (partial && word.length >= 2) {
      const completions = this.completions(word);
      completed = completions.length > 0;
      completions
        .sort((a, b) => documentFrequency[b] - documentFrequency[a])
        .slice(0, MAX_COMPLETIONS)
        .forEach((t) => add(terms[t], WEIGHT.prefix));
    }
    // A word the archive has (or, being typed, the start of one) is taken as meant; only others are typos.
    if (word.length >= FUZZY_FROM && !out.has(word) && !completed) {
      for (const t of this.typos.find(word, partial)) add(t, WEIGHT.fuzzy);
    }
    return out;
  }

  run(input: string, lang?: string): EngineResult {
    const query = parseQuery(input);
    // Stop words are not indexed; one still being typed may be the start of a real word, so it is tried
    // as a prefix, but not required.
    const wanted = query.words.filter((w) => !w.stop || w.partial);
    // A word that expands to nothing stays required: no post matches it, so the fallback below takes over.
    const expansions = wanted.map((w) => ({ terms: this.expand(w.term, w.partial), required: !w.stop }));
    const clauses = new Map<string, number>();
    for (const e of expansions) for (const [term, weight] of e.terms) clauses.set(term, Math.max(weight, clauses.get(term) ?? 0));
    if (!clauses.size) return { query, candidates: [], complete: true };

    const results = this.loaded.index.query((q) => {
      for (const [term, boost] of clauses) q.term(term, { usePipeline: false, boost });
    });
    let candidates: Candidate[] = results.map((r) => {
      const matched = new Map(Object.keys(r.matchData.metadata).map((t) => [t, clauses.get(t) ?? 0]));
      const wordsMatched = expansions.filter((e) => e.required && [...e.terms.keys()].some((t) => matched.has(t))).length;
      return { doc: this.loaded.docs[Number(r.ref)], score: r.score, matched, wordsMatched };
    });
    if (lang) candidates = candidates.filter((c) => c.doc.lang === lang);
    const required = expansions.filter((e) => e.required).length;
    const all = candidates.filter((c) => c.wordsMatched === required);
    if (all.length) return { query, candidates: all, complete: true };
    // Gracefully fewer: the posts that match the most words, best first.
    candidates.sort((a, b) => b.wordsMatched - a.wordsMatched || b.score - a.score);
    return { query, candidates, complete: false };
  }
}

