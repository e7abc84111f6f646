/**
 * Lengths the two versions can be compared by, in any script, and how much longer one runs than the other.
 *
 * Characters, as Gale & Church count them, except that a Chinese or Japanese character (or a Korean syllable)
 * says as much as several Latin letters: in a version written mostly in such characters they weigh as many
 * characters as the other version spends on them, measured on the two texts (a Chinese paragraph that keeps
 * `Debian` or `/etc/hosts` in Latin letters is then measured right, where raw characters would not be).
 */

interface Counts {
  dense: Float64Array;
  other: Float64Array;
}

/**
 * Characters that each carry a word or a syllable: Han (with its extensions, whose high surrogates are
 * D840–D87F), kana, Hangul, Yi. By code point ranges, in one pass: this runs over every character of both texts.
 */
function isDense(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xd840 && c <= 0xd87f) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0xa000 && c <= 0xa4cf)
  );
}
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

function countsOf(texts: readonly string[]): Counts {
  const dense = new Float64Array(texts.length);
  const other = new Float64Array(texts.length);
  texts.forEach((text, i) => {
    // Characters, not UTF-16 units (a low surrogate adds nothing); a run of white space counts as one.
    let d = 0;
    let o = 0;
    let space = false;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (isSpace(c)) {
        if (!space) o++;
        space = true;
        continue;
      }
      space = false;
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      if (c >= 0x1100 && isDense(c)) d++;
      else o++;
    }
    dense[i] = d;
    other[i] = o;
  });
  return { dense, other };
}

const sum = (xs: Float64Array) => xs.reduce((x, y) => x + y, 0);

/**
 * Lengths of each version's segments. When one version is written mostly in dense characters and the other is
 * not, a dense character weighs what the other version's characters come to per dense character (between 1 and
 * 8): the two totals then come out about equal, and any remaining ratio is left to `ratioOf`.
 */
export function lengthsOf(a: readonly string[], b: readonly string[]): [Float64Array, Float64Array] {
  const ca = countsOf(a);
  const cb = countsOf(b);
  const share = (c: Counts) => sum(c.dense) / (sum(c.dense) + sum(c.other) || 1);
  const weigh = (c: Counts, w: number) => c.other.map((o, i) => o + w * c.dense[i]);
  const weightOf = (mine: Counts, theirs: Counts) =>
    Math.min(8, Math.max(1, (sum(theirs.other) + sum(theirs.dense) - sum(mine.other)) / (sum(mine.dense) || 1)));
  const denseA = share(ca) > 0.3;
  const denseB = share(cb) > 0.3;
  const wa = denseA && !denseB ? weightOf(ca, cb) : 1;
  const wb = denseB && !denseA ? weightOf(cb, ca) : 1;
  return [weigh(ca, wa), weigh(cb, wb)];
}

/** How many paragraphs' worth of belief the ratio starts with that the versions run about as long. */
const PRIOR = 10;

/** The value at fraction `q` of a sorted copy of `xs`. */
function quantile(xs: Float64Array, q: number): number {
  const sorted = Float64Array.from(xs).sort();
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

/**
 * How much longer the second version runs, before any pairing: the median of the ratios of their lengths' lower
 * quartile, median, upper quartile and total. Each alone can mislead (an introduction one version has, longer
 * than the other's whole text, weighs on the total; a version with many headings, on the quartiles); the median
 * of the four follows the majority of the paragraphs.
 */
export function ratioOf(la: Float64Array, lb: Float64Array): number {
  const ratios = [0.25, 0.5, 0.75].map((q) => quantile(lb, q) / (quantile(la, q) || 1));
  ratios.push(sum(lb) / (sum(la) || 1));
  ratios.sort((x, y) => x - y);
  const r = (ratios[1] + ratios[2]) / 2;
  if (!(Number.isFinite(r) && r > 0)) return 1;
  // A few paragraphs say little (three against four, one of them extra, can make it 2.5): the estimate leans
  // towards 1, what lengths measured as above come to between most languages, as if PRIOR pairs said so.
  const n = Math.min(la.length, lb.length);
  return Math.exp((n * Math.log(r)) / (n + PRIOR));
}
