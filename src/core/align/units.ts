/**
 * A post as the reader aligns and shows it: reading units in order, each one paragraph-sized piece of text with
 * its kind and language. Lists and event details stay whole; quotations and bylines go line by line (a byline
 * in one language may be two lines in another).
 */
import { assertNever } from '../assert.js';
import type { Block } from '../post.js';

export type UnitKind = 'paragraph' | 'heading' | 'quote' | 'list' | 'event' | 'caption' | 'byline' | 'origin';

export interface Unit {
  kind: UnitKind;
  lang: string;
  /** The text; for a list or event details, one line per item. */
  text: string;
  items?: string[];
}

export function unitsOf(blocks: readonly Block[]): Unit[] {
  const out: Unit[] = [];
  for (const block of blocks) {
    const { lang } = block;
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
      case 'caption':
        out.push({ kind: block.kind, lang, text: block.text });
        break;
      case 'quote':
        for (const text of block.paragraphs) out.push({ kind: 'quote', lang, text });
        break;
      case 'byline':
        for (const text of block.lines) out.push({ kind: 'byline', lang, text });
        break;
      case 'list':
        out.push({ kind: 'list', lang, text: block.items.join('\n'), items: block.items });
        break;
      case 'event':
        out.push({
          kind: 'event',
          lang,
          text: block.fields.map((f) => f.text).join('\n'),
          items: block.fields.map((f) => f.text),
        });
        break;
      case 'reprint':
        if (block.origin) out.push({ kind: 'origin', lang: block.originLang ?? lang, text: block.origin });
        if (block.heading) out.push({ kind: 'heading', lang, text: block.heading });
        out.push(...unitsOf(block.blocks));
        break;
      default:
        assertNever(block, 'block');
    }
  }
  return out;
}
