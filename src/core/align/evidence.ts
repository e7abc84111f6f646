/**
 * The anchors two versions share, as numbered evidence for the aligner. An anchor only one version has (a German
 * noun, a name each language translates: `United Nations` / `Naciones Unidas`) is no evidence and is dropped
 * here, so it can never count against a pair. Each shared anchor weighs by its rarity (a name in one paragraph
 * of each version says far more than `Niger` in every one) and by how evenly the two versions use it.
 */
import { fold } from '../search/analyzer-fold.js';
import { LATIN_WORD, anchorsOf, sameAnchor } from './anchors.js';

export interface Evidence {
  /** Per segment of each version, the ids of its shared anchors, ascending. */
  idsA: Int32Array[];
  idsB: Int32Array[];
  /** Per id: rarity across both versions, log(1 + segments / segments with it). */
  weight: Float64Array;
  /**
   * Per id: how much a pair with it on one side only counts against: fewer segments with it on one side over
   * more on the other (1: used alike); 0 for a Latin word found in the other version's running text, which a
   * translation keeps in one place and translates in the next.
   */
  balance: Float64Array;
}

/** Anchor → the segments that have it. */
function index(lists: Set<string>[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  lists.forEach((set, i) => set.forEach((x) => (out.get(x) ?? out.set(x, []).get(x)!).push(i)));
  return out;
}

/**
 * A Latin word that a text in another script keeps (`=debian`) matches the word wherever the other version
 * writes it; `wanted` holds the words looked for, so that only they are indexed.
 */
function latinWords(texts: readonly string[], wanted: Set<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  texts.forEach((text, i) => {
    for (const [m] of text.matchAll(LATIN_WORD)) {
      const key = `=${fold(m)}`;
      if (!wanted.has(key)) continue;
      const list = out.get(key) ?? out.set(key, []).get(key)!;
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return out;
}

export function evidenceOf(a: readonly string[], b: readonly string[]): Evidence {
  const anchorsA = a.map(anchorsOf);
  const anchorsB = b.map(anchorsOf);
  const inA = index(anchorsA);
  const inB = index(anchorsB);
  // Latin words kept by a version in another script, looked for anywhere in a version written in Latin letters.
  const loose = (from: Map<string, number[]>) => new Set([...from.keys()].filter((k) => k[0] === '='));
  const looseA = loose(inA);
  const looseB = loose(inB);
  const wordsA = looseB.size ? latinWords(a, looseB) : new Map<string, number[]>();
  const wordsB = looseA.size ? latinWords(b, looseA) : new Map<string, number[]>();

  // Names on B by their first four letters: a name of A is compared with those only (sameAnchor needs four).
  const byStart = new Map<string, string[]>();
  for (const key of inB.keys()) {
    if (key[0] === '#' || key[0] === '=') continue;
    (byStart.get(key.slice(0, 4)) ?? byStart.set(key.slice(0, 4), []).get(key.slice(0, 4))!).push(key);
  }

  const sharedA: number[][] = a.map(() => []);
  const sharedB: number[][] = b.map(() => []);
  const weight: number[] = [];
  const balance: number[] = [];
  const total = a.length + b.length;
  const keys = [...inA.keys()].sort();
  for (const key of keys) {
    const segA = inA.get(key)!;
    let segB: number[];
    let running = false;
    if (key[0] === '=') {
      // The same word as a loose word, a name or a term of B, else anywhere in B's running text.
      const named = inB.get(key) ?? inB.get(key.slice(1));
      segB = named ?? wordsB.get(key) ?? [];
      running = !named;
      if (running && segB.length > 2 * segA.length) continue;
    } else if (key[0] === '#') segB = inB.get(key) ?? [];
    else {
      const similar = (byStart.get(key.slice(0, 4)) ?? []).filter((k) => sameAnchor(key, k));
      segB = [...new Set(similar.flatMap((k) => inB.get(k)!))].sort((x, y) => x - y);
    }
    if (!segB.length) continue;
    const id = weight.length;
    for (const i of segA) sharedA[i].push(id);
    for (const j of segB) sharedB[j].push(id);
    weight.push(Math.log(1 + total / (segA.length + segB.length)));
    balance.push(running ? 0 : Math.min(segA.length, segB.length) / Math.max(segA.length, segB.length));
  }
  // Latin words of B's script-less text that A writes in its running text (not as names).
  for (const [key, segB] of [...inB].filter(([k]) => k[0] === '=' && !inA.has(k)).sort()) {
    const named = inA.get(key.slice(1));
    const segA = named ?? wordsA.get(key);
    // A word both write in Latin letters, but far more often in A's running text (`to`, `free`, `support` in
    // an English gloss), is a word of A's language, not a name both keep.
    if (!segA || segA.length > 2 * segB.length) continue;
    const id = weight.length;
    for (const i of segA) sharedA[i].push(id);
    for (const j of segB) sharedB[j].push(id);
    weight.push(Math.log(1 + total / (segA.length + segB.length)));
    balance.push(named ? Math.min(segA.length, segB.length) / Math.max(segA.length, segB.length) : 0);
  }
  const sorted = (ids: number[]) => Int32Array.from(new Set(ids)).sort();
  return {
    idsA: sharedA.map(sorted),
    idsB: sharedB.map(sorted),
    weight: Float64Array.from(weight),
    balance: Float64Array.from(balance),
  };
}
