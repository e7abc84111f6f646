/**
 * Numbers as a translation keeps them, whatever the numeral system: `12`, `١٢` (Arabic-Indic), `۱۲` (Persian),
 * `１２` (full width), `十二` and `第十二条` (Chinese and Japanese), `Article premier` (an ordinal heading written as
 * a word). Each comes out in one form, `12`, `1948`, `2.5`, so that versions in different systems agree.
 */

/** Any decimal digit (Unicode Nd) as its ASCII digit. Digits come in runs of whole blocks of ten, zero first. */
const digitCache = new Map<number, string>();
const DIGIT = /\p{Nd}/u;
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return ch;
  let value = digitCache.get(cp);
  if (value === undefined) {
    let start = cp;
    while (DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = String((cp - start) % 10);
    digitCache.set(cp, value);
  }
  return value;
}

const CJK_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
}; // prettier-ignore
const CJK_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CJK_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const CJK_NUMERAL = '〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾百佰千仟万萬亿億';
/** Counters and units after which a lone Chinese numeral is a number: articles, years, months, days, per cent… */
const CJK_COUNTER = '条條章节節款项項篇编編卷年月日号號岁歲';
const CJK_RUN = new RegExp(`(第)?([${CJK_NUMERAL}]+)([${CJK_COUNTER}%％])?`, 'gu');

/** Value of a run of Chinese numerals: `十二` 12, `二十九` 29, `一九四八` 1948, `三千五百万` 35,000,000. */
export function cjkValue(run: string): number | undefined {
  const chars = [...run];
  if (!chars.some((c) => c in CJK_UNITS || c in CJK_BIG)) {
    // Digit by digit, as years are written: 一九四八.
    return chars.every((c) => c in CJK_DIGITS) ? Number(chars.map((c) => CJK_DIGITS[c]).join('')) : undefined;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in CJK_DIGITS) digit = CJK_DIGITS[c];
    else if (c in CJK_UNITS) {
      section += (digit ?? 1) * CJK_UNITS[c];
      digit = undefined;
    } else {
      total += (section + (digit ?? 0)) * CJK_BIG[c];
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Chinese numerals that are numbers in this text (`第二条`, `二十`, `1948年`'s kin `一九四八年`), as digits. */
function cjkToDigits(text: string): string {
  return text.replace(CJK_RUN, (whole, ordinal: string | undefined, run: string, counter: string | undefined) => {
    // A lone 一 is also "a", "one whole" (一切, 统一, 一一): a number after 第, before a counter, with a unit
    // (二十), or digit by digit as years are written (一九四八).
    const units = /[十拾百佰千仟万萬亿億]/u.test(run);
    const isNumber = ordinal || counter || (units ? !/^[万萬亿億]/u.test(run) : [...run].length >= 3);
    const value = isNumber ? cjkValue(run) : undefined;
    return value === undefined ? whole : ` ${value} ${counter ?? ''}`;
  });
}

/** Words that head a numbered part of a text, in the languages a partner is likely to bring. */
const PART =
  '(?:article|art\\.|artikel|artículo|articulo|articolo|artigo|artykuł|статья|ст\\.|chapter|chapitre|kapitel|capítulo|capitolo|глава|section|abschnitt|sección|раздел|part|partie|teil|parte|часть|§)';
/** "First" where a heading says `Article premier` rather than `Article 1`. */
const FIRST = '(?:premier|première|primero|primera|primer|primo|prima|erster|erste|erstes|first|первая|первый|первое)';
const PART_FIRST = new RegExp(`(${PART}\\s+)${FIRST}(?![\\p{L}])`, 'giu');
const ARABIC_FIRST = /(المادة|الفصل|الباب|الجزء)\s+(?:الأولى|الاولى|الأول|الاول)(?![\p{L}])/gu;
const PART_ROMAN = new RegExp(`(${PART}\\s+)([IVXLCivxlc]+)(?![\\p{L}\\d])`, 'giu');
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return total;
}

/** Longest text read as a heading. */
const HEADING = 160;
/** Quick tests before the rewritings. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const CJK = /[\u3007\u4e00-\u9fff]/u;
const FIRST_WORD = new RegExp(`${FIRST}(?![\\p{L}])`, 'iu');
const ARABIC_PART = /المادة|الفصل|الباب|الجزء/u;
const ROMAN_WORD = /(?<![\p{L}])[IVXLC]+(?![\p{L}\d])/u;

/** Thousands written with a separator (`1,000`, `1.000`, `1 000`), or a number with decimals or parts (`2,5`, `6.2.1`). */
const NUMBER = /(?<![\d.,])\d{1,3}(?:([,.\u00a0\u202f\u2009 ])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*/gu;

/** The numbers of a text, each in one form: digits, with `.` before decimals or between parts (`6.2.1`). */
export function numbersOf(text: string): string[] {
  // Each rewriting only where it has something to do: most paragraphs hold a few ASCII digits or none.
  let t = text;
  if (OTHER_DIGIT.test(t))
    t = t
      .replace(/\p{Nd}/gu, asciiDigit)
      .replace(/\u066b/g, '.')
      .replace(/\u066c/g, ',');
  if (CJK.test(t)) t = cjkToDigits(t);
  // Ordinal words and Roman numerals only in headings and short lines (`Article premier`, `Chapter IV`).
  const short = t.length <= HEADING;
  if (short && FIRST_WORD.test(t)) t = t.replace(PART_FIRST, '$1 1');
  if (short && ARABIC_PART.test(t)) t = t.replace(ARABIC_FIRST, '$1 1');
  if (short && ROMAN_WORD.test(t)) {
    t = t.replace(PART_ROMAN, (whole: string, part: string, roman: string) =>
      /^[IVXLC]+$/.test(roman) ? `${part} ${romanValue(roman)}` : whole,
    );
  }
  const out: string[] = [];
  if (!/\d/.test(t)) return out;
  for (const m of t.matchAll(NUMBER)) {
    const thousands = m[1] !== undefined;
    out.push(thousands ? m[0].replace(/\D/g, '') : m[0].replace(/,/g, '.').replace(/^0+(?=\d)/, ''));
  }
  return out;
}
