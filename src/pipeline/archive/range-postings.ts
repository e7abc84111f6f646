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

  /** One spilled line's posting: the term, the post, its frequencies (`a,b,c`) and positions. */
  add(term: string, doc: number, tf: string, positions: string): void {
    let p = this.terms.get(term);
    if (this.patched && !this.before.has(term)) this.before.set(term, p?.docs.length ?? 0);
    if (!p) this.terms.set(term, (p = { docs: [], tfs: [], positions: [] }));
    p.docs.push(doc);
    for (const n of tf.split(',')) p.tfs.push(Number(n));
    p.positions.push(positions);
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
