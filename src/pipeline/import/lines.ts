/**
 * What one line of a plain-text dump looks like, judged on its own or with its neighbours.
 * The dump writes one paragraph per line; blank lines separate runs.
 */

export interface Line {
  /** 1-based line number in the dump, for error messages and the no-lost-text proof. */
  n: number;
  text: string;
}

const BULLET = /^[•▪◦●·*–-]\s+/u;
const EVENT_FIELD = /^(Date|Time|Venue|Place|Location|Where|When|Register|Registration)(?=[\s:\d])\s*:?\s*(\S.*)$/u;
const CONTINUE = /^Continue reading\s+(.+)$/u;
const OPEN_QUOTE = /^[“"«‘’]/u;
const CLOSE_QUOTE = /[”"»’](\s*\[\d+\])?$/u;
/** A dateline that names a news agency: `BEIJING, June 6 (Xinhua) —`. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[\p{L}]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*\(([^)]+)\)\s*[—–-]/u;
const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d+)[.)]\s+\p{Lu}/u;
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/u;
/** A sentence that says a piece was published elsewhere first, in the words editors use. */
const ORIGIN =
  /\b(?:originally|first)\s+(?:published|appeared|printed)\b|\bwe reprint\b|\breprint(?:ed)?\s+(?:from|below)\b|\bfollowing\s+(?:article|report|piece)s?\s+from\b/iu;
/** Prepositions a picture caption opens with in English and French. */
const CAPTION_START = /^(?:At|In|On|During|With|Inside|Outside|Above|Below|Pictured|Photo|Image|Au|À|Dans|Lors)\b/u;

export const isBullet = (t: string) => BULLET.test(t);
export const stripBullet = (t: string) => t.replace(BULLET, '');
export const eventField = (t: string) => {
  const m = EVENT_FIELD.exec(t);
  return m && t.length <= 160 && !/[.;]$/.test(t) ? { label: m[1], value: m[2].trim(), text: t } : null;
};
export const continueTitle = (t: string) => CONTINUE.exec(t)?.[1].trim() ?? null;
export const datelineOutlet = (t: string) => DATELINE.exec(t)?.[1].trim() ?? null;
export const isOrigin = (t: string) => ORIGIN.test(t);
export const isNumberedHeading = (t: string) => ROMAN_OR_NUMBER.test(t);
export const hasYear = (t: string) => YEAR.test(t);
export const endsWithColon = (t: string) => /:\s*$/.test(t);
export const opensWithCaptionWord = (t: string) => CAPTION_START.test(t);

/** A line standing alone like a title: short, no closing sentence punctuation, not a bullet or a quotation. */
export function isHeadingLike(t: string): boolean {
  if (t.length > 200 || isBullet(t) || eventField(t) || continueTitle(t)) return false;
  const bare = t.replace(/[)\]]+$/u, '');
  // Sentence and clause ends, full-width ones too (a Chinese paragraph has no spaces to count words by).
  if (/[.:;,。：；，]$/u.test(bare) || CLOSE_QUOTE.test(t)) return false;
  return t.split(/\s+/).length <= 25;
}

/** A paragraph that is one quotation from its first character to its last. */
export function isWholeQuotation(t: string): boolean {
  return OPEN_QUOTE.test(t) && closesQuotation(t) && !SAID_BETWEEN.test(t);
}

/** `“…,” Xi said, “…”`: two quotations with the speaker between, not one. */
const SAID_BETWEEN = /[”"»],?\s+(?:\p{L}+\s+){0,3}(?:said|says|added|asked|wrote|dit|a dit|ajoute)\b/u;

export const opensQuotation = (t: string) => OPEN_QUOTE.test(t);
export const opensDoubleQuotation = (t: string) => /^[“"«]/u.test(t);
export const closesQuotation = (t: string) => CLOSE_QUOTE.test(t.replace(/[.,]$/, ''));

/** A person's name on its own line, or a name followed by where they said it: `Djibo Bakary, Editorial in …`. */
export function isNameLine(t: string): boolean {
  const name = t.split(',')[0].trim();
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}.’'-]*$/u.test(w));
}

/** Normalises a title for comparison: case, accents, quote styles and punctuation do not matter. */
export function titleKey(t: string): string {
  return t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a text, case- and accent-folded, for overlap tests. */
export function foldedWords(t: string): string[] {
  return titleKey(t).split(' ').filter(Boolean);
}

/**
 * The same words, a piece of the text at a time: folding a line of megabytes whole makes several copies of it.
 * Pieces end at white space, where no folding step (decomposition, final sigma, punctuation) looks across.
 */
export function* foldedWordsIn(t: string, piece = 65536): Generator<string> {
  for (let start = 0; start < t.length;) {
    let end = t.length;
    if (t.length - start > piece) {
      const space = /\s/gu;
      space.lastIndex = start + piece;
      end = space.exec(t)?.index ?? t.length;
    }
    yield* foldedWords(t.slice(start, end));
    start = end;
  }
}
