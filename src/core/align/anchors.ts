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

/** A word, with the inner dots, slashes and underscores of a file name or a command (`/etc/hosts` → `etc/hosts`). */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}’'_-]|[./](?=[\p{L}\p{N}]))*/gu;
/** A word in Latin letters, as `evidence.ts` looks for it in a version's running text. */
export const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z][A-Za-z0-9._/-]*[A-Za-z0-9]/gu;
/** What ends a sentence, or opens a quotation or a bracket: a capital after it is no sign of a name. */
const OPENERS = new Set([...'.!?:;…"“«‘„(¿¡']);

/** The script most of a text's letters are in: Latin, another with capitals (Cyrillic, Greek…), or one without. */
function scriptOf(text: string): 'latin' | 'cased' | 'caseless' {
  // By code point ranges over the first 300 characters: a test per letter would cost more than all the rest.
  let latin = 0;
  let cased = 0;
  let other = 0;
  for (let k = 0; k < text.length && k < 300; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      if (isAsciiLetter(c)) latin++;
    } else if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) latin++;
    else if ((c >= 0x370 && c <= 0x58f) || (c >= 0x10a0 && c <= 0x10ff) || (c >= 0x1f00 && c <= 0x1fff)) cased++;
    else if (
      c >= 0x590 &&
      !(c >= 0x2000 && c <= 0x2bff) &&
      !(c >= 0x3000 && c <= 0x303f) &&
      !(c >= 0xff00 && c <= 0xff20)
    )
      other++;
  }
  const all = latin + cased + other;
  return latin * 2 >= all ? 'latin' : (latin + cased) * 2 >= all ? 'cased' : 'caseless';
}

/** Whether the word at `index` opens a sentence (or a quotation, or a bracket). */
function opensSentence(text: string, index: number): boolean {
  let k = index - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\n' || text[k] === '\t')) k--;
  return k < 0 || OPENERS.has(text[k]);
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLatin = (word: string) => {
  const code = word.charCodeAt(0);
  return isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f);
};
/**
 * An acronym or a term, kept as written in any language: `UNESCO`, `IPv6`, `x86`, `etc/hosts`, `rsyslog.conf`,
 * `LibreOffice`: a capital after the first letter, a digit after a letter, or a dot, slash or underscore inside.
 */
function isTerm(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 46 || c === 47 || c === 95 || (c >= 65 && c <= 90)) return true;
    if (c >= 0x80 && isUpper(word[k])) return true;
  }
  return false;
}

/** Folded words, kept: the same names come back in every paragraph. */
const folded = new Map<string, string>();
/** A name or term as both versions can write it: folded, without an elision's tail. */
function nameKey(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = fold(word).replace(/[’'].*$/u, '');
    if (folded.size > 20000) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/** Anchors of a text: `#12` for numbers, folded words for names and terms, `=word` for Latin words in other scripts. */
export function anchorsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const n of numbersOf(text)) out.add(`#${n}`);
  const script = scriptOf(text);
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const latin = isLatin(word);
    if (script !== 'latin' && latin) {
      // A word in Latin letters in a text in another script: a name or a term both versions may write.
      if (isAsciiLetter(word.charCodeAt(0)) && (word.length >= 3 || /^[A-Z]{2}/.test(word)))
        out.add(`=${nameKey(word)}`);
    } else if (script !== 'caseless' && word.length >= 3 && isUpper(word[0]) && !opensSentence(text, m.index)) {
      out.add(nameKey(word));
    } else if (script === 'latin' && isTerm(word)) {
      out.add(nameKey(word));
    }
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
