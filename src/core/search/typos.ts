/**
 * One typo: a letter wrong, missing, extra, or two neighbours swapped (Damerau). lunr's fuzzy TokenSet misses
 * insertions (`jinpng` does not find `jinping`), so we check candidates ourselves: the vocabulary is bucketed by
 * length and only words one letter longer or shorter are compared, each in one pass.
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // Substitution, or a swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more in the longer word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether `word` is one typo away from the start of `term` (a word still being typed). */
export function prefixWithinOneTypo(word: string, term: string): boolean {
  const n = word.length;
  for (let k = n - 1; k <= n + 1; k++) {
    if (k <= term.length && withinOneTypo(word, term.slice(0, k))) return true;
  }
  return false;
}

/** Terms by length, so a typo check only looks at words of about the right length. */
export class TypoFinder {
  private readonly byLength: string[][] = [];

  constructor(terms: readonly string[]) {
    for (const term of terms) (this.byLength[term.length] ??= []).push(term);
  }

  /** Terms one typo away from `word`; with `prefix`, terms whose start is one typo away. */
  find(word: string, prefix = false): string[] {
    const out: string[] = [];
    const n = word.length;
    const longest = prefix ? this.byLength.length - 1 : n + 1;
    for (let len = Math.max(1, n - 1); len <= longest; len++) {
      for (const term of this.byLength[len] ?? []) {
        if (prefix ? prefixWithinOneTypo(word, term) : withinOneTypo(word, term)) out.push(term);
      }
    }
    return out;
  }
}
