/**
 * The aligner's dynamic programming over a band of the table: the cheapest path (Viterbi), and, for the
 * confidence of its links, the same costs summed over all paths forward and back (each link's probability is
 * e^-(cost of all paths through it) / e^-(cost of all paths)). Written for speed: typed arrays, no allocation
 * in the loops, the normal tail from a table.
 */
import type { Evidence } from './evidence.js';

/** The moves: segments taken from each version, and their prior probability. */
const MOVES: readonly (readonly [da: number, db: number, prior: number])[] = [
  [1, 1, 0.86],
  [1, 0, 0.02],
  [0, 1, 0.02],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.011],
  [3, 1, 0.006],
  [1, 3, 0.006],
];
const K = MOVES.length;
const PRIOR_COST = MOVES.map(([, , prior]) => -Math.log(prior));
const MOVE_A = Int32Array.from(MOVES, ([da]) => da);
const MOVE_B = Int32Array.from(MOVES, ([, db]) => db);
/** Variance of translated length per character (Gale & Church's 6.8). */
const VARIANCE = 6.8;
/** Most that anchors can lower (or raise) a pair's cost, and the weight of shared anchors at which they near it. */
const ANCHOR_BOUND = 3;
const ANCHOR_SCALE = 3;
/** How much an anchor that one side of a pair has, and the other version has elsewhere, counts against it. */
const ANCHOR_MISSING = 0.5;
/** Cost of pairing text of different kinds (a heading with a paragraph). */
const KIND_MISMATCH = 4;
/** Paths costlier than the best by this much carry no weight worth computing (e^-10). */
const PRUNE = 10;

/** 1 − Φ(|z|) × 2: the two-sided tail of the standard normal (Abramowitz & Stegun 26.2.17). */
function twoSidedTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  return 2 * d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
}
/**
 * −log of the chance of a length difference of z deviations, every 1/100 of z up to 40. Now and then a translator
 * renders a paragraph loosely (half as long again, twice as long): a few paragraphs in a hundred have lengths
 * spread three times wider, so that such a pair costs what it should, not more than a wrong merge with its
 * neighbour. Headings and short lines do not: the share of loose pairs grows to 5% from 0 at 0 characters to
 * 200 characters (one table per step of 50).
 */
const LOOSE = 0.05;
const WIDE = 3;
const LOOSE_STEP = 50;
const LOOSE_STEPS = 4;
/** Made on the first search, not when the module loads (a page may never align anything). */
let TAIL_COST: Float64Array[] = [];
const tailCosts = () =>
  Array.from({ length: LOOSE_STEPS + 1 }, (_, step) =>
    Float64Array.from({ length: 4002 }, (_, k) => {
      const loose = (LOOSE * step) / LOOSE_STEPS;
      return -Math.log(Math.max((1 - loose) * twoSidedTail(k / 100) + loose * twoSidedTail(k / 100 / WIDE), 1e-12));
    }),
  );
function tailCost(z: number, mean: number): number {
  const step = (mean / LOOSE_STEP) | 0;
  const table = TAIL_COST[step < LOOSE_STEPS ? step : LOOSE_STEPS];
  const x = Math.abs(z) * 100;
  if (x >= 4000) return table[4000];
  const k = x | 0;
  return table[k] + (table[k + 1] - table[k]) * (x - k);
}

/** tanh, every 1/100 up to 6 (beyond, within 1e-5 of ±1): Math.tanh was the loop's costliest call. */
const TANH = Float64Array.from({ length: 602 }, (_, k) => Math.tanh(k / 100));
function saturate(x: number): number {
  const t = (x < 0 ? -x : x) * 100;
  if (t >= 600) return x < 0 ? -1 : 1;
  const k = t | 0;
  const v = TANH[k] + (TANH[k + 1] - TANH[k]) * (t - k);
  return x < 0 ? -v : v;
}

/** log(1 + e^-d) every 1/100 of d up to 30 (beyond, under 1e-13): the sum of two costs, from a table. */
const SOFT = Float64Array.from({ length: 3002 }, (_, k) => Math.log1p(Math.exp(-k / 100)));

/** −log(e^-x + e^-y): two costs as alternatives. */
function softmin(x: number, y: number): number {
  const d = x > y ? x - y : y - x;
  if (d >= 30 || d !== d) return x < y ? x : y;
  const t = d * 100;
  const k = t | 0;
  return (x < y ? x : y) - (SOFT[k] + (SOFT[k + 1] - SOFT[k]) * (t - k));
}

