/**
 * Aligns the paragraphs of two versions of a text, any language pair: Gale & Church's length-based dynamic
 * programming (1993), with 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 moves, helped by anchors that survive translation
 * (numbers, names). Deterministic; the table is a band around the diagonal, so memory and time grow with
 * n × band, not n × m (1,000 × 1,000 paragraphs in a few milliseconds).
 *
 * Parts present in one version only (an editor's introduction, a paragraph the other version cut) come out as
 * one-sided links, never forced onto a partner. Segments in the same language never pair: a translation is in
 * the other language, so text in the version's own language that its partner also has (the French post's
 * English introduction) is the version's own.
 */
import { anchorsOf, sameAnchor } from './anchors.js';

export interface Segment {
  text: string;
  /** Language of the segment, when known. */
  lang?: string;
  /** What kind of text it is (paragraph, quote, heading…), when known: translation keeps structure. */
  kind?: string;
}

/** Indices of the segments of each version that translate each other; one side empty for one-sided parts. */
export interface Link {
  a: number[];
  b: number[];
}

export interface AlignOptions {
  /**
   * Half-width of the band around the diagonal, in segments. Default: the whole table up to 200 segments;
   * beyond, a twentieth of the longer version, and at least the difference in length plus 30.
   */
  band?: number;
}

/** Prior probabilities of each move (Gale & Church's, with more room for one-sided parts). */
const MOVES: [da: number, db: number, prior: number][] = [
  [1, 1, 0.86],
  [1, 0, 0.02],
  [0, 1, 0.02],
  [2, 1, 0.045],
  [1, 2, 0.045],
  [2, 2, 0.01],
];
const PRIOR_COST = MOVES.map(([, , prior]) => -Math.log(prior));
const MOVE_A = MOVES.map(([da]) => da);
const MOVE_B = MOVES.map(([, db]) => db);
/** Variance of translated length per character (Gale & Church's 6.8). */
const VARIANCE = 6.8;
/** How much anchors weigh against length: the cost of a pair whose anchors all disagree, minus one whose all agree. */
const ANCHOR_WEIGHT = 10;
/** Cost of pairing text of different kinds (a quotation with a plain paragraph). */
const KIND_MISMATCH = 4;

/** 1 − Φ(|z|) × 2: the two-sided tail of the standard normal (Abramowitz & Stegun 26.2.17). */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 2 * p;
}

/** Gale & Church's length cost of pairing `la` characters with `lb`, given the ratio `c` of the two languages. */
function lengthCost(la: number, lb: number, c: number): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / c) / 2;
  const z = (lb - la * c) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  return -Math.log(Math.max(twoSidedTail(z), 1e-12));
}

export function align(a: readonly Segment[], b: readonly Segment[], options: AlignOptions = {}): Link[] {
  const lenA = a.map((s) => s.text.length);
  const lenB = b.map((s) => s.text.length);
  // How much longer one language runs than the other: first taken as 1 (totals would mislead: one version's
  // introduction can be longer than the other's whole text), then measured on the pairs that finds, twice.
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  let ratio = 1;
  let links = alignWithRatio(a, b, ratio, options);
  for (let pass = 0; pass < 2; pass++) {
    const pairs = links.filter((l) => l.a.length === 1 && l.b.length === 1);
    if (pairs.length < 3) break;
    const measured = sum(pairs.map((l) => lenB[l.b[0]])) / (sum(pairs.map((l) => lenA[l.a[0]])) || 1);
    // A ratio within 3% of the last would not change the result.
    if (Math.abs(measured / ratio - 1) < 0.03) break;
    ratio = measured;
    links = alignWithRatio(a, b, ratio, options);
  }
  return links;
}

