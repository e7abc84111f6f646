/**
 * A post's texts in reading order, each with the heading (or reprinted piece) it stands under: what a search
 * fragment's excerpt windows are cut from at build time (search-fragments.ts). A result never reads a whole post.
 */
import { type Block, blockText } from '../post.js';

export interface PostText {
  text: string;
  section?: string;
  /** The language of the block the text is from (the French post's English introduction: `en`). */
  lang: string;
  /** A heading (the index's headings field), not body text. */
  heading?: true;
}

export function postTexts(blocks: readonly Block[], section?: string): PostText[] {
  const out: PostText[] = [];
  let current = section;
  for (const block of blocks) {
    const { lang } = block;
    if (block.kind === 'heading') {
      current = block.text;
      out.push({ text: block.text, section: current, lang, heading: true });
    } else if (block.kind === 'reprint') {
      const piece = block.heading ?? block.outlet ?? current;
      if (block.origin) out.push({ text: block.origin, section: current, lang: block.originLang ?? lang });
      if (block.heading) out.push({ text: block.heading, section: piece, lang, heading: true });
      out.push(...postTexts(block.blocks, piece));
    } else {
      for (const text of blockText(block)) out.push({ text, section: current, lang });
    }
  }
  return out;
}
