/**
 * Round trip, on generated posts (seeded, the same every run): a post written as Markdown reads back as the same
 * post, and every word of it reaches the built data. The text is drawn from what breaks Markdown writers and
 * readers: colons (times, verses, URLs, directive-like runs), quotes, brackets, HTML-looking text, emoji, CJK,
 * right-to-left scripts, and characters that mean something in Markdown at the start of a line or inside one.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchDir } from './scratch.js';
import { type Block, type PostSource, blockText, walkBlocks } from '../../src/core/post.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { markdownToPost, postToMarkdown } from '../../src/pipeline/markdown.js';

const CASES = 300;

let state = 20240611;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)];

/** Tokens safe anywhere, and tokens that look like markup (never in a title or an outlet, where HTML is refused). */
const WORDS = [
  'the',
  'meeting',
  'starts',
  'at',
  '10:30',
  'John',
  '3:16',
  'Re:Cuba',
  'Time:4pm',
  'http://x/a:b',
  'https://example.org:8080/p?q=1:2#f',
  ':smile:',
  ':b[x]{y=1}',
  '::leaf',
  ':::',
  '::::reprint',
  'a:b:c',
  '“quoted”',
  '"straight"',
  "'single'",
  '‘curly’',
  '«guillemets»',
  '(round)',
  '[square]',
  '{curly}',
  '[x](y)',
  'C:\\Users',
  '\\',
  '\\*',
  'back\\slash',
  '*',
  '**bold**',
  '_under_',
  '__x__',
  '`code`',
  '~~del~~',
  '#',
  '##',
  '-',
  '+',
  '>',
  '|',
  '1.',
  '2)',
  '!',
  '![img](x)',
  '&amp;',
  '&copy;',
  '&#42;',
  '&',
  '---',
  '===',
  '***',
  '___',
  'AT&T',
  '5*3*2',
  'snake_case_name',
  '<',
  '>=',
  '1<2',
  '<3',
  'x>y',
  '%20',
  '$5',
  '^',
  '=',
  '👩🏽‍💻',
  '🇨🇺',
  '🎉',
  '❤️',
  '习近平',
  '中国共产党',
  '。',
  '，',
  '「引号」',
  'カタカナ',
  '한국어',
  'مرحبا',
  'بالعالم',
  'שלום',
  '\u200f',
  'e\u0301',
  'Đà',
  'Nẵng',
  'naïve',
  'ß',
  '1,000',
  '3.14',
  "don't",
  'l’esprit',
  '—',
  '–',
  '…',
  '\u00a0nbsp',
];
const MARKUP = ['<b>', '</b>', '<br>', '<!-- c -->', '<div>', '<https://example.org>', '<me@example.org>'];
const LANGS = ['en', 'fr', 'zh-Hans', 'ar', 'he', 'pt-BR'];

const line = (markup = true) => {
  const words = Array.from({ length: 1 + int(12) }, () => (markup && random() < 0.08 ? pick(MARKUP) : pick(WORDS)));
  return words.join(random() < 0.1 ? '' : ' ').trim() || 'x';
};
/** A paragraph's text: a few lines (each a line break in the reader's text). */
const text = () => Array.from({ length: random() < 0.8 ? 1 : 2 + int(2) }, () => line()).join('\n');
const label = () => pick(['Date', 'Time', 'Venue', 'Where', 'Register', 'Heure', '日期']);

function block(lang: string, inReprint: boolean): Block {
  const kind = pick(['paragraph', 'paragraph', 'heading', 'quote', 'list', 'event', 'caption', 'byline', 'reprint']);
  switch (kind) {
    case 'heading':
      return { kind, lang, text: line() };
    case 'quote':
      return { kind, lang, paragraphs: Array.from({ length: 1 + int(3) }, text) };
    case 'list':
      return { kind, lang, items: Array.from({ length: 1 + int(4) }, text) };
    case 'event':
      return {
        kind,
        lang,
        fields: Array.from({ length: 1 + int(3) }, () => {
          const [l, sep, value] = [label(), pick([' ', ': ', ' : ']), line()];
          // The label is the line's first run of letters; what follows a colon is the value.
          const m = /^(\p{L}+)\s*:?\s*(.*)$/u.exec(`${l}${sep}${value}`)!;
          return { label: m[1], value: m[2].trim(), text: `${l}${sep}${value}` };
        }),
      };
    case 'caption':
      return { kind, lang, text: text() };
    case 'byline':
      return { kind, lang, lines: Array.from({ length: 1 + int(2) }, () => line()) };
    case 'reprint': {
      if (inReprint) return { kind: 'paragraph', lang, text: text() };
      const own = random() < 0.3 ? pick(LANGS) : lang;
      const piece: Block = { kind, lang: own, blocks: Array.from({ length: 1 + int(4) }, () => block(own, true)) };
      if (random() < 0.6) piece.heading = line();
      if (random() < 0.6) piece.origin = text();
      if (piece.origin && random() < 0.3) piece.originLang = pick(LANGS.filter((l) => l !== own));
      if (random() < 0.6) piece.outlet = line(false);
      return piece;
    }
    default:
      return { kind: 'paragraph', lang, text: text() };
  }
}

function generate(n: number): PostSource {
  const lang = pick(LANGS);
  const post: PostSource = {
    id: `post-${n}`,
    title: line(false),
    lang,
    sources: Array.from({ length: int(3) }, () => line(false)),
    truncated: random() < 0.3,
    blocks: Array.from({ length: 1 + int(8) }, () => block(random() < 0.2 ? pick(LANGS) : lang, false)),
  };
  if (random() < 0.3) post.url = `https://example.org/${n}/a:b?c=${n}`;
  return post;
}

const posts = Array.from({ length: CASES }, (_, n) => generate(n + 1));

/** Every string a reader reads in a post. */
const strings = (p: { title: string; blocks: readonly Block[] }) => [
  p.title,
  ...[...walkBlocks(p.blocks)].flatMap((b) => [
    ...blockText(b),
    ...(b.kind === 'reprint' && b.outlet ? [b.outlet] : []),
  ]),
];

describe(`round trip of ${CASES} generated posts`, () => {
  it('post → Markdown → post is the identity', () => {
    for (const post of posts) {
      const markdown = postToMarkdown(post);
      assert.deepEqual(markdownToPost(markdown, `${post.id}.md`).post, post, markdown);
    }
  });

  it('every word of every post is in the built data', () => {
    const dir = scratchDir('roundtrip');
    posts.forEach((p, i) =>
      writeFileSync(join(dir, `${String(i + 1).padStart(3, '0')}-${p.id}.md`), postToMarkdown(p)),
    );
    const articles = deriveArticles(loadContent(dir));
    assert.equal(articles.length, CASES);
    articles.forEach((article, i) => {
      const built = strings(article).join('\n');
      for (const word of strings(posts[i])
        .flatMap((s) => s.split(/\s+/))
        .filter(Boolean)) {
        assert.ok(built.includes(word), `${article.id}: "${word}" is missing`);
      }
    });
  });
});
