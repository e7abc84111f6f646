/** Accent and case folding, alone in its module: pages that only compare names need it without lunr. */

/** Lower case without accents: `José Martí` → `jose marti`, `Œuvre` → `oeuvre`. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd');
}
