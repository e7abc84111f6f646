/**
 * The writer of the piece a post presents, when the post names them: "an original article by Stansfield Smith",
 * "written by Dr. Sahidi Bilan and Rob Lemkin", "In this interesting piece for People’s Dispatch, Eugene Puryear
 * reflects on …", "In this special article, written exclusively for Friends of Socialist China, Dr. Sahidi Bilan,
 * Senior Adviser of …, and Rob Lemkin, award-winning filmmaker, …". The editors' unattributed quotations of the
 * piece, and "as the author points out", are that writer's words.
 */
import { cleanName } from './names.js';

const CAP = String.raw`\p{Lu}[\p{L}’'.-]*`;
/** Two to four capitalised words, the first maybe a title ("Dr."). */
const PERSON = String.raw`(${CAP}(?:\s+${CAP}){1,3})`;
const PIECE = String.raw`(?:article|piece|essay|op-ed|report|speech|text|texte|discours)`;
/** A second writer: "X and Y", or "X, <who X is>, and Y". */
const AND_PERSON = new RegExp(String.raw`^(?:,[^.!?;]{0,200}?,)?\s+(?:and|et)\s+${PERSON}`, 'u');

/** Where a post says who wrote its piece; the writer's name follows the match. */
const INTRODUCTIONS = [
  // article by X / written by X / written exclusively for Friends of Socialist China, X
  new RegExp(String.raw`\b(?:${PIECE}\s+by|written(?:\s+\p{Ll}+)?\s+(?:by|for\s+[^,.;]{1,60},))\s+(?=\p{Lu})`, 'gu'),
  // In this piece for People’s Dispatch, X reflects / In the following article, which we reprint …, X reports
  new RegExp(
    String.raw`\b${PIECE}\b[^.?;]{0,80},\s+(?=${PERSON}\s+(?:reflects|reports|writes|argues|describes|explains|recounts|shares|examines|looks|tells)\b)`,
    'gu',
  ),
];

/** A word every introduction holds: a paragraph without any is not read by the patterns (most paragraphs). */
const INTRODUCTION_WORD = /article|piece|essay|op-ed|report|speech|text|discours|written/;
const FIRST_PERSON = new RegExp(`^${PERSON}`, 'u');

/** The writer(s) of the piece the post presents, named in its own text ("A and B" for two), or undefined. */
export function pieceAuthor(paragraphs: readonly string[]): string | undefined {
  for (const text of paragraphs) {
    if (!INTRODUCTION_WORD.test(text)) continue;
    for (const re of INTRODUCTIONS) {
      for (const m of text.matchAll(re)) {
        const rest = text.slice(m.index! + m[0].length);
        const first = FIRST_PERSON.exec(rest);
        const name = first && cleanName(first[1]);
        if (!name || !name.includes(' ')) continue;
        const second = AND_PERSON.exec(rest.slice(first[0].length));
        const other = second && cleanName(second[1]);
        return other && other.includes(' ') ? `${name} and ${other}` : name;
      }
    }
  }
  return undefined;
}
