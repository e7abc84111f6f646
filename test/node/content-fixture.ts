/** Posts built as the build builds content/, for the content tests (not a test file itself). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch.js';
import type { Article, Block } from '../../src/core/post.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';

export const FRONT = 'id: a-post\ntitle: A post\nlang: en\nsources: []\ntruncated: false';
/** A post file: front matter on lines 1–7, a blank line, the body from line 9. */
export const post = (body: string, front = FRONT) => `---\n${front}\n---\n\n${body}\n`;

/** Builds `files` as content/; returns the articles, or the error message with the folder written as `DIR`. */
export function build(files: Record<string, string | Buffer>): { articles: Article[]; warnings: string[] } | string {
  const dir = scratchDir('content');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const warnings: string[] = [];
  try {
    const articles = deriveArticles(loadContent(dir, { warn: (w) => warnings.push(w.replaceAll(dir, 'DIR')) }));
    return { articles, warnings };
  } catch (err) {
    return (err as Error).message.replaceAll(dir, 'DIR');
  }
}

export const para = (text: string): Block => ({ kind: 'paragraph', lang: 'en', text });
