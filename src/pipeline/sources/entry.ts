/** One item of any source, as read (`RawEntry`) → a post of ours, or a line saying why it was skipped. */
import { type Block, type PostSource, blockText } from '../../core/post.js';
import { excerptOf } from '../../core/text.js';
import { detectLang } from '../lang.js';
import { type Notes, htmlToBlocks } from './body/html-blocks.js';
import { textToBlocks } from './body/plain-text.js';
import { renderWordPress } from './body/wordpress.js';
import { shortHash } from './hash.js';
import type { IdAllocator } from './ids.js';
import { type ReadOptions, type SourcePost, type SourceSummary, countSkip } from './types.js';

/** An item as the source gives it, before any conversion. */
export interface RawEntry {
  /** Its id at the source: WordPress guid, RSS guid, Atom id, JSON Feed id. */
  sourceId: string;
  url?: string;
  title: string;
  /** `html`: may hold markup and entities (WordPress, RSS, Atom `type="html"`); `text`: plain (JSON Feed). */
  titleType: 'html' | 'text';
  body: string;
  /** `wordpress`: stored WordPress content (block markup or classic text, shortcodes); `html`: rendered HTML. */
  bodyType: 'wordpress' | 'html' | 'text';
  /** ISO 8601. */
  date?: string;
  authors: string[];
  categories: string[];
  tags: string[];
  /** The site's own short name for it (WordPress slug, the last segment of its address). */
  slug?: string;
  /** Its numeric id at the source (WordPress post id): a last resort for our id. */
  number?: string;
  /** The source gives a summary only; `if-cut`: it may, if the text ends cut ("…", "[…]", "Continue reading"). */
  truncated?: boolean | 'if-cut';
  /** Language the source declares (BCP 47). */
  lang?: string;
  /** WordPress footnotes (post meta, JSON). */
  footnotes?: string;
  /** The line of the source where the item starts. */
  line?: number;
}

export interface EntryContext {
  ids: IdAllocator;
  options: ReadOptions;
  summary: SourceSummary;
  reusable?: (ref: number) => string | undefined;
}

const primary = (tag: string | undefined): string | undefined => {
  try {
    return tag ? new Intl.Locale(tag.trim().replace(/_/g, '-')).language : undefined;
  } catch {
    return undefined;
  }
};

function bodyBlocks(entry: RawEntry, notes: Notes, ctx: EntryContext): Block[] {
  switch (entry.bodyType) {
    case 'text':
      return textToBlocks(entry.body);
    case 'html':
      return htmlToBlocks(entry.body, notes);
    case 'wordpress': {
      const html = renderWordPress(entry.body, { notes, reusable: ctx.reusable, footnotes: entry.footnotes });
      return htmlToBlocks(html, notes);
    }
  }
}

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** A title a person accepts for a post that has none: its first sentence (its first words if that is long). */
function titleFrom(blocks: readonly Block[]): string {
  const first = (blocks.flatMap(blockText)[0] ?? '').replace(/\s+/g, ' ');
  const sentence = [...sentences.segment(first)][0]?.segment.trim() ?? first;
  return excerptOf(sentence, 70).replace(/(?<!\.)\.$/u, '');
}

const CUT = /(…|\.\.\.|\[(…|\.\.\.)\]|continue reading\W*|read more\W*)$/iu;
const endsCut = (blocks: readonly Block[]) => CUT.test(blocks.flatMap(blockText).at(-1) ?? '');

/** Up to this many characters, a post's blocks are each detected: it costs little. */
const SHORT_POST = 4096;
/** Characters of a post's opening and of its end that tell their languages (franc is sure from a few hundred). */
const SAMPLE = 1024;

/**
 * Each block's language, and the post's. Detection costs about half a microsecond per character read, so a long
 * post is detected block by block only when its end is not in the language of its opening (an editor's
 * introduction to a reprint): a long post in one language, the common case, costs two short detections.
 */
function fillLanguages(title: string, blocks: Block[], context: string, { candidates }: ReadOptions): string {
  const text = [title, ...blocks.flatMap(blockText)].join('\n');
  const lang = detectLang(text.slice(0, SAMPLE), context, { candidates });
  const mixed = text.length <= SHORT_POST || detectLang(text.slice(-SAMPLE / 2), lang, { candidates }) !== lang;
  if (!mixed) {
    for (const block of blocks) block.lang = lang;
    return lang;
  }
  // Then the post's language is the one most of its letters are in.
  const letters = new Map<string, number>();
  for (const block of blocks) {
    const own = blockText(block).join('\n');
    block.lang = detectLang(own, lang, { candidates });
    letters.set(block.lang, (letters.get(block.lang) ?? 0) + own.length);
  }
  return [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? lang;
}

/** What the item says it is, for a line in the summary. */
const named = (entry: RawEntry, title: string) =>
  `${title ? `“${title}”` : 'untitled item'} (${entry.url ?? entry.sourceId})`;

/** Hash of what the source says about the item: a new hash means the item changed upstream. */
const entryHash = (entry: RawEntry): string =>
  shortHash(
    JSON.stringify([
      entry.title,
      entry.url,
      entry.date,
      entry.authors,
      entry.categories,
      entry.tags,
      entry.body,
      entry.footnotes ?? '',
    ]),
  );

export function entryToPost(entry: RawEntry, ctx: EntryContext): SourcePost | undefined {
  const notes: Notes = new Set();
  const given =
    entry.titleType === 'text'
      ? entry.title.replace(/\s+/g, ' ').trim()
      : htmlToBlocks(entry.title, new Set()).flatMap(blockText).join(' ').replace(/\s+/g, ' ').trim();
  const blocks = bodyBlocks(entry, notes, ctx);
  if (!blocks.length) {
    const images = /<img\b|\[gallery\b|wp:(image|gallery)\b/.test(entry.body);
    countSkip(ctx.summary, 'empty');
    ctx.summary.lines.push(`skipped ${named(entry, given)}: no text${images ? ' (images only)' : ''}`);
    return undefined;
  }
  let title = given;
  if (!title) {
    title = titleFrom(blocks);
    notes.add(`had no title: titled “${title}” from its first words`);
  }

  const context = primary(entry.lang) ?? primary(ctx.options.lang) ?? ctx.options.candidates?.[0] ?? 'en';
  const lang = fillLanguages(title, blocks, context, ctx.options);

  const post: PostSource = {
    id: ctx.ids.take([entry.slug, title], entry.number, entry.sourceId),
    title,
    lang,
    sources: [],
    truncated: entry.truncated === 'if-cut' ? endsCut(blocks) : !!entry.truncated,
    blocks,
  };
  if (entry.url) post.url = entry.url;
  if (entry.date) post.date = entry.date;
  if (entry.authors.length) post.authors = entry.authors;
  if (entry.categories.length) post.categories = entry.categories;
  if (entry.tags.length) post.tags = entry.tags;
  post.sourceId = entry.sourceId;
  post.sourceHash = entryHash(entry);

  ctx.summary.imported++;
  for (const note of notes) ctx.summary.lines.push(`${post.id}: ${note}`);
  return { post, notes: [...notes], ...(entry.line && { line: entry.line }) };
}
