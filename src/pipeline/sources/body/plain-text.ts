/** Plain text (JSON Feed `content_text`, Atom `type="text"`) → paragraphs at blank lines, line breaks kept. */
import type { Block } from '../../../core/post.js';

export function textToBlocks(text: string): Block[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .map((text): Block => ({ kind: 'paragraph', lang: '', text }));
}
