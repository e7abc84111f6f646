/**
 * Runs a reader's query against the index, loading the term shards the query's words need. Each word expands to
 * index terms: itself, the words that share its English or French stem (inflections, `decolonise` ~ `décolonisé`),
 * completions while it is still being typed, and words one typo away when it is long enough and the archive does
 * not have it (a whole word one typo away ranks by its rarity, above completions and words starting one typo away:
 * a rare name is what a reader who mistypes it means). A post's score is the sum of the weights the build worked
 * out (BM25, titles boosted) of the terms it has, each times its expansion's weight; we keep the posts that match
 * every word, or, when none does, those that match the most. Postings are read best first, heads only, unless the
 * heads give too few results. A phrase's words are read from their positions files alone, whole postings and
 * positions (see termIn), and the phrase is checked on those positions, its stop words (not indexed) against the
 * stop words the index keeps beside each position (see withPhrases).
 */
import { type IsStopWord, stopWordsFrom, words } from '../../core/search/analyzer.js';
import {
  type Fragment,
  type SearchLayout,
  type SearchShard,
  type ShardNear,
  type ShardPositions,
  type ShardTail,
  idf,
  shardOf,
} from '../../core/search/index-format.js';
import { rangeOf } from '../../core/search/sorted.js';
import { type ParsedQuery, type QueryWord, parseQuery } from '../../core/search/query.js';
import { MAX_RUN, stopAt, stopCode } from '../../core/search/stop-codes.js';
import { withinOneTypo } from '../../core/search/typos.js';
import { cached } from '../cached.js';
import type { SearchSource } from '../data/search-source.js';
import { type Phrase, analyzeWindows, standsIn } from './excerpt.js';
import { type RestWindows, restWindows } from './rest-windows.js';
import { PhraseFile } from './phrase-file.js';
import { DecodedShard } from './shard.js';
import { homeShard, typoCandidates } from './typo-lookup.js';
import { SEARCH_DEFAULTS } from './types.js';

/**
 * Words this long or longer tolerate one typo; from TYPO_STARTS_FROM, one still being typed also matches the start
 * of a word one typo away (a shorter start matches too many).
 */
const FUZZY_FROM = 4;
const TYPO_STARTS_FROM = 5;
/** A prefix expands to at most this many terms, the most frequent first, from at most this many shards. */
const MAX_COMPLETIONS = 60;
const COMPLETION_SHARDS = 4;
/** At most this many posts hold a query's other words for its first result's fragment to be fetched early. */
const LIKELY_POSTS = 3;
/** Expansion weights: the word itself counts most, a guess least (a whole word one typo away: see typoWeights). */
const WEIGHT = { exact: 1, stem: 0.8, prefix: 0.5, fuzzy: 0.3 };

/** Where the index comes from (see data/search-source.ts). */
export type SearchData = SearchSource;

export class Candidate {
  score = 0;
  /** How many of the query's words it matched. */
  wordsMatched = 0;
  /** The query's words it matched, a bit each. */
  words = 0;
  /** The clauses (index terms) it matched. */
  readonly clauses: Clause[] = [];

  constructor(
    /** The post's number in the index (its fragment says which post it is). */
    readonly post: number,
  ) {}

  /** Index terms the post matched, with the weight of the expansion that found each (1 for the word itself). */
  get matched(): Map<string, number> {
    return new Map(this.clauses.map((c) => [c.term, c.weight]));
  }
}

export interface EngineResult {
  query: ParsedQuery;
  /** The query's phrases as they were looked for: a word the archive lacks takes the words it was expanded to. */
  phrases: Phrase[];
  /**
   * The posts found, best first up to the `limit` asked for (all of them for a phrase query); past it, in no
   * particular order (a common word matches thousands: they are not all sorted).
   */
  candidates: Candidate[];
  /** Every word matched (false when fewer words were matched to give any result). */
  complete: boolean;
}

export interface RunOptions {
  lang?: string;
  /** Results wanted: the heads of common words' postings are enough while they give this many. */
  limit?: number;
}

