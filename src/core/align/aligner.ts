/**
 * Aligns the paragraphs of two versions of a text, any language pair: Gale & Church's length-based dynamic
 * programming (1993), with 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 moves, helped by anchors that survive
 * translation (numbers in any numeral system, names, terms). Deterministic; the table is a band around the
 * diagonal, so memory and time grow with n × band, not n × m.
 *
 * Lengths are compared in a measure fit for both scripts, at a ratio estimated from the two texts before the
 * search and then measured on the pairs it finds (`lengths.ts`). An anchor both versions have is evidence for
 * the pair that shares it and, a little, against a pair that has it on one side only; an anchor only one
 * version has (a German noun, a translated name) counts for nothing (`evidence.ts`). Each link carries a
 * confidence: the probability of that link over all alignments, from the same costs summed forward and back.
 *
 * Parts present in one version only (an editor's introduction, a paragraph the other version cut) come out as
 * one-sided links, never forced onto a partner. Segments in the same language never pair: a translation is in
 * the other language, so text in the version's own language that its partner also has (the French post's
 * English introduction) is the version's own.
 */
import { evidenceOf } from './evidence.js';
import { lengthsOf, ratioOf } from './lengths.js';
import { type Problem, corridor, diagonal, search } from './search.js';

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
  /**
   * How sure the aligner is of this link, 0 to 1: its probability over all alignments of the two versions.
   * Always set by `align`; below about 0.5, a reader may mark the pair as uncertain.
   */
  confidence?: number;
}

export interface AlignOptions {
  /**
   * Half-width of the band around the diagonal, in segments. Default: the whole table up to 200 segments;
   * beyond, a twentieth of the longer version, and at least the difference in length plus 30.
   */
  band?: number;
}

/** How far from the first alignment the second may go, in rows and columns, on long texts. */
const CORRIDOR = 20;

export function align(a: readonly Segment[], b: readonly Segment[], options: AlignOptions = {}): Link[] {
  const textsA = a.map((s) => s.text);
  const textsB = b.map((s) => s.text);
  const [la, lb] = lengthsOf(textsA, textsB);
  const numbering = new Map<string, number>();
  const numberOf = (key: string | undefined) =>
    key ? (numbering.get(key) ?? numbering.set(key, numbering.size + 1).get(key)!) : 0;
  const longest = Math.max(a.length, b.length);
  const problem: Problem = {
    la,
    lb,
    ratio: ratioOf(la, lb),
    evidence: evidenceOf(textsA, textsB),
    langA: Int32Array.from(a, (s) => numberOf(s.lang && `lang:${s.lang}`)),
    langB: Int32Array.from(b, (s) => numberOf(s.lang && `lang:${s.lang}`)),
    kindA: Int32Array.from(a, (s) => numberOf(`kind:${s.kind ?? ''}`)),
    kindB: Int32Array.from(b, (s) => numberOf(`kind:${s.kind ?? ''}`)),
  };
  // The ratio estimated before the search, measured again on the one-to-one pairs it finds.
  const band =
    options.band ??
    (longest <= 200 ? longest : Math.max(30, Math.ceil(longest / 20), Math.abs(a.length - b.length) + 30));
  const rows = diagonal(a.length, b.length, band);
  const first = search(problem, rows, false);
  let sumA = 0;
  let sumB = 0;
  let pairs = 0;
  for (const l of first) {
    if (l.a.length !== 1 || l.b.length !== 1) continue;
    sumA += la[l.a[0]];
    sumB += lb[l.b[0]];
    pairs++;
  }
  if (pairs >= 3 && sumA > 0 && sumB > 0) problem.ratio = sumB / sumA;
  // Then the alignment at that ratio, with its confidence, near the first (all of it, for short texts).
  return search(problem, longest <= 200 ? rows : corridor(a.length, b.length, first, CORRIDOR), true);
}
