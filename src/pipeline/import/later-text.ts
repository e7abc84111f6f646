/**
 * Which lines of a post share a span of eight words with a line after them: an editor's introduction quoting the
 * piece it introduces. One pass from the last line back, with every eight-word span of the lines seen so far in a
 * hash table, so a post of a million words costs a million lookups (comparing each line with the text after it,
 * as this was first written, took minutes for one post of 1 MB).
 */

/** Span length, and the step between the spans of a line that are looked up. */
const SPAN = 8;
const STEP = 2;

/** Open-addressing table from a span's 53-bit hash to where the span starts (growing, typed arrays). */
class SpanTable {
  private keys = new Float64Array(1 << 12);
  private starts = new Int32Array(1 << 12);
  private size = 0;

  constructor(private readonly words: Int32Array) {}

  private hash(at: number): number {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let j = 0; j < SPAN; j++) {
      const w = this.words[at + j];
      a = Math.imul(a ^ w, 0x01000193);
      b = Math.imul(b + w, 0x5bd1e995) ^ (b >>> 13);
    }
    // 32 + 21 bits; never 0, which marks an empty slot.
    return (a >>> 0) * 0x200000 + (b >>> 11) + 1;
  }

  private same(x: number, y: number): boolean {
    for (let j = 0; j < SPAN; j++) if (this.words[x + j] !== this.words[y + j]) return false;
    return true;
  }

  /** The slot holding a span equal to the one at `at`, or the empty slot where it would go. */
  private slot(at: number, key: number): number {
    const mask = this.keys.length - 1;
    let i = (key % this.keys.length) & mask;
    while (this.keys[i] !== 0 && !(this.keys[i] === key && this.same(this.starts[i], at))) i = (i + 1) & mask;
    return i;
  }

  has(at: number): boolean {
    return this.keys[this.slot(at, this.hash(at))] !== 0;
  }

  add(at: number): void {
    const key = this.hash(at);
    const i = this.slot(at, key);
    if (this.keys[i] !== 0) return;
    this.keys[i] = key;
    this.starts[i] = at;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, starts } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.starts = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const j = this.slot(starts[i], keys[i]);
      this.keys[j] = keys[i];
      this.starts[j] = starts[i];
    }
  }
}

/**
 * For each line, whether one of its spans of eight words (`wordsOf` the line) starting at an even word occurs,
 * whole, inside one later line.
 */
export function quotesLaterLines<T>(lines: readonly T[], wordsOf: (line: T) => Iterable<string>): boolean[] {
  // Each word as a number, all lines end to end (a line's words are not kept as strings).
  const ids = new Map<string, number>();
  const offsets = new Int32Array(lines.length + 1);
  let words = new Int32Array(1024);
  lines.forEach((line, i) => {
    let at = offsets[i];
    for (const w of wordsOf(line)) {
      if (at === words.length) {
        const grown = new Int32Array(words.length * 2);
        grown.set(words);
        words = grown;
      }
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = ids.size));
      words[at++] = id;
    }
    offsets[i + 1] = at;
  });
  const table = new SpanTable(words);
  const result = lines.map(() => false);
  for (let i = lines.length - 1; i >= 0; i--) {
    const start = offsets[i];
    const end = offsets[i + 1];
    for (let at = start; at + SPAN <= end && !result[i]; at += STEP) result[i] = table.has(at);
    if (i > 0) for (let at = start; at + SPAN <= end; at++) table.add(at);
  }
  return result;
}