/**
 * The stemmers (lunr's and lunr-languages'): loaded for a word the archive does not have, and from a page's second
 * query on (a reader typing), to fetch a word's stems' shards with its own (see expand). Not for the first query:
 * it would wait for them.
 */
const stemmers = cached(() => import('../../core/search/lunr-setup.js'));

/** Adds `term` with `weight` unless it is already there with more. */
function add(out: Map<string, number>, term: string, weight: number): void {
  if (weight > (out.get(term) ?? 0)) out.set(term, weight);
}

interface Clause {
  term: string;
  weight: number;
  shard: DecodedShard;
  t: number;
  /** Bit per query word this term stands for. */
  words: number;
}

export class SearchEngine {
  readonly isStop: IsStopWord;
  private readonly shard: (n: number) => Promise<DecodedShard>;
  private readonly tail: ShardFiles<ShardTail>;
  private readonly positions: ShardFiles<ShardPositions>;
  private readonly near: ShardFiles<ShardNear>;
  /** Which positions file of its shard holds each term: read by a page's first phrase query, and kept. */
  private readonly layout: (key: undefined) => Promise<SearchLayout>;
  /** Positions files read as shards of their own, for phrases' words (file k of shard n). */
  private readonly phraseFiles: (n: number, k: number) => Promise<PhraseFile>;
  private readonly typos: SearchSource['typos'];
  private readonly postLangs: (key: undefined) => ReturnType<SearchSource['postLangs']>;
  /** Fragment files, each read once: for phrases' stop words, an early first result, and the searcher's results. */
  private readonly fragments: SearchSource['fragments'];

  /** A post's other excerpt windows, each file read once (the searcher's excerpts read them here too). */
  readonly rest: RestWindows;
  /**
   * Candidates by post number, while postings are merged: an array, not a Map (a common word's thousands of
   * postings), made at the first query and kept, so that a rare word does not pay for one as long as the archive.
   */
  private byPost: (Candidate | undefined)[] | undefined;
  /** Queries run so far. */
  private queries = 0;

  constructor(private readonly data: SearchData) {
    this.rest = restWindows(data);
    this.fragments = cached((file: number) => data.fragments(file));
    this.isStop = stopWordsFrom(data.manifest.stopWords.split(' '));
    const head = data.manifest.head;
    this.shard = cached(async (n: number) => new DecodedShard((await data.shard(n)) as SearchShard, n, head));
    this.tail = shardFiles(
      (n, k) => data.tail(n, k),
      (shard, t) => shard.tailFile(t),
    );
    this.positions = shardFiles(
      (n, k) => data.positions(n, k),
      (shard, t) => shard.positionsFile(t),
    );
    this.near = shardFiles(
      (n, k) => data.near(n, k),
      (shard, t) => shard.positionsFile(t),
    );
    this.layout = cached(() => data.layout());
    this.phraseFiles = numberedFiles(async (n, k) => new PhraseFile(await this.positions.at(n, k), n));
    const typos = cached(([by, n]: ['prefix' | 'suffix', number]) => data.typos(by, n));
    const keys = new Map<string, ['prefix' | 'suffix', number]>();
    // One key object per shard, so that the cache knows it again.
    this.typos = (by, n) => {
      const id = `${by}${n}`;
      if (!keys.has(id)) keys.set(id, [by, n]);
      return typos(keys.get(id)!);
    };
    this.postLangs = cached(() => data.postLangs());
  }

  /** Shards holding the terms that start with `prefix` (a run of them when the prefix is common). */
  private shardsFor(prefix: string, most = Infinity): number[] {
    const { boundaries } = this.data.manifest;
    const out = [shardOf(this.data.manifest, prefix)];
    while (
      out.length < most &&
      out[out.length - 1] < boundaries.length &&
      boundaries[out[out.length - 1]].startsWith(prefix)
    ) {
      out.push(out[out.length - 1] + 1);
    }
    return out;
  }

