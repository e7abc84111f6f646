/**
 * A synthetic archive for scale tests, made from the seed's own paragraphs: posts recombine them, with names and
 * numbers varied and about one in seven in French, deterministic from a seed number. Every post is distinct (a
 * node test checks it). Some posts carry planted rare names and phrases, listed in `planted.json` beside the posts
 * with one-letter typos of each name, so that the bench can check that search finds them.
 *
 *   npx tsx bench/generate-archive.ts --posts 5000 --seed 1 --out .tmp/archive-5000 [--html .tmp/site-5000]
 *
 * `--html DIR` also writes each post as an HTML page (the same posts, for Pagefind in the bench).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { escape } from 'html-escaper';
import { type Block, type PostSource, walkBlocks } from '../src/core/post.js';
import { loadContent } from '../src/pipeline/content.js';
import { postToMarkdown } from '../src/pipeline/markdown.js';

/** mulberry32: a 32-bit generator with exact integer steps (`Math.imul`), uniform in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface Planted {
  /** A rare name (two invented words) and the posts that carry it. */
  names: { name: string; posts: string[]; typos: string[] }[];
  /** A phrase of ordinary words that stands together in these posts only. */
  phrases: { phrase: string; posts: string[] }[];
}

export interface Archive {
  posts: PostSource[];
  planted: Planted;
}

const SYLLABLES = 'ka lo mi ra ve tu shi zan gor bel wyn dro pha qui xen ul ost rim tav nek'.split(' ');

/** One-letter typos of a word: a letter dropped, doubled, changed, and two neighbours swapped. */
export function typosOf(word: string, random: () => number): string[] {
  const at = (from: number) => from + Math.floor(random() * (word.length - from - 1));
  const i = at(1);
  const j = at(1);
  const k = at(2);
  const swapAt = at(1);
  const letter = 'aeiou'.replace(word[k], '')[Math.floor(random() * 4)];
  return [
    word.slice(0, i) + word.slice(i + 1),
    word.slice(0, j) + word[j] + word.slice(j),
    word.slice(0, k) + letter + word.slice(k + 1),
    word.slice(0, swapAt) + word[swapAt + 1] + word[swapAt] + word.slice(swapAt + 2),
  ].filter((t, n, all) => t !== word && all.indexOf(t) === n);
}

export function generateArchive(total: number, seedNumber = 1, content = 'content'): Archive {
  const random = generator(seedNumber);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  const seed = loadContent(content);
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
  const plainWords = [...new Set(paragraphs.en.join(' ').match(/\b[a-z]{5,9}\b/g))];

  /** A seed paragraph with other names and numbers. */
  const vary = (text: string) =>
    text
      .replace(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu, (m) => (random() < 0.5 ? pick(namePool) : m))
      .replace(/\b\d{4}\b/g, () => String(1900 + Math.floor(random() * 125)))
      .replace(/\b\d{1,3}\b/g, () => String(1 + Math.floor(random() * 300)));
  const invented = () => {
    const word = Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return word[0].toUpperCase() + word.slice(1);
  };

  const planted: Planted = { names: [], phrases: [] };
  const width = String(total).length;
  const posts: PostSource[] = [];
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
    const id = `post-${String(i + 1).padStart(width, '0')}`;
    const paragraphsOf = blocks.filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph');
    // One post in 40 names someone no other post names; one in 60 says a phrase no other post says.
    if (i % 40 === 7 && paragraphsOf.length) {
      const name = `${invented()} ${invented()}`;
      const target = pick(paragraphsOf);
      target.text = `${target.text} ${pick(['As', 'So'])} ${name} ${pick(['said', 'wrote', 'recalled'])}, ${pick(plainWords)} ${pick(plainWords)}.`;
      const typos = name
        .toLowerCase()
        .split(' ')
        .flatMap((w) => typosOf(w, random));
      planted.names.push({ name, posts: [id], typos });
    }
    if (i % 60 === 23 && paragraphsOf.length) {
      const phrase = Array.from({ length: 3 }, () => pick(plainWords)).join(' ');
      const target = pick(paragraphsOf);
      target.text = `${target.text} They called it the ${phrase}.`;
      planted.phrases.push({ phrase, posts: [id] });
    }
    posts.push({ id, title, lang, sources: [], truncated: false, blocks });
  }
  return { posts, planted };
}

/** Writes the archive: one Markdown file per post in `out`, and `planted.json` beside them. */
export function writeArchive(archive: Archive, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const post of archive.posts) writeFileSync(join(out, `${post.id}.md`), postToMarkdown(post));
  writeFileSync(join(out, 'planted.json'), JSON.stringify(archive.planted, null, 1));
}

/** A post as a plain HTML page: its title, section headings and text, in its language. */
export function postToHtml(post: PostSource): string {
  const body = [...walkBlocks(post.blocks)]
    .map((b) => {
      if (b.kind === 'heading') return `<h2>${escape(b.text)}</h2>`;
      if (b.kind === 'paragraph') return `<p>${escape(b.text)}</p>`;
      if (b.kind === 'quote')
        return `<blockquote>${b.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</blockquote>`;
      return '';
    })
    .join('\n');
  return `<!doctype html><html lang="${post.lang}"><head><meta charset="utf-8"><title>${escape(post.title)}</title></head><body><main><h1>${escape(post.title)}</h1>\n${body}</main></body></html>\n`;
}

export function writeSite(archive: Archive, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'posts'), { recursive: true });
  for (const post of archive.posts) writeFileSync(join(dir, 'posts', `${post.id}.html`), postToHtml(post));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: '.tmp/archive-5000' },
      html: { type: 'string' },
    },
  });
  const total = Number(values.posts) || 5000;
  const archive = generateArchive(total, Number(values.seed) || 1);
  writeArchive(archive, values.out!);
  if (values.html) writeSite(archive, values.html);
  console.log(
    `wrote ${total} posts to ${values.out} (${archive.planted.names.length} planted names, ${archive.planted.phrases.length} phrases)`,
  );
}
