/**
 * Pull quotes from the posts, at build time: quotations in double quotes or guillemets inside paragraphs, and
 * block quotations, each with its speaker when the text names one. Kept: complete sentences, verbatim, of
 * pull-quote length, one copy per post (editors quote the reprinted piece in their introduction).
 */
import type { Article, Block } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import { fold } from '../../core/search/analyzer.js';
import {
  type Attribution,
  speakerAfter,
  speakerBefore,
  speakerOfIntroduction,
  speakerOfSentence,
} from './attribute.js';
import { type Mention, mentionsIn, resolveName } from './names.js';

/** Pull-quote length, in characters. */
export const MIN_LENGTH = 40;
export const MAX_LENGTH = 400;

const CLOSING: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

interface Span {
  start: number;
  end: number;
  /** The quotation runs on past the end of the paragraph (the next one reopens it). */
  open?: boolean;
}

/**
 * Quotations in a text: from an opening mark to the mark that closes it, quotations inside (“ … “ … ” … ”)
 * nested; straight quotes pair up in order. A quotation left open runs to the end of the text.
 */
export function quotationSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (!/\S/u.test(text[i + 1] ?? '')) continue;
      const end = text.indexOf('"', i + 1);
      if (end < 0) continue;
      out.push({ start: i + 1, end });
      i = end;
      continue;
    }
    const close = CLOSING[c];
    if (!close) continue;
    let depth = 1;
    let j = i + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === c && c !== close) depth++;
      else if (text[j] === close) depth--;
    }
    if (depth === 0) {
      out.push({ start: i + 1, end: j - 1 });
      i = j - 1;
    } else {
      // Unbalanced: the last closing mark ends it, or, with none, the paragraph does.
      const last = text.lastIndexOf(close);
      out.push(last > i ? { start: i + 1, end: last } : { start: i + 1, end: text.length, open: true });
      i = last > i ? last : text.length;
    }
  }
  return out;
}

/**
 * Whole sentences: the quotation opens a sentence (nothing but punctuation or an attribution before it, and a
 * capital first) and closes one (sentence punctuation inside or right after the closing mark, or a comma before
 * "he said").
 */