export interface Problem {
  /** Lengths of each version's segments (comparable: `lengths.ts`). */
  la: Float64Array;
  lb: Float64Array;
  /** How much longer the second version runs than the first. */
  ratio: number;
  evidence: Evidence;
  /** Per segment, a number for its language (0: unknown) and for its kind. */
  langA: Int32Array;
  langB: Int32Array;
  kindA: Int32Array;
  kindB: Int32Array;
}

/** The part of the table searched: for each row i (0..n), the columns lo[i]..hi[i]. */
export interface Rows {
  lo: Int32Array;
  hi: Int32Array;
}

/** A band of half-width `band` around the diagonal. */
export function diagonal(n: number, m: number, band: number): Rows {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / Math.max(n, 1));
    lo[i] = Math.max(0, centre - band);
    hi[i] = Math.min(m, centre + band);
  }
  return { lo, hi };
}

/** The cells within `w` rows of a path (links in order): as many columns either side on a diagonal path. */
export function corridor(n: number, m: number, links: readonly Found[], w: number): Rows {
  // The columns the path takes in each row: a link of several rows holds its first column until its last row.
  const low = new Int32Array(n + 1).fill(m);
  const high = new Int32Array(n + 1);
  let i = 0;
  let j = 0;
  const visit = (r: number, c: number) => {
    low[r] = Math.min(low[r], c);
    high[r] = Math.max(high[r], c);
  };
  visit(0, 0);
  for (const link of links) {
    for (let r = 1; r < link.a.length; r++) visit(i + r, j);
    i += link.a.length;
    j += link.b.length;
    visit(i, j);
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let r = 0; r <= n; r++) {
    let a = m;
    let b = 0;
    for (let q = Math.max(0, r - w); q <= Math.min(n, r + w); q++) {
      a = Math.min(a, low[q]);
      b = Math.max(b, high[q]);
    }
    lo[r] = a;
    hi[r] = b;
  }
  return { lo, hi };
}

export interface Found {
  a: number[];
  b: number[];
  confidence?: number;
}

/** Anchor ids of every segment in one array, with each segment's start: no array per segment in the loop. */
function flatten(lists: Int32Array[]): [Int32Array, Int32Array] {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i] + l.length));
  const flat = new Int32Array(offsets[lists.length]);
  lists.forEach((l, i) => flat.set(l, offsets[i]));
  return [offsets, flat];
}