  /**
   * Index terms a query word stands for, each with its weight (the best weight when found several ways). A finished
   * word of a phrase that the archive has stands for itself alone: the phrase asks for that word, and its
   * inflections' shards and tails would only add requests (its place in a phrase takes the word as typed anyway).
   */
  async expand(word: string, partial: boolean, phrase?: PhrasePlace): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    // The word's shard and, while it is being typed, those of its completions, fetched together; a finished word of
    // a phrase is looked for in its positions file instead (see termIn), and is all it stands for when found.
    const completing = partial && word.length >= 2;
    const inPhrase = phrase && !partial ? phrase : undefined;
    let home: DecodedShard | undefined;
    let around: DecodedShard[] = [];
    if (inPhrase) {
      if ((await this.termIn(word, inPhrase)).t !== undefined) return new Map([[word, WEIGHT.exact]]);
    } else {
      // With the stemmers at hand (from a page's second query on: see run), the shards of the word's stems are
      // fetched with its own: the stems its shard names are then read in this round, not the next.
      const stemming = stemmers.peek(undefined);
      if (stemming && word.length > 2) {
        for (const stem of new Set([stemming.stemEn(word), stemming.stemFr(word)])) {
          for (const n of this.shardsFor(stem, COMPLETION_SHARDS)) this.shard(n).catch(() => {});
        }
      }
      [home, ...around] = await Promise.all(
        [shardOf(this.data.manifest, word), ...(completing ? this.shardsFor(word, COMPLETION_SHARDS) : [])].map((n) =>
          this.shard(n),
        ),
      );
    }
    const t = home?.index.get(word);
    if (t !== undefined) add(out, word, WEIGHT.exact);
    // The word's stems: worked out at build time for a word the archive has, else by the stemmers (not for a word
    // of a phrase: what takes its place is the words it may be a typo of); read while the typo dictionaries are
    // (below), not before them.
    const stemsRead = (async () => {
      let stems: string[] = [];
      if (t !== undefined) stems = [...home!.stems].filter(([, group]) => group.includes(t)).map(([key]) => key);
      else if (!partial && !inPhrase && word.length > 2) {
        const { stemEn, stemFr } = await stemmers(undefined);
        stems = [`e:${stemEn(word)}`, `f:${stemFr(word)}`];
      }
      await Promise.all(
        stems.map(async (key) => {
          const shards = await Promise.all(this.shardsFor(key.slice(2), COMPLETION_SHARDS).map((n) => this.shard(n)));
          for (const shard of shards) {
            for (const s of shard.stems.get(key) ?? []) add(out, shard.terms[s], WEIGHT.stem);
          }
        }),
      );
    })();
    // Completions, and words starting one typo away: weighed again below when there are whole words one typo away.
    const guesses = new Map<string, number>();
    let completions: { term: string; df: number }[] = [];
    if (completing) {
      completions = around.flatMap((s) => s.completions(word).map((c) => ({ term: s.terms[c], df: s.df(c) })));
      completions
        .sort((a, b) => b.df - a.df)
        .slice(0, MAX_COMPLETIONS)
        .forEach((c) => add(guesses, c.term, WEIGHT.prefix));
    }
    // A word the archive has is taken as meant; any other may be a typo, even while it is being typed (`frida`
    // starts `friday`, and may be `fridva` mistyped). Starts one typo away only when nothing starts with the word.
    const neighbours: string[] = [];
    if (word.length >= FUZZY_FROM && t === undefined) {
      const starts = partial && !completions.length && word.length >= TYPO_STARTS_FROM;
      const inHome = home && homeShard(home, this.data.manifest);
      for (const term of await typoCandidates(word, starts, this.typos, this.data.manifest.typos, inHome)) {
        if (withinOneTypo(word, term)) neighbours.push(term);
        else add(guesses, term, WEIGHT.fuzzy);
      }
    }
    await stemsRead;
    const scale = neighbours.length ? await this.typoWeights(neighbours, guesses, out, inPhrase) : 1;
    for (const [term, weight] of guesses) add(out, term, weight * scale);
    return out;
  }

  /** The phrases' indexed words, each with whether its phrase checks stop words beside it (by its plan). */
  private phrasePlaces(phrases: QueryWord[][], plans: PhrasePlan[]): Map<QueryWord, PhrasePlace> {
    const out = new Map<QueryWord, PhrasePlace>();
    for (const [p, phrase] of phrases.entries()) {
      const { stops } = plans[p];
      phrase.forEach((w, offset) => {
        if (!w.stop) out.set(w, { near: stops.some((s) => s.anchor === offset) });
      });
    }
    return out;
  }

  /**
   * Where a term's postings are read: its shard; or, for a finished word of a phrase (and the words its place
   * takes), its positions file, which the index's layout names without the shard and which holds the term's whole
   * postings and positions (see PhraseFile), with its near file asked for at once when the phrase checks stop words
   * beside it. `t` is undefined for a term the archive lacks.
   */
  private async termIn(term: string, phrase?: PhrasePlace): Promise<FoundTerm> {
    const n = shardOf(this.data.manifest, term);
    if (!phrase) {
      const shard = await this.shard(n);
      return { shard, t: shard.index.get(term) };
    }
    const layout = await this.layout(undefined);
    const k = rangeOf(layout.pos[n] ?? [], term);
    if (phrase.near) this.near.at(n, k).catch(() => {});
    const file = await this.phraseFiles(n, k);
    return { shard: file.shard, t: file.shard.index.get(term), file: { file, n, k } };
  }

  /** How many posts have `term` (an archive term), and its best weight in one of them. */
  private async statsOf(term: string, phrase?: PhrasePlace): Promise<{ df: number; top: number }> {
    const { shard, t } = await this.termIn(term, phrase);
    return { df: shard.df(t!), top: shard.headOf(t!).weights[0] };
  }

  /**
   * Weighs the whole words one typo away from a word the archive does not have, into `out`: each one's best post
   * scores by the word's rarity (BM25's idf), its other posts by their own weights after it, so that a rare name
   * one typo away is not buried under a common word's title matches (`idwa` finds `zidwa` beside `idea`). Returns
   * the factor that puts the guesses (completions, starts one typo away), all of them summed, under half of any
   * neighbour's best post: a whole word one typo away is likelier meant than the start of a common word.
   */
  private async typoWeights(
    neighbours: string[],
    guesses: Map<string, number>,
    out: Map<string, number>,
    phrase?: PhrasePlace,
  ) {
    const posts = this.data.manifest.posts;
    for (const term of neighbours) guesses.delete(term);
    const [near, far] = await Promise.all([
      Promise.all(neighbours.map((term) => this.statsOf(term, phrase))),
      Promise.all([...guesses.keys()].map((term) => this.statsOf(term, phrase))),
    ]);
    let floor = Infinity;
    neighbours.forEach((term, i) => {
      const best = WEIGHT.fuzzy * idf(near[i].df, posts);
      floor = Math.min(floor, best);
      add(out, term, best / near[i].top);
    });
    const ceiling = [...guesses.values()].reduce((sum, weight, i) => sum + weight * far[i].top, 0);
    return ceiling ? Math.min(1, floor / (2 * ceiling)) : 1;
  }

  async run(input: string, options: RunOptions = {}): Promise<EngineResult> {
    if (++this.queries === 2) stemmers(undefined).catch(() => {});
    const query = parseQuery(input, this.isStop);
    const limit = options.limit ?? SEARCH_DEFAULTS.limit;
    // Stop words are not indexed; one still being typed may be the start of a real word, so it is tried
    // as a prefix, but not required.
    const wanted = query.words.filter((w) => !w.stop || w.partial);
    // Which of a phrase's stop words the index tells, and where: worked out once for the query.
    const plans = query.phraseWords.map(planPhrase);
    const places = this.phrasePlaces(query.phraseWords, plans);
    const expanding = Promise.all(
      wanted.map(async (w) => ({ terms: await this.expand(w.term, w.partial, places.get(w)), required: !w.stop })),
    );
    // (Not for a phrase: its words are read from positions files, not from the shards this would read.)
    if (!query.phrases.length) this.fetchLikelyFirst(wanted).catch(() => {});
    const expansions = await expanding;
    // The query words whose terms are read from positions files: finished words of phrases.
    let inPhrases = 0;
    wanted.forEach((w, i) => {
      if (places.has(w) && !w.partial) inPhrases |= 1 << i;
    });
    const clauses = new Map<string, Clause>();
    let required = 0;
    expansions.forEach((e, i) => {
      if (e.required) required |= 1 << i;
      for (const [term, weight] of e.terms) {
        const c = clauses.get(term);
        if (c) {
          c.weight = Math.max(c.weight, weight);
          c.words |= 1 << i;
        } else clauses.set(term, { term, weight, words: 1 << i } as Clause);
      }
    });
    if (!clauses.size) return { query, phrases: query.phrases, candidates: [], complete: true };
    await Promise.all(
      [...clauses.values()].map(async (c) => {
        // A phrase word's near file, when its phrase needs one, was asked for by expand already.
        const found = await this.termIn(c.term, c.words & inPhrases ? { near: false } : undefined);
        c.shard = found.shard;
        c.t = found.t!;
      }),
    );
    const langs = options.lang ? await this.postLangs(undefined) : undefined;
    const langIndex = options.lang ? this.data.manifest.langs.indexOf(options.lang).toString(36) : '';
    const cut = [...clauses.values()].some((c) => c.shard.isCut(c.t));
    // A phrase query's words read from their shards (a word still being typed, and words outside the quotes) have
    // their tails fetched now, with the positions (withPhrases, below), not after them: a phrase seldom stands in
    // `limit` of the heads' posts, and read in turn they cost the query a round of requests.
    if (query.phrases.length && cut) {
      for (const c of clauses.values()) if (c.shard.isCut(c.t)) this.tail.of(c.shard, c.t).catch(() => {});
    }
    // The words a phrase's place takes: the word as typed when the archive has it and it is finished; else what it
    // was expanded to (the words it may be a typo of, those it starts while it is typed), as the ranking took them.
    const expanded = new Map(wanted.map((w, i) => [w, expansions[i].terms] as const));
    const phrases: Phrase[] = query.phraseWords.map((phrase) =>
      phrase.map((w) => {
        const terms = expanded.get(w);
        if (w.stop || !terms || (terms.has(w.term) && !w.partial)) return w.term;
        const place = [...terms.keys()];
        return place.length === 1 ? place[0] : place;
      }),
    );
    for (let tails = false; ; tails = true) {
      let candidates = await this.score([...clauses.values()], tails);
      if (langs) candidates = candidates.filter((c) => langs.postLangs[c.post] === langIndex);
      for (const c of candidates) c.wordsMatched = popcount(c.words & required);
      const needed = popcount(required);
      const matching = candidates.filter((c) => c.wordsMatched === needed);
      // A phrase is checked down the list until `limit` posts pass: it needs the whole order.
      let all = query.phrases.length ? matching.sort(byScore) : bestFirst(matching, limit, byScore);
      if (query.phrases.length) all = await this.withPhrases(all, query.phraseWords, plans, phrases, limit, tails);
      if (tails || !cut || (all.length >= limit && this.headsSuffice(all, candidates, [...clauses.values()], limit))) {
        if (all.length || query.phrases.length) return { query, phrases, candidates: all, complete: true };
        // Gracefully fewer: the posts that match the most words, best first.
        return {
          query,
          phrases,
          candidates: bestFirst(candidates, limit, (a, b) => b.wordsMatched - a.wordsMatched || byScore(a, b)),
          complete: false,
        };
      }
      // The tails are read next; the fragment file of the heads' best post is fetched meanwhile, sure or not: it
      // stays first after the tails for most queries that read them (over the held-out and bench queries at 5,000
      // posts, 44 of 80), and then the first result shows a round of requests sooner (held-out queries: 3 rounds
      // to 2 at the median). Otherwise one file of eight fragments was read for nothing.
      if (all.length) this.fragmentOf(all[0].post).catch(() => {});
    }
  }

  /**
   * While a word the archive lacks is looked up in the typo dictionaries (a round of requests, and another for the
   * shards of the words found), fetches the fragment file of the post the query most likely finds, when the words
   * the archive has leave few posts: all their postings are in their shards (none is cut), and at most
   * LIKELY_POSTS posts have them all. A name with a typo in one of its words (`idwa Vustgluis`) then shows its post
   * a round sooner; a common word leaves too many posts to guess, and nothing is fetched.
   */
  private async fetchLikelyFirst(wanted: QueryWord[]): Promise<void> {
    const required = wanted.filter((w) => !w.stop);
    if (required.length < 2) return;
    const homes = await Promise.all(required.map((w) => this.shard(shardOf(this.data.manifest, w.term))));
    const found = required.map((w, i) => homes[i].index.get(w.term));
    const missing = required.some((w, i) => found[i] === undefined && w.term.length >= FUZZY_FROM);
    if (!missing) return;
    let posts: Map<number, number> | undefined;
    required.forEach((_, i) => {
      const t = found[i];
      if (t === undefined || homes[i].isCut(t)) return;
      const { docs, weights } = homes[i].headOf(t);
      const next = new Map<number, number>();
      docs.forEach((doc, k) => {
        const score = posts ? posts.get(doc) : 0;
        if (score !== undefined) next.set(doc, score + weights[k]);
      });
      posts = next;
    });
    if (!posts?.size || posts.size > LIKELY_POSTS) return;
    const [best] = [...posts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    await this.fragmentOf(best);
  }

  /**
   * Whether the heads alone rank the first `limit` posts right: no other post, whatever the tails hold for it
   * (at most the last weight of each head it is not in), could score above the last of them (Fagin's threshold).
   */
  private headsSuffice(top: Candidate[], all: Candidate[], clauses: Clause[], limit: number): boolean {
    const floor = top[limit - 1].score;
    const cut = clauses.filter((c) => c.shard.isCut(c.t));
    const bound = (c: Clause) => {
      const head = c.shard.headOf(c.t);
      return c.weight * head.weights[head.weights.length - 1];
    };
    const unseen = cut.reduce((sum, c) => sum + bound(c), 0);
    if (unseen > floor) return false;
    const kept = new Set(top.slice(0, limit));
    return all.every(
      (p) =>
        kept.has(p) || p.score + cut.reduce((sum, c) => (p.clauses.includes(c) ? sum : sum + bound(c)), 0) <= floor,
    );
  }

  /** Posts and their scores over the clauses' heads (and tails). */
  private async score(clauses: Clause[], tails: boolean): Promise<Candidate[]> {
    const byPost = (this.byPost ??= new Array(this.data.manifest.posts));
    const merged: Candidate[] = [];
    const cut = tails ? clauses.filter((c) => c.shard.isCut(c.t)) : [];
    const tailFiles = await Promise.all(cut.map((c) => this.tail.of(c.shard, c.t)));
    for (const c of clauses) {
      const lists = [c.shard.headOf(c.t)];
      const k = cut.indexOf(c);
      if (k >= 0) lists.push(c.shard.tailOf(c.t, tailFiles[k]));
      for (const { docs, weights } of lists) {
        for (let i = 0; i < docs.length; i++) {
          let entry = byPost[docs[i]];
          if (!entry) merged.push((byPost[docs[i]] = entry = new Candidate(docs[i])));
          entry.score += c.weight * weights[i];
          entry.words |= c.words;
          entry.clauses.push(c);
        }
      }
    }
    // Emptied for the next query: only the slots this one filled (the merge above runs without a pause).
    for (const entry of merged) byPost[entry.post] = undefined;
    return merged;
  }

  /**
   * The posts, in order, that have every phrase word for word, until `limit` of them (a word the archive lacks, or
   * one still being typed, in the words it was expanded to: `places`). The indexed words are checked on their
   * positions, and the stop words on those the index keeps beside each position (`smaller neither`, `due to the`:
   * see stop-codes.ts). A phrase of stop words only, or with a run of them longer than the index keeps, is then
   * looked for in the text of the posts that pass, when they are few (see below): their title and search windows
   * (the fragment's, then the rest of the post's). A phrase that runs from one window into the next (a sentence
   * longer than a window) is not seen there.
   */
  private async withPhrases(
    posts: Candidate[],
    phrases: QueryWord[][],
    plans: readonly PhrasePlan[],
    places: readonly Phrase[],
    limit: number,
    tails: boolean,
  ): Promise<Candidate[]> {
    const checks = await Promise.all(
      phrases.map((phrase, p) =>
        Promise.all(
          phrase.map(async (w, offset) => {
            if (w.stop) return undefined;
            // Each word the place takes, with its positions; a post's positions for the place are all of theirs.
            const place = places[p][offset];
            const anchor = plans[p].stops.some((s) => s.anchor === offset);
            const found = await Promise.all(
              (typeof place === 'string' ? [place] : place).map(async (term) => {
                // A finished word's place is read from positions files (see termIn); one still being typed, and
                // the words it starts, from their shards.
                if (!w.partial) {
                  const { shard, t, file } = await this.termIn(term, { near: anchor });
                  if (t === undefined || !file) return undefined;
                  const near = anchor ? file.file.near(await this.near.at(file.n, file.k)) : undefined;
                  return (doc: number) => shard.positionsIn(t, doc, file.file.positions, undefined, near);
                }
                const shard = await this.shard(shardOf(this.data.manifest, term));
                const t = shard.index.get(term);
                if (t === undefined) return undefined;
                const [positions, tail, near] = await Promise.all([
                  this.positions.of(shard, t),
                  tails && shard.isCut(t) ? this.tail.of(shard, t) : undefined,
                  anchor ? this.near.of(shard, t) : undefined,
                ]);
                return (doc: number) => shard.positionsIn(t, doc, positions, tail, near);
              }),
            );
            const lists = found.filter((at) => at !== undefined);
            if (!lists.length) return null;
            // The place's positions in a post, each with the stop words beside it.
            return {
              offset,
              in: (doc: number) => {
                const out = new Map<number, string | undefined>();
                for (const list of lists) {
                  const got = list(doc);
                  got?.at.forEach((at, i) => out.set(at, got.near?.[i]));
                }
                return out;
              },
            };
          }),
        ),
      ),
    );
    const onPositions = (post: Candidate) =>
      checks.every((words, p) => {
        const present = words.filter((w) => w !== undefined);
        if (present.some((w) => w === null)) return false;
        // Stop words only: the text alone tells.
        if (!present.length) return true;
        const at = new Map(present.map((w) => [w!.offset, w!.in(post.post)]));
        if ([...at.values()].some((list) => !list.size)) return false;
        const [first, ...rest] = present.map((w) => w!.offset);
        return [...at.get(first)!.keys()].some((position) => {
          const start = position - first;
          return (
            rest.every((offset) => at.get(offset)!.has(start + offset)) &&
            plans[p].stops.every((s) => {
              const near = at.get(s.anchor)!.get(start + s.anchor);
              return near !== undefined && stopAt(near, s.distance) === s.code;
            })
          );
        });
      });
    const inText = places.filter((_, p) => plans[p].unchecked);
    if (!inText.length) {
      const out: Candidate[] = [];
      for (const post of posts) {
        if (out.length >= limit) break;
        if (onPositions(post)) out.push(post);
      }
      return out;
    }
    // The stop words left are read in the text only where few posts hold the phrase's other words in place (a rare
    // word: one request or two); past `limit` of them, reading their windows would cost more than the whole query,
    // so those stop words are not checked, as positions alone tell.
    const passing: Candidate[] = [];
    for (let i = 0; i < posts.length && passing.length <= limit; i++) if (onPositions(posts[i])) passing.push(posts[i]);
    if (passing.length > limit) return passing.slice(0, limit);
    const ok = await Promise.all(passing.map((c) => this.hasPhrases(c.post, inText)));
    return passing.filter((_, k) => ok[k]);
  }

  /** A post's fragment. */
  async fragmentOf(post: number): Promise<Fragment> {
    const per = this.data.manifest.fragmentsPerFile;
    return (await this.fragments(Math.floor(post / per)))[post % per];
  }

  /** Whether a post's title and windows hold every phrase (folded words, stop words included). */
  private async hasPhrases(post: number, phrases: Phrase[]): Promise<boolean> {
    const fragment = await this.fragmentOf(post);
    const title = words(fragment.title, this.isStop);
    const spots = analyzeWindows(fragment, this.isStop);
    const left = phrases.filter((p) => !standsIn(title, p) && !spots.some((spot) => standsIn(spot.words, p)));
    if (!left.length) return true;
    const rest = analyzeWindows(await this.rest(fragment, post), this.isStop);
    return left.every((p) => rest.some((spot) => standsIn(spot.words, p)));
  }
}

