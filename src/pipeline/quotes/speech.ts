/**
 * A speech or letter reprinted in the speaker's own words, without quotation marks: a reprinted piece under a
 * byline naming a person, speaking in the first person ("Here, I would like to emphasize …", "We must …"). Its
 * strongest sentences are pull quotes by that person: short, whole statements that hold on their own ("Trade unions
 * are the homes of workers, and trade union cadres are the “mother’s family” of workers."), not the enumerations,
 * transitions and procedure around them.
 */
import type { Block, ReprintBlock } from '../../core/post.js';
import { cleanName } from './names.js';

/** At most this many sentences of one speech. */
export const SPEECH_QUOTES = 3;
/** A sentence needs at least this score to be offered at all. */
const MIN_SCORE = 2;
const SHORTEST = 40;
const LONGEST = 200;

export interface SpeechSentence {
  text: string;
  /** Index of the paragraph in the reprint's blocks, and the sentence's offset in its text. */
  block: number;
  start: number;
}

/** The person whose own words a reprinted piece is, or undefined. */
export function speechBy(reprint: ReprintBlock): string | undefined {
  const byline = reprint.blocks.slice(0, 2).find((b) => b.kind === 'byline');
  if (byline?.kind !== 'byline') return undefined;
  const name = cleanName(byline.lines[0].split(',')[0]);
  if (!name?.includes(' ')) return undefined;
  const firstPerson = reprint.blocks.some(
    (b) => b.kind === 'paragraph' && /\b(?:I|we|We|our|Our|us|je|Je|nous|Nous|notre|Notre)\b/u.test(b.text),
  );
  return firstPerson ? name : undefined;
}

/** Openings that tie a sentence to what surrounds it: it does not stand alone. */
const DEPENDENT =
  /^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Here|There|In particular|Besides|Also|Moreover|However|Therefore|Thus|With regard to|As for|As the|In addition|Since|This|That|These|Those|It is necessary|It|Such|Then|And|But|Or|So)\b/u;

/** How much a sentence stands out as a pull quote; higher is better. */
function score(sentence: string, opensParagraph: boolean): number {
  let s = 0;
  if (opensParagraph) s += 1;
  // A definition or a judgement: "Trade unions are the homes of workers", "Chinese modernization is …".
  if (/^\p{Lu}[^,;:]{2,60}?\s(?:is|are|was|were|est|sont)\s(?:the|a|an|not|le|la|les|un|une|pas)\b/u.test(sentence))
    s += 2;
  // An image the speaker coins, in quotation marks.
  if (/[“«"‘][^”»"’]{2,40}[”»"’]/u.test(sentence)) s += 1;
  if (/\b(?:we|We|nous|Nous)\s+must\b|\bmust\b/u.test(sentence)) s += 1;
  if (DEPENDENT.test(sentence)) s -= 3;
  if (/\p{N}/u.test(sentence)) s -= 2;
  const commas = (sentence.match(/[,;]/gu) ?? []).length;
  s -= Math.max(0, commas - 2);
  if (sentence.length > 150) s -= 1;
  return s;
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentences(text: string, lang: string): { text: string; start: number }[] {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return [...seg.segment(text)].map((s) => ({ text: s.segment.trimEnd(), start: s.index }));
}

/** The strongest sentences of a speech, in reading order; none that names the speaker (the editors' words). */
export function strongestSentences(blocks: readonly Block[], speaker: string): SpeechSentence[] {
  const names = new Set(speaker.split(/\s+/u));
  const scored: (SpeechSentence & { score: number })[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    sentences(block.text, block.lang).forEach(({ text, start }, i) => {
      if (text.length < SHORTEST || text.length > LONGEST) return;
      if (!/^\p{Lu}/u.test(text) || !/[.!?]['’”»)]?$/u.test(text)) return;
      if (text.split(/[^\p{L}\p{M}’'.-]+/u).some((w) => names.has(w.replace(/[’']s$/u, '')))) return;
      const value = score(text, i === 0);
      if (value >= MIN_SCORE) scored.push({ text, block: index, start, score: value });
    });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.block - b.block || a.start - b.start)
    .slice(0, SPEECH_QUOTES)
    .sort((a, b) => a.block - b.block || a.start - b.start);
}
