/**
 * One typo: a letter wrong, missing, extra, or two neighbours swapped (Damerau). lunr's fuzzy TokenSet misses
 * insertions (`jinpng` does not find `jinping`), so we check candidates ourselves: the vocabulary is bucketed by
 * length and only words one letter longer or shorter are compared, each in one pass.
 */
export function withinOneTypo(a: string, b: string): boolean {
  return typoDistance(a, a.length, b, b.length);
}

/** Whether `a[0..la)` and `b[0..lb)` are at most one typo apart; compares in place (this runs per term). */
function typoDistance(a: string, la: number, b: string, lb: number): boolean {
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  const same = (ai: number, bi: number) => {
    // a[ai..la) equals b[bi..lb)
    if (la - ai !== lb - bi) return false;
    for (; ai < la; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
    return true;
  };
  if (la === lb) {
    // Substitution, or a swap of neighbours.
    return same(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && same(i + 2, i + 2));
  }
  // One letter more in the longer one.
  return la > lb ? same(i + 1, i) : same(i, i + 1);
}

/** Whether `word` is one typo away from the start of `term` (a word still being typed). */
export function prefixWithinOneTypo(word: string, term: string): boolean {
  const n = word.length;
  for (let k = n - 1; k <= n + 1; k++) {
    if (k <= term.length && typoDistance(word, n, term, k)) return true;
  }
  return false;
}

/**
 * Words a typo can be meant for: three letters or more (a four-letter word one letter long), no digits. The typo
 * dictionaries hold these (pipeline/search-typos.ts), and a lookup that reads a term shard instead keeps these alone.
 */
export const typoWord = (term: string): boolean => term.length >= 3 && !/\d/.test(term);

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