/** A kind of a shard's files that hold its terms' data (tails, positions, near), each file read once. */
interface ShardFiles<T> {
  /** File k of shard n. */
  at(n: number, k: number): Promise<T>;
  /** The file that holds term t of a shard. */
  of(shard: DecodedShard, t: number): Promise<T>;
}

function shardFiles<T>(
  read: (n: number, k: number) => Promise<T>,
  fileOf: (shard: DecodedShard, t: number) => number,
): ShardFiles<T> {
  const at = numberedFiles(read);
  return { at, of: (shard, t) => at(shard.n, fileOf(shard, t)) };
}

/** File k of shard n, each read once. */
function numberedFiles<T>(read: (n: number, k: number) => Promise<T>): (n: number, k: number) => Promise<T> {
  const files = cached((key: string) => {
    const [n, k] = key.split('-').map(Number);
    return read(n, k);
  });
  return (n, k) => files(`${n}-${k}`);
}

/** An indexed word of a phrase: whether the phrase checks stop words beside it (its near file is read too). */
interface PhrasePlace {
  near: boolean;
}

/** A term as termIn finds it: in its shard, or in a positions file read as one (which file of which shard). */
interface FoundTerm {
  shard: DecodedShard;
  t: number | undefined;
  file?: { file: PhraseFile; n: number; k: number };
}

