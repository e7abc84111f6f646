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

/**
 * Scripts that narrow a text's language down whatever the archive's candidates (a Chinese or a Russian post in an
 * English blog's export is not English, however short), each with the scripts (ISO 15924, as `Intl.Locale`
 * maximizes a tag) of the languages written in it, and the language to name when the text is too short for franc.
 */
const SCRIPTS: readonly { letters: RegExp; scripts: readonly string[]; usual: string }[] = [
  { letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, scripts: ['Jpan'], usual: 'ja' },
  { letters: /\p{Script=Hangul}/gu, scripts: ['Kore'], usual: 'ko' },
  { letters: /\p{Script=Han}/gu, scripts: ['Hans', 'Hant', 'Hani', 'Jpan', 'Kore'], usual: 'zh' },
  { letters: /\p{Script=Cyrillic}/gu, scripts: ['Cyrl'], usual: 'ru' },
  { letters: /\p{Script=Arabic}/gu, scripts: ['Arab'], usual: 'ar' },
  { letters: /\p{Script=Hebrew}/gu, scripts: ['Hebr'], usual: 'he' },
  { letters: /\p{Script=Greek}/gu, scripts: ['Grek'], usual: 'el' },
  { letters: /\p{Script=Thai}/gu, scripts: ['Thai'], usual: 'th' },
  { letters: /\p{Script=Devanagari}/gu, scripts: ['Deva'], usual: 'hi' },
  { letters: /\p{Script=Armenian}/gu, scripts: ['Armn'], usual: 'hy' },
  { letters: /\p{Script=Georgian}/gu, scripts: ['Geor'], usual: 'ka' },
];

const scriptOf = (lang: string): string | undefined => {
  try {
    return new Intl.Locale(lang).maximize().script;
  } catch {
    return undefined;
  }
};

/**
 * The non-Latin script most of the text's letters are in, when the languages written in Latin letters (and any
 * other) are ruled out by it: Japanese when it has kana among its Han characters.
 */
function mainScript(text: string): (typeof SCRIPTS)[number] | undefined {
  const sample = text.slice(0, FRANC_READS);
  const all = countLetters(sample, Infinity);
  if (!all) return undefined;
  const counts = SCRIPTS.map((s) => sample.match(s.letters)?.length ?? 0);
  const [kana, , han] = counts;
  if (kana && kana + han > all / 2) return SCRIPTS[0];
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > all / 2 ? SCRIPTS[best] : undefined;
}

/** BCP-47 code of the text's language, or `context` when the text is too short or too close to tell. */
export function detectLang(text: string, context: string, options: LangOptions = {}): string {
  const script = mainScript(text);
  if (script && !script.scripts.includes(scriptOf(context) ?? '')) {
    // The archive's languages cannot be right: ask franc among all it knows, and keep its answer if it is a
    // language of that script; else the script's usual language.
    const found = detectAmong(text, script.usual, undefined);
    return script.scripts.includes(scriptOf(found) ?? '') ? found : script.usual;
  }
  return detectAmong(text, context, options.candidates);
}

function detectAmong(text: string, context: string, candidates: readonly string[] | undefined): string {
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
