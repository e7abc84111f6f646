/**
 * How good the pull quotes are against a judged set (test/fixtures/quotes-judged.json): recall of the quotations a
 * reader remembers and whether their speakers are right, the texts that must never be offered, and the share of
 * offered quotes a person accepted. Used by the test (which asserts) and `npm run bench` (which prints).
 */
import type { Quote } from '../../core/quote.js';
import { key } from './dedupe.js';

export interface JudgedSet {
  remembered: { article: string; words: string; speaker: string | null }[];
  notQuotes: { article: string; text: string; why: string; fragment?: boolean }[];
  judged: { article: string; starts: string; speaker: string | null; accept: boolean; why?: string }[];
}

export interface Judgement {
  /** Remembered quotations found, and those missed (their words). */
  found: number;
  missed: string[];
  /** Found ones whose speaker is not the one the set names (or has one where the text names nobody). */
  wrongSpeaker: { words: string; want: string | null; got: string | null }[];
  /** Texts that must not be offered, and were. */
  offeredNotQuotes: string[];
  /** Offered quotes the set judged (by how they start and their speaker), and how many of them were accepted. */
  judged: number;
  accepted: number;
  /** Offered quotes the set has no judgement for (new since it was written). */
  unjudged: string[];
  offered: number;
}

export function judgeQuotes(quotes: readonly Quote[], set: JudgedSet): Judgement {
  const ofPost = (id: string) => quotes.filter((q) => q.articleId === id);
  const out: Judgement = {
    found: 0,
    missed: [],
    wrongSpeaker: [],
    offeredNotQuotes: [],
    judged: 0,
    accepted: 0,
    unjudged: [],
    offered: quotes.length,
  };
  for (const want of set.remembered) {
    const quote = ofPost(want.article).find((q) => key(q.text).includes(key(want.words)));
    if (!quote) {
      out.missed.push(want.words);
      continue;
    }
    out.found++;
    if ((quote.speaker ?? null) !== want.speaker)
      out.wrongSpeaker.push({ words: want.words, want: want.speaker, got: quote.speaker ?? null });
  }
  for (const not of set.notQuotes) {
    const k = key(not.text);
    const offered = ofPost(not.article).some((q) => {
      const text = key(q.text);
      return k.includes(text) || (text.includes(k) && (!not.fragment || text.length < k.length + 20));
    });
    if (offered) out.offeredNotQuotes.push(not.text);
  }
  for (const q of quotes) {
    const verdict = set.judged.find(
      (j) => j.article === q.articleId && q.text.startsWith(j.starts) && j.speaker === (q.speaker ?? null),
    );
    if (!verdict) {
      out.unjudged.push(`${q.articleId}: ${q.text.slice(0, 60)}`);
      continue;
    }
    out.judged++;
    if (verdict.accept) out.accepted++;
  }
  return out;
}