function alignWithRatio(a: readonly Segment[], b: readonly Segment[], c: number, options: AlignOptions): Link[] {
  const n = a.length;
  const m = b.length;
  const lenA = a.map((s) => s.text.length);
  const lenB = b.map((s) => s.text.length);

  // Anchors, weighted by rarity across both versions.
  const anchorsA = a.map((s) => [...anchorsOf(s.text)]);
  const anchorsB = b.map((s) => [...anchorsOf(s.text)]);
  const df = new Map<string, number>();
  for (const list of [...anchorsA, ...anchorsB]) for (const x of list) df.set(x, (df.get(x) ?? 0) + 1);
  const total = n + m;
  const weight = (x: string) => Math.log(1 + total / (df.get(x) ?? 1));
  const weightsA = anchorsA.map((list) => list.map(weight));
  const weightsB = anchorsB.map((list) => list.map(weight));

  const totalA = weightsA.map((ws) => ws.reduce((x, y) => x + y, 0));
  const totalB = weightsB.map((ws) => ws.reduce((x, y) => x + y, 0));

  /** Weight of the anchors of `list` that the segments `from..to` of the other side share (hot: no allocation). */
  const sharedWeight = (list: string[], weights: number[], other: string[][], from: number, to: number) => {
    let shared = 0;
    for (let k = 0; k < list.length; k++) {
      let found = false;
      for (let s = from; s < to && !found; s++) {
        const theirs = other[s];
        for (let t = 0; t < theirs.length && !found; t++) found = sameAnchor(list[k], theirs[t]);
      }
      if (found) shared += weights[k];
    }
    return shared;
  };

  /** Anchor cost of pairing a[i0..i1) with b[j0..j1): −½ W when all anchors agree, +½ W when none do. */
  const anchorCost = (i0: number, i1: number, j0: number, j1: number): number => {
    let all = 0;
    let shared = 0;
    for (let i = i0; i < i1; i++) {
      all += totalA[i];
      if (anchorsA[i].length) shared += sharedWeight(anchorsA[i], weightsA[i], anchorsB, j0, j1);
    }
    for (let j = j0; j < j1; j++) {
      all += totalB[j];
      if (anchorsB[j].length) shared += sharedWeight(anchorsB[j], weightsB[j], anchorsA, i0, i1);
    }
    return all ? ANCHOR_WEIGHT * (0.5 - shared / all) : 0;
  };

  const pairable = (i0: number, i1: number, j0: number, j1: number) => {
    for (let i = i0; i < i1; i++) {
      for (let j = j0; j < j1; j++) if (a[i].lang && a[i].lang === b[j].lang) return false;
    }
    return true;
  };
  /** Different kinds in one pair: a quotation with a plain paragraph. */
  const kindCost = (i0: number, i1: number, j0: number, j1: number) => {
    const kind = a[i0].kind;
    let differ = false;
    for (let i = i0; i < i1; i++) differ ||= a[i].kind !== kind;
    for (let j = j0; j < j1; j++) differ ||= b[j].kind !== kind;
    return differ ? KIND_MISMATCH : 0;
  };

  // The band: row i covers columns around i·m/n. Cell (i, j) lives at row i's base + j.
  const longest = Math.max(n, m);
  const band = options.band ?? (longest <= 200 ? longest : Math.max(30, Math.ceil(longest / 20), Math.abs(n - m) + 30));
  const width = 2 * band + 1;
  const base = new Int32Array(n + 1);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / Math.max(n, 1));
    base[i] = i * width - centre + band;
    lo[i] = Math.max(0, centre - band);
    hi[i] = Math.min(m, centre + band);
  }
  const at = (i: number, j: number) => (j >= lo[i] && j <= hi[i] ? base[i] + j : -1);
  // Prefix sums of lengths: the length of any run of segments in O(1).
  const sumA = new Float64Array(n + 1);
  const sumB = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) sumA[i + 1] = sumA[i] + lenA[i];
  for (let j = 0; j < m; j++) sumB[j + 1] = sumB[j] + lenB[j];

  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Int8Array((n + 1) * width).fill(-1);
  cost[at(0, 0)] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < MOVES.length; k++) {
        const da = MOVE_A[k];
        const db = MOVE_B[k];
        if (i < da || j < db) continue;
        const before = at(i - da, j - db);
        if (before < 0) continue;
        const start = cost[before];
        if (start === Infinity) continue;
        let step = PRIOR_COST[k];
        if (da && db) {
          if (!pairable(i - da, i, j - db, j)) continue;
          step += lengthCost(sumA[i] - sumA[i - da], sumB[j] - sumB[j - db], c);
          // Anchors can lower a pair's cost by at most W/2: skip them when it could not win anyway.
          if (start + step - ANCHOR_WEIGHT / 2 >= best) continue;
          step += anchorCost(i - da, i, j - db, j) + kindCost(i - da, i, j - db, j);
        }
        if (start + step < best) {
          best = start + step;
          bestMove = k;
        }
      }
      cost[base[i] + j] = best;
      move[base[i] + j] = bestMove;
    }
  }

  // Walk back from the end.
  const links: Link[] = [];
  let i = n;
  let j = m;
  if (at(n, m) < 0 || move[at(n, m)] < 0) throw new Error(`align: band ${band} too narrow for ${n} × ${m}`);
  while (i > 0 || j > 0) {
    const [da, db] = MOVES[move[at(i, j)]];
    const link: Link = { a: [], b: [] };
    for (let x = i - da; x < i; x++) link.a.push(x);
    for (let y = j - db; y < j; y++) link.b.push(y);
    links.push(link);
    i -= da;
    j -= db;
  }
  return links.reverse();
}
