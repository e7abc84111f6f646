/**
 * The content model shared by the build pipeline (Node) and the widgets (browser).
 * No DOM and no `fs` here: both sides import this module.
 */
import { assertNever } from './assert.js';

/** BCP-47 language tag of a post or block, e.g. `en`, `fr`. */
export type Lang = string;

interface BlockBase {
  /** Language of the block's text; may differ from the post's (the French post opens in English). */
  lang: Lang;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  text: string;
}

/** A section heading inside a post or inside a reprinted piece. */
export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  text: string;
}

/** A quotation set apart from the running text; one or more paragraphs. */
export interface QuoteBlock extends BlockBase {
  kind: 'quote';
  paragraphs: string[];
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  items: string[];
}

/** One "Date …" / "Time …" line of an event; `text` is the line as written. */
export interface EventField {
  label: string;
  value: string;
  text: string;
}

export interface EventBlock extends BlockBase {
  kind: 'event';
  fields: EventField[];
}

/** A picture caption; the dump keeps the caption but not the picture. */
export interface CaptionBlock extends BlockBase {
  kind: 'caption';
  text: string;
}

/** Who wrote or said what precedes or follows: a name, perhaps with where and when. */
export interface BylineBlock extends BlockBase {
  kind: 'byline';
  lines: string[];
}

/** A piece that first appeared in another outlet, reprinted inside the post. */
export interface ReprintBlock extends BlockBase {
  kind: 'reprint';
  /** The piece's own heading, when it has one. */
  heading?: string;
  /** The line of the post that says where the piece first appeared. */
  origin?: string;
  /** The origin line's language, when not the piece's (the editor's words before a reprint in another language). */
  originLang?: Lang;
  /** The outlet it first appeared in. */
  outlet?: string;
  blocks: Block[];
}

export type Block =
  ParagraphBlock | HeadingBlock | QuoteBlock | ListBlock | EventBlock | CaptionBlock | BylineBlock | ReprintBlock;

export type BlockKind = Block['kind'];

/** A post as stored in `content/`, the source of everything else. */
export interface PostSource {
  id: string;
  title: string;
  lang: Lang;
  /** Outlets its reprinted pieces first appeared in. */
  sources: string[];
  /** Id of the post this one translates. */
  translationOf?: string;
  /** Canonical address of the post on the publisher's site. */
  url?: string;
  /** The dump cut the post short ("Continue reading …"). */
  truncated: boolean;
  blocks: Block[];
  /** Publication date, ISO 8601 (`2024-06-05T16:04:48Z`; without an offset when the source gave local time only). */
  date?: string;
  /** Display names of its authors, as the site shows them. */
  authors?: string[];
  categories?: string[];
  tags?: string[];
  /** The post's id at its source (WordPress guid, Atom id, JSON Feed id): how a later import finds it again. */
  sourceId?: string;
  /** Hash of the source's item as last imported: tells an upstream change from none. */
  sourceHash?: string;
  /** Hash of the file as the importer wrote it (without this line): a file that no longer hashes to it was edited. */
  importHash?: string;
}

/** A link from a post to one of its translations (or to the original it translates). */
export interface TranslationRef {
  id: string;
  lang: Lang;
  title: string;
  url?: string;
}

/** What a card needs: one entry per post, derived at build time. */
export interface ArticleSummary {
  id: string;
  title: string;
  lang: Lang;
  excerpt: string;
  words: number;
  readingMinutes: number;
  /** Every language the post's text is in, main language first. */
  languages: Lang[];
  sources: string[];
  translations: TranslationRef[];
  url?: string;
  truncated: boolean;
  /** Publication date, ISO 8601. */
  date?: string;
}

/** The whole post, as `article(id)` returns it. */
export interface Article extends ArticleSummary {
  blocks: Block[];
}

/** Every block of a post in reading order, reprinted pieces opened up (the reprint itself included). */
export function* walkBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.kind === 'reprint') yield* walkBlocks(block.blocks);
  }
}

/** The text a reader reads in a block, its own lines only (a reprint's heading and origin line). */
export function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
    case 'caption':
      return [block.text];
    case 'quote':
      return block.paragraphs;
    case 'list':
      return block.items;
    case 'event':
      return block.fields.map((f) => f.text);
    case 'byline':
      return block.lines;
    case 'reprint':
      return [block.origin, block.heading].filter((t): t is string => !!t);
    default:
      return assertNever(block, 'block');
  }
}
