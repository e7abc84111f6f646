/**
 * Pull quotes from the posts, at build time: quotations in double quotes or guillemets inside paragraphs, the
 * paragraphs of block quotations, and the strongest sentences of a speech reprinted in its speaker's own words;
 * each with its speaker when the text names one. Kept: complete sentences, verbatim, of pull-quote length, one copy
 * per post (editors quote the reprinted piece in their introduction).
 */
import type { Article, Block } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import {
  type Attribution,
  introducesClause,
  speakerAfter,
  speakerBefore,
  speakerOfIntroduction,
  speakerOfSentence,
} from './attribute.js';
import { pieceAuthor } from './author.js';
import { type Found, dedupe } from './dedupe.js';
import { type Mention, mentionsIn, resolveName } from './names.js';
import { quotationSpans, unwrapParagraph } from './spans.js';
import { speechBy, strongestSentences } from './speech.js';

/** Pull-quote length, in characters. */
export const MIN_LENGTH = 40;
export const MAX_LENGTH = 400;

/** Opens a sentence: a capital or a digit, maybe after an ellipsis or an opening mark. */
const OPENS_SENTENCE = /^(?:…\s*|\(…\)\s*)?[\p{Lu}\p{N}‘'([]/u;

/**
 * Whole sentences: the quotation opens a sentence (nothing but punctuation or an attribution before it, and a
 * capital first, or a clause its introduction announces: "as the author points out, “today China …”") and closes
 * one (sentence punctuation inside or right after the closing mark, or a comma before "he said").
 */
function isComplete(text: string, before: string, after: string, attributed: boolean): boolean {
  if (!OPENS_SENTENCE.test(text) && !(/^\p{Ll}/u.test(text) && introducesClause(before))) return false;
  // "…because the “Cuban Government and people…”" is a fragment of the writer's sentence.
  if (!attributed && !/(?:^|[,:;.!?(—–-])\s*$/u.test(before)) return false;
  return /[.!?…]['’”)\]]*$/u.test(text) || /^[.!?]/u.test(after) || (attributed && /,['’]?$/u.test(text));
}

/** Titles and slogans: short, or mostly capitalised words ("Black Liberation and People’s China"). */
function isTitleOrSlogan(text: string): boolean {
  // Words are what holds a letter; counted in one pass (every quotation found is judged).
  let words = 0;
  let capitalised = 0;
  for (const w of text.split(SPACES)) {
    if (!LETTER.test(w)) continue;
    words++;
    if (CAPITAL_FIRST.test(w)) capitalised++;
  }
  return words < 6 || capitalised / words > 0.6;
}
const SPACES = /\s+/u;
const LETTER = /\p{L}/u;
const CAPITAL_FIRST = /^[‘'"(]?\p{Lu}/u;

/** Cuts a long quotation at the last sentence end within the limit; undefined when no sentence fits. */
function trimToLength(text: string): { text: string; trimmed: boolean } | undefined {
  if (text.length <= MAX_LENGTH) return { text, trimmed: false };
  const head = text.slice(0, MAX_LENGTH);
  const ends = [...head.matchAll(/[.!?…](?=\s)/gu)];
  const last = ends[ends.length - 1];
  if (!last || last.index! + 1 < MIN_LENGTH) return undefined;
  return { text: head.slice(0, last.index! + 1), trimmed: true };
}

/** `make`'s value, made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The text of a block that names and positions are counted in. */
const blockString = (block: Block) =>
  block.kind === 'paragraph' ? block.text : block.kind === 'quote' ? block.paragraphs.join('\n') : '';

interface Item {
  block: Block;
  path: number[];
  /** Inside a reprinted piece, not the editors' own text. */
  reprinted: boolean;
}

/** Every paragraph-like text of a post, with the path of the block it stands in, in reading order. */
function* texts(blocks: readonly Block[], path: number[] = []): Generator<Item> {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'reprint') yield* texts(block.blocks, [...path, i]);
    else yield { block, path: [...path, i], reprinted: path.length > 0 };
  }
}

/** Every reprinted piece of a post, with its path. */
function* reprints(blocks: readonly Block[], path: number[] = []): Generator<{ block: Block; path: number[] }> {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'reprint') continue;
    yield { block, path: [...path, i] };
    yield* reprints(block.blocks, [...path, i]);
  }
}

