/**
 * Runs a reader's query against the index, loading the term shards the query's words need. Each word expands to
 * index terms: itself, the words that share its English or French stem (inflections, `decolonise` ~ `décolonisé`),
 * completions while it is still being typed, and words one typo away when it is long enough and the archive does
 * not have it. lunr scores the expansions in each shard (BM25, titles boosted); shard scores add up; we keep the
 * posts that match every word, or, when none does, those that match the most.
 */
import {
  type LoadedShard,
  type SearchShard,
  averageLengths,
  decodeStem,
  loadShard,
  shardOf,
} from '../../core/search/compact-index.js';
import { stemEn, stemFr } from '../../core/search/lunr-setup.js';
import { type ParsedQuery, parseQuery } from '../../core/search/query.js';
import { TypoFinder } from '../../core/search/typos.js';
import { cached } from '../cached.js';
import type { SearchSource } from '../data/search-source.js';

/** Words this long or longer tolerate one typo. */
const FUZZY_FROM = 5;
/** A prefix expands to at most this many terms, the most frequent first. */
const MAX_COMPLETIONS = 60;
/** Expansion weights: the word itself counts most, a guess least. */
const WEIGHT = { exact: 1, stem: 0.8, prefix: 0.5, fuzzy: 0.3 };

/** Where the index comes from: the manifest at hand, shards loaded on demand. */
export type SearchData = Pick<SearchSource, 'manifest' | 'shard'>;

export interface Candidate {
  /** The post's place in the index (ids are looked up for the results shown). */
  post: number;
  lang: string;
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

/** One shard, ready to expand words and score them. */
class Shard {
  readonly stems = new Map<string, number[]>();
  readonly termIndex = new Map<string, number>();
  readonly typos: TypoFinder;

  constructor(
    readonly loaded: LoadedShard,
    stems: SearchShard['stems'],
  ) {
    this.typos = new TypoFinder(loaded.terms);
    loaded.terms.forEach((term, t) => {
      this.termIndex.set(term, t);
      const keys = [
        stems.en[t] !== null && `e:${decodeStem(term, stems.en[t])}`,
        stems.fr[t] !== null && `f:${decodeStem(term, stems.fr[t])}`,
      ];
      for (const key of keys) {
        if (!key) continue;
        const group = this.stems.get(key);
        if (group) group.push(t);
        else this.stems.set(key, [t]);
      }
    });
  }

  /** Indexes of the terms that start with `prefix`: a contiguous run of the sorted terms, found by binary search. */
  completions(prefix: string): number[] {
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
}

/** Adds `term` with `weight` unless it is already there with more. */
function add(out: Map<string, number>, term: string, weight: number): void {
  if (weight > (out.get(term) ?? 0)) out.set(term, weight);
}

export class SearchEngine {
  /** Each shard loaded once, as a query first needs it (again after a failed load). */
  private readonly shard: (n: number) => Promise<Shard>;

  constructor(private readonly data: SearchData) {
    const averages = averageLengths(data.manifest);
    this.shard = cached(async (n: number) => {
      const raw = await data.shard(n);
      return new Shard(loadShard(raw, data.manifest, averages), raw.stems);
    });
  }

  /** Shards holding the terms that start with `prefix` (a run of them, when the prefix is common). */
  private shardsFor(prefix: string): number[] {
    const { boundaries } = this.data.manifest;
    const out = [shardOf(this.data.manifest, prefix)];
    while (out[out.length - 1] < boundaries.length && boundaries[out[out.length - 1]].startsWith(prefix)) {
      out.push(out[out.length - 1] + 1);
    }
    return out;
  }

  /** Index terms a query word stands for, each with its weight (the best weight when found several ways). */
  async expand(word: string, partial: boolean): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const stems = [`e:${stemEn(word)}`, `f:${stemFr(word)}`];
    const needed = new Set([...this.shardsFor(word), ...stems.flatMap((k) => this.shardsFor(k.slice(2)))]);
    const shards = await Promise.all([...needed].map((n) => this.shard(n)));
    let completions: { term: string; df: number }[] = [];
    for (const shard of shards) {
      const { terms, documentFrequency } = shard.loaded;
      if (shard.termIndex.has(word)) add(out, word, WEIGHT.exact);
      for (const key of stems) for (const t of shard.stems.get(key) ?? []) add(out, terms[t], WEIGHT.stem);
      if (partial && word.length >= 2) {
        completions = completions.concat(
          shard.completions(word).map((t) => ({ term: terms[t], df: documentFrequency[t] })),
        );
      }
    }
    completions
      .sort((a, b) => b.df - a.df)
      .slice(0, MAX_COMPLETIONS)
      .forEach((c) => add(out, c.term, WEIGHT.prefix));
    // A word the archive has (or, being typed, the start of one) is taken as meant; only others are typos, looked
    // for among the words near it in the vocabulary (the shard it would be in).
    if (word.length >= FUZZY_FROM && !out.has(word) && !completions.length) {
      const home = await this.shard(shardOf(this.data.manifest, word));
      for (const t of home.typos.find(word, partial)) add(out, t, WEIGHT.fuzzy);
    }
    return out;
  }

  async run(input: string, lang?: string): Promise<EngineResult> {
    const query = parseQuery(input);
    // Stop words are not indexed; one still being typed may be the start of a real word, so it is tried
    // as a prefix, but not required.
    const wanted = query.words.filter((w) => !w.stop || w.partial);
    // A word that expands to nothing stays required: no post matches it, so the fallback below takes over.
    const expansions = await Promise.all(
      wanted.map(async (w) => ({ terms: await this.expand(w.term, w.partial), required: !w.stop })),
    );
    const clauses = new Map<string, number>();
    for (const e of expansions) for (const [term, weight] of e.terms) add(clauses, term, weight);
    if (!clauses.size) return { query, candidates: [], complete: true };

    // Each shard scores the clauses it holds; a post's score is the sum over shards.
    const byShard = new Map<number, [string, number][]>();
    for (const [term, boost] of clauses) {
      const n = shardOf(this.data.manifest, term);
      byShard.set(n, [...(byShard.get(n) ?? []), [term, boost]]);
    }
    const merged = new Map<number, { score: number; matched: Map<string, number> }>();
    for (const [n, list] of byShard) {
      const shard = await this.shard(n);
      const results = shard.loaded.index.query((q) => {
        for (const [term, boost] of list) q.term(term, { usePipeline: false, boost });
      });
      for (const r of results) {
        const post = Number(r.ref);
        const entry = merged.get(post) ?? { score: 0, matched: new Map() };
        entry.score += r.score;
        for (const t of Object.keys(r.matchData.metadata)) entry.matched.set(t, clauses.get(t) ?? 0);
        merged.set(post, entry);
      }
    }
    const { posts, langs } = this.data.manifest;
    let candidates: Candidate[] = [...merged].map(([post, { score, matched }]) => ({
      post,
      lang: langs[posts[post][0]],
      score,
      matched,
      wordsMatched: expansions.filter((e) => e.required && [...e.terms.keys()].some((t) => matched.has(t))).length,
    }));
    if (lang) candidates = candidates.filter((c) => c.lang === lang);
    const required = expansions.filter((e) => e.required).length;
    const all = candidates
      .filter((c) => c.wordsMatched === required)
      .sort((a, b) => b.score - a.score || a.post - b.post);
    if (all.length) return { query, candidates: all, complete: true };
    // Gracefully fewer: the posts that match the most words, best first.
    candidates.sort((a, b) => b.wordsMatched - a.wordsMatched || b.score - a.score || a.post - b.post);
    return { query, candidates, complete: false };
  }
}
