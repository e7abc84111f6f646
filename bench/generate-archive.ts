/**
 * A synthetic archive for scale tests, made from the seed's own paragraphs: posts recombine them, with names and
 * numbers varied and about one in seven in French, deterministic from a seed number.
 *
 *   npx tsx bench/generate-archive.ts --posts 5000 --seed 1 --out .tmp/archive-5000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Block, type PostSource, walkBlocks } from '../src/core/post.js';
import { loadContent } from '../src/pipeline/content.js';
import { postToMarkdown } from '../src/pipeline/markdown.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '.tmp/archive-5000' },
  },
});

let state = Number(values.seed) || 1;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const seed = loadContent('content');
const paragraphs = { en: [] as string[], fr: [] as string[] };
const names = new Set<string>();
for (const post of seed) {
  for (const b of walkBlocks(post.blocks)) {
    if (b.kind === 'paragraph' && b.text.length > 80) (b.lang === 'fr' ? paragraphs.fr : paragraphs.en).push(b.text);
  }
  for (const m of post.blocks
    .map((b) => ('text' in b ? b.text : ''))
    .join(' ')
    .matchAll(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu))
    names.add(m[0]);
}
const namePool = [...names];
const titleWords = seed.flatMap((p) => p.title.split(/\s+/)).filter((w) => w.length > 3);

/** A seed paragraph with other names and numbers. */
function vary(text: string): string {
  return text
    .replace(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu, (m) => (random() < 0.5 ? pick(namePool) : m))
    .replace(/\b\d{4}\b/g, () => String(1900 + Math.floor(random() * 125)))
    .replace(/\b\d{1,3}\b/g, () => String(1 + Math.floor(random() * 300)));
}

const total = Number(values.posts) || 5000;
const out = values.out!;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const width = String(total).length;
for (let i = 0; i < total; i++) {
  const lang = random() < 0.15 ? 'fr' : 'en';
  const pool = paragraphs[lang];
  const blocks: Block[] = [];
  const count = 4 + Math.floor(random() * 9);
  for (let k = 0; k < count; k++) {
    if (k > 0 && random() < 0.1)
      blocks.push({ kind: 'heading', lang, text: `${pick(titleWords)} ${pick(titleWords)}` });
    blocks.push(
      random() < 0.08
        ? { kind: 'quote', lang, paragraphs: [vary(pick(pool))] }
        : { kind: 'paragraph', lang, text: vary(pick(pool)) },
    );
  }
  const title = `${Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick(titleWords)).join(' ')} ${i + 1}`;
  const post: PostSource = {
    id: `post-${String(i + 1).padStart(width, '0')}`,
    title,
    lang,
    sources: [],
    truncated: false,
    blocks,
  };
  writeFileSync(join(out, `${post.id}.md`), postToMarkdown(post));
}
console.log(`wrote ${total} posts to ${out}`);