export function extractQuotes(article: Article): Quote[] {
  const items = [...texts(article.blocks)];
  // Each block's running offset in the post's text.
  const offsets: number[] = [];
  let running = 0;
  for (const { block } of items) {
    offsets.push(running);
    running += blockString(block).length + 1;
  }
  // The names the post gives, with their running positions, read as far as a quotation that names its speaker:
  // a name stands for one given before it (resolveName), and every mention of a later block stands after it.
  const mentions: Mention[] = [];
  let mentioned = 0;
  const mentionsUpTo = (item: number): Mention[] => {
    for (; mentioned <= item; mentioned++) {
      const { block } = items[mentioned];
      mentions.push(...mentionsIn(blockString(block), offsets[mentioned]));
      if (block.kind === 'byline') mentions.push(...mentionsIn(block.lines.join('\n'), offsets[mentioned]));
    }
    return mentions;
  };
  // The writer of the piece the post presents, for "the author points out" and the editors' quotations of it.
  const authorOf = once(() =>
    pieceAuthor(items.flatMap((i) => (!i.reprinted && i.block.kind === 'paragraph' ? [i.block.text] : []))),
  );

  const found: Found[] = [];
  // Who had the text speak, in order, for "He continued:" within the next two blocks: the named speakers of
  // quotations, and each paragraph's subject ("Xi said that …"), read only when a pronoun asks for it.
  const speakers: { item: number; name?: string; paragraph?: string; at: number }[] = [];
  const lastSpeaker = (item: number): string | undefined => {
    for (let k = speakers.length - 1; k >= 0 && item - speakers[k].item <= 2; k--) {
      const speaker = speakers[k];
      if (speaker.paragraph !== undefined) {
        const subject = speakerOfSentence(speaker.paragraph);
        speaker.paragraph = undefined;
        if (subject && 'name' in subject) speaker.name = resolveName(subject.name, mentionsUpTo(item), speaker.at);
      }
      if (speaker.name) return speaker.name;
    }
    return undefined;
  };
  const resolve = (attribution: Attribution, item: number, at: number): string | undefined => {
    if (!attribution || 'unnamed' in attribution) return undefined;
    if ('pronoun' in attribution) return lastSpeaker(item);
    if ('author' in attribution) return authorOf();
    const name = resolveName(attribution.name, mentionsUpTo(item), at);
    speakers.push({ item, name, at });
    return name;
  };
  /** Unattributed quotations in the editors' own text quote the piece they present: its writer's words. */
  const fallback = ({ reprinted }: Item) => (reprinted ? undefined : authorOf());
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
  let carried: { speaker?: string } | undefined;
  items.forEach((current, item) => {
    const { block, path } = current;
    const carriedOver = carried;
    carried = undefined;
    const previous = items[item - 1]?.block;
    // Who the paragraph before introduces ("Xi said:"): read only for a quotation that may take it.
    const introduction = once(() =>
      previous?.kind === 'paragraph' ? speakerOfIntroduction(previous.text) : undefined,
    );
    if (block.kind === 'quote') {
      const next = items[item + 1]?.block;
      const byline = next?.kind === 'byline' ? next.lines[0].split(',')[0] : undefined;
      const attribution = introduction() ?? (byline ? { name: byline } : undefined);
      const speaker =
        resolve(attribution, item, offsets[item]) ??
        carriedOver?.speaker ??
        (attribution || carriedOver ? undefined : fallback(current));
      // Each paragraph of a block quotation on its own: a passage set apart, that only has to open a sentence.
      let offset = 0;
      for (const paragraph of block.paragraphs) {
        const { text, start } = unwrapParagraph(paragraph);
        if (OPENS_SENTENCE.test(text)) add(text, speaker, block.lang, path, offset + start, offsets[item] + offset);
        offset += paragraph.length + 2;
      }
      return;
    }
    if (block.kind !== 'paragraph') return;
    const text = block.text;
    let previousSpeaker: string | undefined;
    for (const span of quotationSpans(text)) {
      const quoted = text.slice(span.start, span.end).trim();
      // The sentence up to the opening mark (a backwards scan: a search for /[^.!?]*$/ is quadratic).
      let sentenceStart = span.start - 1;
      while (sentenceStart > 0 && !'.!?'.includes(text[sentenceStart - 1])) sentenceStart--;
      const before = text.slice(sentenceStart, span.start - 1);
      const after = span.open ? '' : text.slice(span.end + 1);
      // A paragraph that is itself a quotation takes the speaker the paragraph before introduces ("Xi said:").
      const opensParagraph = span.start === 1 + text.search(/\S/u);
      const attribution = speakerBefore(before) ?? speakerAfter(after) ?? (opensParagraph ? introduction() : undefined);
      const at = offsets[item] + span.start;
      let speaker = resolve(attribution, item, at);
      if (!attribution) {
        // Unattributed: the same voice as the quotation right before it in the paragraph, or the quotation the
        // paragraph before left open; else, in the editors' text, the writer of the piece they present.
        if (/^\s*$/u.test(before) && previousSpeaker) speaker = previousSpeaker;
        else if (opensParagraph && carriedOver) speaker = carriedOver.speaker;
        else speaker = fallback(current);
      }
      previousSpeaker = speaker;
      if (span.open) carried = { speaker };
      if (!isComplete(quoted, before, after, !!attribution)) continue;
      const start = span.start + text.slice(span.start).search(/\S/u);
      add(quoted.replace(/,$/u, ''), speaker, block.lang, path, start, at);
    }
    // Who this paragraph has speak, quoted or not, for a pronoun further on.
    speakers.push({ item, paragraph: text, at: offsets[item] + text.length });
  });

  // Speeches reprinted in their speaker's own words: their strongest sentences.
  for (const { block, path } of reprints(article.blocks)) {
    if (block.kind !== 'reprint') continue;
    const speaker = speechBy(block);
    if (!speaker) continue;
    for (const s of strongestSentences(block.blocks, speaker)) {
      const where = [...path, s.block];
      const at = offsets[items.findIndex((i) => i.path.join() === where.join())] + s.start;
      add(s.text, speaker, block.blocks[s.block].lang, where, s.start, at);
    }
  }
  return dedupe(found).map(({ at: _at, ...quote }) => quote);
}
