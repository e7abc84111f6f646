/** Language detection at build time, with franc (trigram models of 82 languages). */
import { francAll } from 'franc-min';
import { iso6393, iso6393To1 } from 'iso-639-3';

/** Below this many letters a trigram guess is noise (a name, a short heading): inherit instead. */
const MIN_LETTERS = 40;
/** Up to this many letters, text leaves its context's language only on clear evidence. */
const SHORT = 200;
/**
 * How clear: franc's scores are relative (the best is 1). A line of English full of names
 * ("Yes! Media describes itself as …") scores French 1, English 0.96.
 */
const STAY = 0.9;

/** What franc reads of a text. */
const FRANC_READS = 2048;

/** Letters in a text, counted up to just past `enough` (a paragraph of megabytes need not be read to the end). */
function countLetters(text: string, enough: number): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    n += m[0].length;
    if (n > enough) break;
  }
  return n;
}

const to3 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6391!, l.iso6393]));
/**
 * franc names some languages by an individual language of an ISO 639 macrolanguage: Chinese text is `cmn`
 * (Mandarin), never `zho`; Arabic is `arb`, Persian `pes`, Malay `zlm`. A candidate `zh` must allow `cmn`.
 */
const INDIVIDUAL: Record<string, string> = {
  zh: 'cmn',
  ar: 'arb',
  fa: 'pes',
  ms: 'zlm',
  sw: 'swh',
  uz: 'uzn',
  az: 'azj',
  mg: 'plt',
  ne: 'npi',
  ps: 'pbu',
};
const from3 = (code: string): string | undefined =>
  iso6393To1[code] ?? Object.keys(INDIVIDUAL).find((k) => INDIVIDUAL[k] === code);

export interface LangOptions {
  /**
   * The languages the archive is written in (BCP-47). franc chooses far better among a few: unrestricted,
   * it reads a paragraph of English with many names as Dutch.
   */
  candidates?: readonly string[];
}

/** BCP-47 code of the text's language, or `context` when the text is too short or too close to tell. */
export function detectLang(text: string, context: string, { candidates }: LangOptions = {}): string {
  const letters = countLetters(text, SHORT);
  if (letters < MIN_LETTERS) return context;
  const only = candidates?.flatMap((c) => [to3.get(c), INDIVIDUAL[c]]).filter((c): c is string => !!c);
  // franc reads the first 2,048 characters only; slicing first spares a copy of a long text.
  const scores = francAll(text.slice(0, FRANC_READS), {
    minLength: MIN_LETTERS,
    only: only?.length ? only : undefined,
  });
  const best = from3(scores[0][0]);
  if (!best || best === context) return context;
  const contextScore = scores.find(([code]) => from3(code) === context)?.[1] ?? 0;
  return letters <= SHORT && contextScore >= STAY ? context : best;
}