export function search(p: Problem, rows: Rows, confidence: boolean): Found[] {
  if (!TAIL_COST.length) TAIL_COST = tailCosts();
  const { la, lb, langA, langB, kindA, kindB } = p;
  const { lo, hi } = rows;
  const n = la.length;
  const m = lb.length;
  // Lengths at the geometric middle of the two languages, so that the cost is the same in either order.
  const root = Math.sqrt(p.ratio);
  const sumA = new Float64Array(n + 1);
  const sumB = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) sumA[i + 1] = sumA[i] + la[i] * root;
  for (let j = 0; j < m; j++) sumB[j + 1] = sumB[j] + lb[j] / root;

  const [offA, flatA] = flatten(p.evidence.idsA);
  const [offB, flatB] = flatten(p.evidence.idsB);
  const { weight } = p.evidence;
  const missing = p.evidence.balance.map((b, id) => ANCHOR_MISSING * weight[id] * b);
  // Which ids each side of a pair has: marks fresh for every pair (stamp), then stamp + 1 once counted.
  const markA = new Int32Array(weight.length);
  const markB = new Int32Array(weight.length);
  let stamp = 0;
  const anchorCost = (i0: number, i1: number, j0: number, j1: number): number => {
    const a0 = offA[i0];
    const a1 = offA[i1];
    const b0 = offB[j0];
    const b1 = offB[j1];
    if (a0 === a1 && b0 === b1) return 0;
    stamp += 2;
    for (let x = a0; x < a1; x++) markA[flatA[x]] = stamp;
    for (let y = b0; y < b1; y++) markB[flatB[y]] = stamp;
    let e = 0;
    for (let x = a0; x < a1; x++) {
      const id = flatA[x];
      if (markA[id] !== stamp) continue;
      markA[id] = stamp + 1;
      e += markB[id] === stamp ? weight[id] : -missing[id];
    }
    for (let y = b0; y < b1; y++) {
      const id = flatB[y];
      if (markB[id] !== stamp) continue;
      markB[id] = stamp + 1;
      if (markA[id] !== stamp + 1) e -= missing[id];
    }
    return -ANCHOR_BOUND * saturate(e / ANCHOR_SCALE);
  };
  /** Segments in the same language never pair; different kinds pair at a cost. */
  const pairCost = (i0: number, i1: number, j0: number, j1: number): number => {
    const kind = kindA[i0];
    let differ = false;
    for (let i = i0; i < i1; i++) {
      const lang = langA[i];
      if (lang) for (let j = j0; j < j1; j++) if (langB[j] === lang) return Infinity;
      differ ||= kindA[i] !== kind;
    }
    for (let j = j0; j < j1; j++) differ ||= kindB[j] !== kind;
    return differ ? KIND_MISMATCH : 0;
  };

  // Cell (i, j) lives at row i's base + j; rows hold only their own columns.
  const base = new Int32Array(n + 1);
  let cells = 0;
  for (let i = 0; i <= n; i++) {
    base[i] = cells - lo[i];
    cells += Math.max(0, hi[i] - lo[i] + 1);
  }
  const cost = new Float64Array(cells).fill(Infinity);
  const move = new Int8Array(cells).fill(-1);
  // For the confidence: costs summed over all paths to each cell, and every step's cost, for the way back.
  const forward = confidence ? new Float64Array(cells).fill(Infinity) : cost;
  const steps = confidence ? new Float32Array(cells * K).fill(Infinity) : new Float32Array(0);
  cost[base[0]] = 0;
  forward[base[0]] = 0;
  const margin = confidence ? PRUNE : 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const here = base[i] + j;
      let best = Infinity;
      let bestMove = -1;
      let total = Infinity;
      for (let k = 0; k < K; k++) {
        const da = MOVE_A[k];
        const db = MOVE_B[k];
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const before = base[pi] + pj;
        const start = cost[before];
        if (start === Infinity) continue;
        let step = PRIOR_COST[k];
        if (da && db) {
          if (start + step - ANCHOR_BOUND > best + margin) continue;
          const x = sumA[i] - sumA[pi];
          const y = sumB[j] - sumB[pj];
          const mean = Math.max((x + y) / 2, 1);
          step += tailCost((y - x) / Math.sqrt(mean * VARIANCE), mean);
          // Anchors lower a pair's cost by ANCHOR_BOUND at most: skip the pair when it could not count anyway.
          if (start + step - ANCHOR_BOUND > best + margin) continue;
          step += pairCost(pi, i, pj, j);
          if (step === Infinity) continue;
          step += anchorCost(pi, i, pj, j);
        }
        if (start + step < best) {
          best = start + step;
          bestMove = k;
        }
        if (confidence) {
          steps[here * K + k] = step;
          total = softmin(total, forward[before] + step);
        }
      }
      cost[here] = best;
      move[here] = bestMove;
      if (confidence) forward[here] = total;
    }
  }
  const end = base[n] + m;
  if (m < lo[n] || m > hi[n] || (move[end] < 0 && n + m > 0)) throw new Error(`align: band too narrow for ${n} × ${m}`);

  // Costs summed over all paths from each cell to the end.
  const backward = confidence ? new Float64Array(cells).fill(Infinity) : cost;
  if (confidence) {
    backward[end] = 0;
    for (let i = n; i >= 0; i--) {
      for (let j = hi[i]; j >= lo[i]; j--) {
        const here = base[i] + j;
        if (here === end) continue;
        let total = Infinity;
        for (let k = 0; k < K; k++) {
          const ni = i + MOVE_A[k];
          const nj = j + MOVE_B[k];
          if (ni > n || nj < lo[ni] || nj > hi[ni]) continue;
          const after = base[ni] + nj;
          const step = steps[after * K + k];
          if (step !== Infinity && backward[after] !== Infinity) total = softmin(total, step + backward[after]);
        }
        backward[here] = total;
      }
    }
  }

  // Walk back from the end.
  const links: Found[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = base[i] + j;
    const k = move[here];
    const da = MOVE_A[k];
    const db = MOVE_B[k];
    const link: Found = { a: [], b: [] };
    for (let x = i - da; x < i; x++) link.a.push(x);
    for (let y = j - db; y < j; y++) link.b.push(y);
    if (confidence) {
      // A pair is one step of the table; a part one version alone has is any step that skips it, wherever the
      // other version stands (introductions on both sides interleave in many orders of equal cost).
      let p = 0;
      const through = (from: number, to: number) => {
        const c = forward[from] + steps[to * K + k] + backward[to];
        if (c < Infinity) p += Math.exp(forward[end] - c);
      };
      if (da && db) through(base[i - da] + j - db, here);
      else if (da)
        for (let y = Math.max(lo[i - 1], lo[i]); y <= Math.min(hi[i - 1], hi[i]); y++)
          through(base[i - 1] + y, base[i] + y);
      else for (let x = 0; x <= n; x++) if (j - 1 >= lo[x] && j <= hi[x]) through(base[x] + j - 1, base[x] + j);
      link.confidence = Math.min(1, Math.max(0, p));
    }
    links.push(link);
    i -= da;
    j -= db;
  }
  return links.reverse();
}