/** A phrase's stop word checked beside an indexed word: that word's offset, how far from it (negative: before), code. */
interface StopCheck {
  anchor: number;
  distance: number;
  code: string;
}

/** A phrase's stop words checked on the index, and whether any is left for the text (see planPhrase). */
interface PhrasePlan {
  stops: StopCheck[];
  unchecked: boolean;
}

/**
 * Which of a phrase's stop words the index tells (those at most MAX_RUN words from an indexed word of the phrase,
 * the nearest before them, else after), and whether any is left for the text (a phrase of stop words, a longer run
 * of them, or one still being typed).
 */
function planPhrase(phrase: QueryWord[]): PhrasePlan {
  const stops: StopCheck[] = [];
  let unchecked = false;
  phrase.forEach((w, offset) => {
    if (!w.stop) return;
    let before = offset - 1;
    while (before >= 0 && phrase[before].stop) before--;
    let after = offset + 1;
    while (after < phrase.length && phrase[after].stop) after++;
    const code = stopCode(w.term);
    if (w.partial) unchecked = true;
    else if (before >= 0 && offset - before <= MAX_RUN) stops.push({ anchor: before, distance: offset - before, code });
    else if (after < phrase.length && after - offset <= MAX_RUN)
      stops.push({ anchor: after, distance: offset - after, code });
    else unchecked = true;
  });
  return { stops, unchecked };
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.post - b.post;

/**
 * The `limit` first of `list` by `compare`, in order, then the others in no particular order: a common word's
 * thousands of posts are walked once, not sorted, when ten are shown.
 */
export function bestFirst<T>(list: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0 || list.length <= 4 * limit) return list.sort(compare);
  const best: T[] = [];
  const rest: T[] = [];
  for (const item of list) {
    if (best.length === limit && compare(item, best[limit - 1]) >= 0) {
      rest.push(item);
      continue;
    }
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > limit) rest.push(best.pop()!);
  }
  return best.concat(rest);
}

function popcount(n: number): number {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
}
