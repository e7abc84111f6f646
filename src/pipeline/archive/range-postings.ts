/**
 * A range of terms' postings as the index step gathers them: from the spilled lines of the posts worked on, and,
 * in a rebuild, from the previous build's postings of the range (build-state.ts), its posts renumbered and those
 * that changed or went taken out. It tells which terms' post counts changed, and which posts hold them: their
 * search fragments are chosen by word rarity, so those are the fragments a change can reach.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { IndexedRange, TermPostings } from '../search-index.js';

/** A range's postings as kept: terms, and per term its posts, frequencies (three a post) and positions. */
type Kept = [terms: string[], docs: number[][], tfs: number[][], positions: string[][]];

export interface IndexedTerms extends IndexedRange {
  /** Terms whose post count is not the previous build's (only when there was one). */
  changed: string[];
  /** Posts holding any of them. */
  reached: number[];
}

export class RangePostings {
  readonly terms = new Map<string, TermPostings>();
  /** Post counts before this build, of the terms it touched. */
  private readonly before = new Map<string, number>();
  private readonly patched: boolean;

  constructor(previous?: { file: string; remap: Int32Array }) {
    this.patched = !!previous;
    if (!previous) return;
    const [terms, docs, tfs, positions] = JSON.parse(readFileSync(previous.file, 'utf8')) as Kept;
    const { remap } = previous;
    terms.forEach((term, t) => {
      const old = docs[t];
      if (old.every((doc) => remap[doc] === doc)) {
        this.terms.set(term, { docs: old, tfs: tfs[t], positions: positions[t] });
        return;
      }
      const p: TermPostings = { docs: [], tfs: [], positions: [] };
      old.forEach((doc, i) => {
        if (remap[doc] < 0) return;
        p.docs.push(remap[doc]);
        p.tfs.push(tfs[t][i * 3], tfs[t][i * 3 + 1], tfs[t][i * 3 + 2]);
        p.positions.push(positions[t][i]);
      });
      this.before.set(term, old.length);
      if (p.docs.length) this.terms.set(term, p);
    });
  }

  /**
   * A terms spill file's postings: a line `\t<post>` (the post's number), then a line for each of its terms in
   * the range: the term, its frequencies (`a,b,c`) and positions, tab-separated. Read in place, with numbers
   * parsed from the characters: splitting each of the archive's millions of lines into strings cost nine times as
   * much.
   */
  addLines(text: string): void {
    let doc = -1;
    for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      const a = text.indexOf('\t', start);
      const b = text.indexOf('\t', a + 1);
      // A post's line has one field after the tab; a term's, two (an empty term has as many).
      if (a === start && (b < 0 || b > end)) {
        doc = integer(text, start + 1, end);
        continue;
      }
      if (a < 0 || b < 0 || b > end || doc < 0)
        throw new Error(`a terms spill line without three fields or a post: ${text.slice(start, end)}`);
      const term = text.slice(start, a);
      let p = this.terms.get(term);
      if (this.patched && !this.before.has(term)) this.before.set(term, p?.docs.length ?? 0);
      if (!p) this.terms.set(term, (p = { docs: [], tfs: [], positions: [] }));
      p.docs.push(doc);
      for (let from = a + 1; ;) {
        const comma = text.indexOf(',', from);
        const to = comma < 0 || comma > b ? b : comma;
        p.tfs.push(integer(text, from, to));
        if (to === b) break;
        from = to + 1;
      }
      p.positions.push(text.slice(b + 1, end));
    }
  }

  save(file: string): void {
    const kept: Kept = [[], [], [], []];
    for (const [term, p] of this.terms) {
      kept[0].push(term);
      kept[1].push(p.docs);
      kept[2].push(p.tfs);
      kept[3].push(p.positions);
    }
    writeFileSync(file, JSON.stringify(kept));
  }

  changes(): { changed: string[]; reached: number[] } {
    const changed = [...this.before].filter(([term, n]) => (this.terms.get(term)?.docs.length ?? 0) !== n);
    const reached = new Set<number>();
    for (const [term] of changed) for (const doc of this.terms.get(term)?.docs ?? []) reached.add(doc);
    return { changed: changed.map(([term]) => term), reached: [...reached] };
  }
}

/** The decimal integer written in `text` from `from` to `to`. */
function integer(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Error(`not a number in a terms spill: ${text.slice(from, to)}`);
    n = n * 10 + digit;
  }
  return n;
}
