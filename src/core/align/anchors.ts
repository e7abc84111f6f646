/**
 * Anchors: what a translation keeps as it is. Numbers and years (`1958`, `26 juillet 2023` ~ `26 July 2023`), and
 * names (`Sawaba`, `Djibo Bakary`; `Algérie` ~ `Algeria` by their common start). Each weighs by its rarity in the
 * two texts: a name in one paragraph of each says far more than `Niger` in every one.
 */
import { fold } from '../search/analyzer-fold.js';

/** Anchors of a text: `#1958` for numbers, folded words for names. */
export function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d.,\u00a0\u202f ]*\d|\d/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length) out.add(`#${digits}`);
  }
  // Capitalised words not opening a sentence: names (a language-blind test; good enough to weigh).
  for (const m of text.matchAll(/(?<![.!?:]\s|^|["“«‘(]\s?)\p{Lu}[\p{L}’'-]{2,}/gu)) {
    out.add(fold(m[0]).replace(/[’'].*$/u, ''));
  }
  return out;
}

/** Names match when folded alike, or when they share most of their start (`algerie` ~ `algeria`, `chine` ~ `china`). */
export function sameAnchor(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] === '#' || b[0] === '#') return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || Math.abs(a.length - b.length) > 3) return false;
  let k = 0;
  while (k < shorter && a[k] === b[k]) k++;
  return k >= Math.max(4, Math.ceil(shorter * 0.7));
}