function isComplete(text: string, before: string, after: string, attributed: boolean): boolean {
  if (!/^(?:…\s*|\(…\)\s*)?[\p{Lu}\p{N}‘'([]/u.test(text)) return false;
  // "…because the “Cuban Government and people…”" is a fragment of the writer's sentence.
  if (!attributed && !/(?:^|[,:;.!?(—–-])\s*$/u.test(before)) return false;
  return /[.!?…]['’”)\]]*$/u.test(text) || /^[.!?]/u.test(after) || (attributed && /,['’]?$/u.test(text));
}

/** Titles and slogans: short, or mostly capitalised words ("Black Liberation and People’s China"). */
function isTitleOrSlogan(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6) return true;
  const capitalised = words.filter((w) => /^[‘'"(]?\p{Lu}/u.test(w)).length;
  return capitalised / words.length > 0.6;
}

/** Cuts a long quotation at the last sentence end within the limit; undefined when no sentence fits. */
function trimToLength(text: string): { text: string; trimmed: boolean } | undefined {
  if (text.length <= MAX_LENGTH) return { text, trimmed: false };
  const head = text.slice(0, MAX_LENGTH);
  const ends = [...head.matchAll(/[.!?…](?=\s)/gu)];
  const last = ends[ends.length - 1];
  if (!last || last.index! + 1 < MIN_LENGTH) return undefined;
  return { text: head.slice(0, last.index! + 1), trimmed: true };
}

/** Removes the marks that open and close a block quotation's text (its own marks inside are kept). */
function unwrap(text: string): string {
  const m = /^([“«"])([\s\S]*)([”»"])(\s*\[\d+\])?$/u.exec(text.trim());
  return m && (CLOSING[m[1]] ?? '"') === m[3] ? m[2].trim() : text.trim();
}

/** Every paragraph-like text of a post, with the path of the block it stands in, in reading order. */
function* texts(blocks: readonly Block[], path: number[] = []): Generator<{ block: Block; path: number[] }> {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'reprint') yield* texts(block.blocks, [...path, i]);
    else yield { block, path: [...path, i] };
  }
}

interface Found extends Quote {
  /** Running position in the post, for name resolution and order. */
  at: number;
}

export function extractQuotes(article: Article): Quote[] {
  const items = [...texts(article.blocks)];
  // Names the post gives, with their running positions; and each block's running offset.
  const mentions: Mention[] = [];
  const offsets: number[] = [];
  let running = 0;
  for (const { block } of items) {
    offsets.push(running);
    const text = block.kind === 'paragraph' ? block.text : block.kind === 'quote' ? block.paragraphs.join('\n') : '';
    mentions.push(...mentionsIn(text, running));
    if (block.kind === 'byline') mentions.push(...mentionsIn(block.lines.join('\n'), running));
    running += text.length + 1;
  }

  const found: Found[] = [];
  // The last person the text had speak, for "He continued:" within the next two blocks.
  let lastSpeaker: { name: string; item: number } | undefined;
  const resolve = (attribution: Attribution, item: number, at: number): string | undefined => {
    if (!attribution) return undefined;
    if ('pronoun' in attribution) return lastSpeaker && item - lastSpeaker.item <= 2 ? lastSpeaker.name : undefined;
    const name = resolveName(attribution.name, mentions, at);
    lastSpeaker = { name, item };
    return name;
  };
  const add = (text: string, speaker: string | undefined, lang: string, path: number[], start: number, at: number) => {
    const cut = trimToLength(text);
    if (!cut || cut.text.length < MIN_LENGTH || isTitleOrSlogan(cut.text)) return;
    found.push({
      text: cut.text,
      ...(speaker && { speaker }),
      articleId: article.id,
      articleTitle: article.title,
      ...(article.url && { articleUrl: article.url }),
      lang,
      position: { block: path, start },
      ...(cut.trimmed && { trimmed: true }),
      at,
    });
  };

  // A quotation left open at the end of a paragraph goes on in the next block: it keeps its speaker.
  let carried: string | undefined;
  items.forEach(({ block, path }, item) => {
    const carriedSpeaker = carried;
    carried = undefined;
    if (block.kind === 'quote') {
      const whole = block.paragraphs.join('\n\n');
      const text = unwrap(whole);
      const previous = items[item - 1]?.block;
      const next = items[item + 1]?.block;
      const introduced = previous?.kind === 'paragraph' ? speakerOfIntroduction(previous.text) : undefined;
      const byline = next?.kind === 'byline' ? next.lines[0].split(',')[0] : undefined;
      const speaker =
        resolve(introduced ?? (byline ? { name: byline } : undefined), item, offsets[item]) ?? carriedSpeaker;
      // A block quotation is a whole passage as the writer set it apart; it only has to open a sentence.
      if (/^(?:…\s*)?[\p{Lu}\p{N}‘'([]/u.test(text))
        add(text, speaker, block.lang, path, whole.indexOf(text), offsets[item]);
      return;
    }
    if (block.kind !== 'paragraph') return;
    const text = block.text;
    // Who this paragraph has speak, quoted or not ("Xi said that …"), for a pronoun further on.
    const subject = speakerOfSentence(text);
    let previousSpeaker: string | undefined;
    for (const span of quotationSpans(text)) {
      const quoted = text.slice(span.start, span.end).trim();
      const sentenceStart = text.slice(0, span.start - 1).search(/[^.!?]*$/u);
      const before = text.slice(Math.max(0, sentenceStart), span.start - 1);
      const after = span.open ? '' : text.slice(span.end + 1);
      const attribution = speakerBefore(before) ?? speakerAfter(after);
      const at = offsets[item] + span.start;
      // An unattributed quotation right after another in the same paragraph is the same voice going on.
      const speaker =
        resolve(attribution, item, at) ?? (!attribution && /^\s*$/u.test(before) ? previousSpeaker : undefined);
      previousSpeaker = speaker;
      if (span.open) carried = speaker;
      if (!isComplete(quoted, before, after, !!attribution)) continue;
      add(quoted.replace(/,$/u, ''), speaker, block.lang, path, span.start, at);
    }
    if (subject) resolve(subject, item, offsets[item] + text.length);
  });
  return dedupe(found).map(({ at: _at, ...quote }) => quote);
}

/** Folded letters and digits only: the same quotation typeset twice compares equal. */
const key = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Share of the words of the shorter text that the other has too. */
function overlap(a: string, b: string): number {
  const [x, y] = [new Set(a.split(' ')), new Set(b.split(' '))].sort((p, q) => p.size - q.size);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size || 1);
}

/** Most words alike: the same quotation as the introduction and the reprinted piece each worded it. */
const TWIN_OVERLAP = 0.75;

/**
 * One copy of each quotation: where one contains another, or they share nearly all their words ("Chairman Mao" in
 * the introduction, "President Mao" in the piece), the longer stays, with a speaker if either has one.
 */
function dedupe(found: Found[]): Found[] {
  const kept: Found[] = [];
  for (const quote of found) {
    const k = key(quote.text);
    const twin = kept.findIndex((q) => {
      const other = key(q.text);
      return other.includes(k) || k.includes(other) || overlap(k, other) >= TWIN_OVERLAP;
    });
    if (twin < 0) {
      kept.push(quote);
      continue;
    }
    const other = kept[twin];
    const longer = k.length > key(other.text).length ? quote : other;
    const speaker = other.speaker ?? quote.speaker;
    kept[twin] = { ...longer, ...(speaker && { speaker }), at: Math.min(other.at, quote.at) };
  }
  return kept.sort((a, b) => a.at - b.at);
}
