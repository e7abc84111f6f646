/**
 * Anchors: what a translation keeps as it is. Numbers in any numeral system (`1958`, `第十二条` ~ `Article 12`,
 * `١٢`), names (`Sawaba`, `Djibo Bakary`; `Algérie` ~ `Algeria` by their common start) and technical terms kept
 * as written (`IPv6`, `/etc/hosts`, `rsyslog.conf`). Names are found per language:
 * - where only names take a capital (English, French, Spanish, Russian…), capitalised words within a sentence;
 * - in German every noun takes one, so its capitalised words are only candidates, as in any language: the
 *   aligner keeps an anchor only when the other version has it too (`evidence.ts`), so `Anspruch` or
 *   `Erklärung`, which no English text writes, weigh nothing;
 * - in a text in another script, with capitals (Russian) or without (Arabic, Chinese, Hebrew…), words in Latin
 *   letters (`Debian`, `rsyslogd`), which the other version may write in any case or anywhere in a sentence:
 *   they come out as `=word`.
 */
import { fold } from '../search/analyzer-fold.js';
import { numbersOf } from './numerals.js';

/** Scripts whose letters have capitals. */
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;
const LETTER = /\p{L}/gu;
/** A capitalised word not opening a sentence (the look-behind: no sentence end, quotation or bracket before). */
const NAME = /(?<![.!?:;…]\s*|^\s*|["“«‘„(¿¡]\s?)\p{Lu}[\p{L}\p{M}’'-]{2,}/gu;
/** An acronym or a term: `UNESCO`, `IPv6`, `x86`, `/etc/hosts`, `rsyslog.conf`, `LibreOffice`. */
const TERM =
  /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[\p{L}\p{N}]*|[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|\p{L}+\d[\p{L}\p{N}]*|\/?[\p{L}\p{N}]+(?:[./_][\p{L}\p{N}]+)+)(?![\p{L}\p{N}])/gu;
/** A word in Latin letters (with the dots, slashes and hyphens of a file name or a command). */
export const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9._/-]*[A-Za-z0-9]/gu;
const LATIN = /\p{Script=Latin}/u;

/** The script most of a text's letters are in: Latin, another with capitals (Cyrillic, Greek…), or one without. */
function scriptOf(text: string): 'latin' | 'cased' | 'caseless' {
  let latin = 0;
  let cased = 0;
  let all = 0;
  for (const [ch] of text.matchAll(LETTER)) {
    all++;
    if (LATIN.test(ch)) latin++;
    else if (CASED.test(ch)) cased++;
    if (all >= 200) break;
  }
  return latin * 2 >= all ? 'latin' : (latin + cased) * 2 >= all ? 'cased' : 'caseless';
}

/** A name or term as both versions can write it: folded, without an elision's tail or a path's first slash. */
const nameKey = (word: string) =>
  fold(word)
    .replace(/[’'].*$/u, '')
    .replace(/^\//, '');

/** Anchors of a text: `#12` for numbers, folded words for names and terms, `=word` for Latin words in other scripts. */
export function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of numbersOf(text)) out.add(`#${n}`);
  const script = scriptOf(text);
  if (script !== 'caseless') {
    for (const [m] of text.matchAll(NAME)) if (script === 'latin' || !LATIN.test(m)) out.add(nameKey(m));
  }
  if (script === 'latin') {
    for (const [m] of text.matchAll(TERM)) if (!/^\d/.test(m)) out.add(nameKey(m));
  } else {
    for (const [m] of text.matchAll(LATIN_WORD)) if (m.length >= 3 || /[A-Z]{2}/.test(m)) out.add(`=${fold(m)}`);
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
