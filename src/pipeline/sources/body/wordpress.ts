/**
 * A WordPress post's stored content → the HTML its visitors get, the way WordPress renders it (`the_content`):
 * block markup is parsed with WordPress's own block parser and rendered block by block (block-editor comments go,
 * a reusable block's content comes in, dynamic blocks that only the live site renders are noted); classic content
 * gets paragraphs from its blank lines (`wpautop`, from @wordpress/autop); then shortcodes.
 */
import { autop } from '@wordpress/autop';
import { parse } from '@wordpress/block-serialization-default-parser';
import { type Notes } from './html-blocks.js';
import { applyShortcodes, preformatShortcodes } from './shortcodes.js';

type ParsedBlock = ReturnType<typeof parse>[number];

export interface WordPressContext {
  notes: Notes;
  /** The content of reusable block `ref` (a `wp_block` item of the export), if known. */
  reusable?: (ref: number) => string | undefined;
  /** The post's footnotes (post meta `footnotes`, JSON), shown where its footnotes block stands. */
  footnotes?: string;
}

/** Blocks that render nothing a reader reads, by design. */
const SILENT = new Set(['core/spacer', 'core/separator', 'core/more', 'core/nextpage', 'core/image']);

/** A line holding only an address is an embed in classic content (`WP_Embed::autoembed`): a video, a post… */
const AUTOEMBED = /^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim;

function classic(text: string, ctx: WordPressContext): string {
  const withoutEmbeds = text.replace(AUTOEMBED, (_line, address: string) => {
    ctx.notes.add(`dropped an embed (${address})`);
    return '';
  });
  return autop(preformatShortcodes(withoutEmbeds));
}

/** Has the content any block markup? (`has_blocks()` looks for the same opening.) */
const hasBlocks = (content: string): boolean => content.includes('<!-- wp:');

export function renderWordPress(content: string, ctx: WordPressContext, depth = 0): string {
  const html = hasBlocks(content)
    ? parse(content)
        .map((b) => renderBlock(b, ctx, depth))
        .join('')
    : classic(content, ctx);
  return depth ? html : applyShortcodes(html, ctx.notes);
}

function footnotes(ctx: WordPressContext): string {
  let notes: { content?: string }[] = [];
  try {
    notes = JSON.parse(ctx.footnotes ?? '[]') as { content?: string }[];
  } catch {
    ctx.notes.add('footnotes block without readable footnotes: dropped');
  }
  // The footnotes' own HTML, as WordPress renders it under the post.
  return notes.length ? `<ol>${notes.map((n) => `<li>${n.content ?? ''}</li>`).join('')}</ol>` : '';
}

function renderBlock(block: ParsedBlock, ctx: WordPressContext, depth: number): string {
  const name = block.blockName;
  if (name === 'core/block') {
    const ref = Number(block.attrs?.ref);
    const inner = depth < 5 ? ctx.reusable?.(ref) : undefined;
    if (inner === undefined) ctx.notes.add(`reusable block ${ref} is not in the export: its text is missing`);
    return inner === undefined ? '' : renderWordPress(inner, ctx, depth + 1);
  }
  if (name === 'core/footnotes') return footnotes(ctx);
  // A block's markup with its inner blocks rendered where the parser left a `null`.
  let i = 0;
  const html = block.innerContent
    .map((part) => (part === null ? renderBlock(block.innerBlocks[i++], ctx, depth) : part))
    .join('');
  // Text between blocks is classic content (the classic block).
  if (!name) return html.trim() ? classic(html, ctx) : html;
  if (!html.trim() && !SILENT.has(name)) {
    ctx.notes.add(`dynamic block ${name}: the live site renders it, the export holds none of its text`);
  }
  return html;
}
