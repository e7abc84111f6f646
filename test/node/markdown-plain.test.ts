/**
 * The fast reader (markdown-plain.ts) against micromark: on every file it reads, the same tree, positions included;
 * on files it cannot read the same, null. Checked on lines chosen to trip CommonMark's subtle rules, on thousands of
 * random files made of such lines, and on the seed archive; and it must read ordinary posts (else it saves nothing).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { markdownToPost } from '../../src/pipeline/markdown.js';
import { parsePlainMarkdown } from '../../src/pipeline/markdown-plain.js';
import { parseMarkdown } from '../../src/pipeline/markdown-syntax.js';
import { seededRandom } from './seeded-random.js';

/** micromark's tree as plain data (mdast-util-from-markdown adds `data` to a few nodes; none of ours). */
const tree = (source: string) => JSON.parse(JSON.stringify(parseMarkdown(source)));

/** The fast tree, or null; throws when it differs from micromark's. */
function check(source: string): unknown {
  const fast = parsePlainMarkdown(source);
  if (fast) assert.deepEqual(JSON.parse(JSON.stringify(fast)), tree(source), `differs on:\n${source}`);
  return fast;
}

const FRONT = '---\nid: a-post\ntitle: A post\nlang: en\n---\n';

/** Lines meant to trip the reader: constructs it must decline, and text it must read as micromark does. */
const LINES = [
  '',
  '   ',
  'A plain line of text.',
  'Another line, with “quotes”, *stars*, _underscores_, `ticks`, [brackets](and parens) and ~tildes~.',
  'Ten o’clock: 10:30, John 3:16, Re:Cuba, :gear: and ::two colons.',
  'An escaped \\*star\\*, \\< and \\&amp; and a lone \\ backslash.',
  '\\- an escaped bullet',
  '\\# not a heading',
  'Tom & Jerry, AT&T; and &amp; &#35; &copy; references.',
  'A tag <b>bold</b> inside.',
  'Two trailing spaces  ',
  'A backslash break\\',
  '\tA tab first',
  'A tab\tinside',
  '    Indented four spaces',
  '  Indented two',
  '# Heading one',
  '## Heading two',
  '###### Heading six',
  '####### seven hashes',
  '## Closed heading ##',
  '## C# heading',
  '#hashtag',
  '##',
  '> A quoted line',
  '>',
  '> ',
  '>No space',
  '> > nested quote',
  '> - list in quote',
  '- item one',
  '- item two',
  '* star item',
  '+ plus item',
  '-',
  '- ',
  '- - nested',
  '-no space',
  '1. numbered',
  '2) numbered',
  '2024. A year',
  '---',
  '***',
  '___',
  '===',
  'Setext\n---',
  '```',
  '~~~',
  '<div>',
  '<!-- comment -->',
  ':::lang{lang="fr"}',
  ':::caption',
  ':::event{lang="en"}',
  '::::reprint{outlet="Le Monde" lang="fr"}',
  ':::origin',
  ':::',
  '::::',
  ':::::',
  ':::lang{lang="fr" lang="de"}',
  ':::lang{lang=fr}',
  ':::lang[label]',
  ':::lang{lang="a&amp;b"}',
  '::leaf',
  '[1]: https://example.org definition',
  'https://example.org/a_b_c and www.example.org',
  'Ünïcödé, 中文的句子。 عربي نص',
  '\u00a0Non-breaking space first',
  'Form\ffeed',
];

/** The lines it reads on their own. */
const READABLE = LINES.filter((line) => parsePlainMarkdown(`${FRONT}${line}\n`));

describe('the plain Markdown reader', () => {
  it('gives micromark’s tree, or declines, on every line of the list alone and after a paragraph', () => {
    for (const line of LINES) {
      check(`${FRONT}${line}\n`);
      check(`${FRONT}Before it.\n${line}\nAfter it.\n`);
      check(`${FRONT}> Quoted.\n${line}\n`);
      check(`${FRONT}- Item.\n${line}\n`);
      check(`${FRONT}:::lang{lang="fr"}\n${line}\n:::\n`);
    }
  });

  it('gives micromark’s tree, or declines, on 4,000 random files of those lines', () => {
    let read = 0;
    for (let seed = 1; seed <= 4000; seed++) {
      const next = seededRandom(seed);
      // Mostly lines it reads, so that files it reads whole still meet the odd construct in every arrangement.
      const pick = () => {
        const pool = next() < 0.8 ? READABLE : LINES;
        return pool[Math.floor(next() * pool.length)];
      };
      const body = Array.from({ length: 1 + Math.floor(next() * 14) }, pick);
      try {
        if (check(`${FRONT}${body.join('\n')}\n`)) read++;
      } catch (err) {
        throw new Error(`seed ${seed}: ${(err as Error).message}`, { cause: err });
      }
    }
    // Most random files hold a construct it declines; some it must read, or the comparison proves nothing.
    assert.ok(read > 1000, `read ${read} of 4,000`);
  });

  it('reads the posts writers write: every file of the seed archive, with the blocks micromark gives', () => {
    const files = readdirSync('content').filter((f) => f.endsWith('.md'));
    assert.equal(files.length, 20);
    for (const file of files) {
      const source = readFileSync(`content/${file}`, 'utf8');
      assert.ok(check(source), `${file} declined`);
      // And the post the build makes of it is the one micromark's tree gives.
      assert.ok(markdownToPost(source, file).post.blocks.length > 0);
    }
  });

  it('reads loose lists, nested directives, escapes and references as micromark does', () => {
    const cases = [
      '- a\n- b\n\n- c\n',
      '- a\n\n* b\n',
      '::::reprint{outlet="X" lang="fr"}\n:::origin\nFirst published by X.\n:::\n\n## Its heading\n\nTexte.\n::::\n',
      ':::lang{lang="en"}\nWe are pleased.\n:::\n',
      'Escaped \\*, \\\\ and \\& with Tom & Jerry.\n',
      '> First.\n>\n> Second.\n',
    ];
    for (const body of cases) assert.ok(check(`${FRONT}${body}`), `declined:\n${body}`);
  });

  it('declines what needs micromark: references, tags, breaks, lazy lines, unclosed directives', () => {
    const cases = [
      'a &amp; b\n',
      'a <b>tag</b>\n',
      'a hard break  \nnext\n',
      '> quoted\nlazy line\n',
      '- item\nlazy line\n',
      'Para\n===\n',
      ':::lang{lang="fr"}\nNever closed.\n',
      '# Heading\nRight after\n',
    ];
    for (const body of cases) assert.equal(check(`${FRONT}${body}`), null, `read:\n${body}`);
    assert.equal(parsePlainMarkdown('no front matter\n'), null);
    assert.equal(parsePlainMarkdown(`${FRONT.replace(/\n/g, '\r\n')}Text\r\n`), null);
  });
});
