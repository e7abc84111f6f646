/**
 * Hostile and awkward posts, each built as the build builds content/ (loadContent, then deriveArticles): either
 * the exact text a reader gets, or the exact error, naming the file and line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article, Block } from '../../src/core/post.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';

const FRONT = 'id: a-post\ntitle: A post\nlang: en\nsources: []\ntruncated: false';
/** A post file: front matter on lines 1–7, a blank line, the body from line 9. */
const post = (body: string, front = FRONT) => `---\n${front}\n---\n\n${body}\n`;

/** Builds `files` as content/; returns the articles, or the error message with the folder written as `DIR`. */
function build(files: Record<string, string | Buffer>): { articles: Article[]; warnings: string[] } | string {
  const dir = mkdtempSync(join(tmpdir(), 'fosc-content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const warnings: string[] = [];
  try {
    const articles = deriveArticles(loadContent(dir, { warn: (w) => warnings.push(w.replaceAll(dir, 'DIR')) }));
    return { articles, warnings };
  } catch (err) {
    return (err as Error).message.replaceAll(dir, 'DIR');
  }
}

const para = (text: string): Block => ({ kind: 'paragraph', lang: 'en', text });

/** Bodies and the blocks a reader gets from them. */
const KEPT: [string, string, Block[]][] = [
  ['a time', 'The meeting starts at 10:30 today.', [para('The meeting starts at 10:30 today.')]],
  ['a verse', 'As John 3:16 says.', [para('As John 3:16 says.')]],
  ['words joined by colons', 'Re:Cuba, Time:4pm, ratio 3:2:1', [para('Re:Cuba, Time:4pm, ratio 3:2:1')]],
  [
    'an address with colons',
    'See http://x/a:b and https://example.org:8080/p?q=1:2#f:g',
    [para('See http://x/a:b and https://example.org:8080/p?q=1:2#f:g')],
  ],
  ['what looks like a text directive', 'a :b[x]{y=1} c :smile: d', [para('a :b[x]{y=1} c :smile: d')]],
  ['what looks like a leaf directive', '::note[label]{x=1}', [para('::note[label]{x=1}')]],
  ['a colon heading', '## Agenda: 10:30–12:00', [{ kind: 'heading', lang: 'en', text: 'Agenda: 10:30–12:00' }]],
  ['a hard break (two spaces)', 'ends here  \nsecond line', [para('ends here\nsecond line')]],
  ['a hard break (backslash)', 'ends here\\\nsecond line', [para('ends here\nsecond line')]],
  ['a soft break', 'ends here\nsecond line', [para('ends here\nsecond line')]],
  [
    'a nested list',
    '- outer item\n  - inner item\n- last item',
    [{ kind: 'list', lang: 'en', items: ['outer item', 'inner item', 'last item'] }],
  ],
  [
    'a list item of two paragraphs',
    '- first\n\n  second\n- third',
    [{ kind: 'list', lang: 'en', items: ['first\nsecond', 'third'] }],
  ],
  ['a hard break in a quotation', '> one  \n> two', [{ kind: 'quote', lang: 'en', paragraphs: ['one\ntwo'] }]],
  ['escaped HTML', 'Use the \\<b> tag, and 1 < 2 > 0.', [para('Use the <b> tag, and 1 < 2 > 0.')]],
  [
    'an address in angle brackets',
    'Write to <https://example.org/a:b>.',
    [para('Write to <https://example.org/a:b>.')],
  ],
  ['an escaped number', '2024\\. A year to remember.', [para('2024. A year to remember.')]],
  ['an indented paragraph', '    Indented by four spaces.', [para('Indented by four spaces.')]],
  ['escapes and entities', 'a \\*b\\* \\_c\\_ \\`d\\` &amp; &copy; \\[e]', [para('a *b* _c_ `d` & © [e]')]],
  [
    'Markdown inside a line, as plain text',
    'a *word*, __strong__, `code`, [a link](https://example.org), ![an image](p.png), [1] and <https://x.org>',
    [para('a *word*, __strong__, `code`, [a link](https://example.org), ![an image](p.png), [1] and <https://x.org>')],
  ],
  ['a line that looks like a link definition', '[1]: Smith, 2020, p. 3', [para('[1]: Smith, 2020, p. 3')]],
  ['a list item holding only a list', '- - inner', [{ kind: 'list', lang: 'en', items: ['inner'] }]],
  [
    'Chinese, Arabic and emoji',
    '习近平会见古巴代表团。مرحبا بالعالم 👩🏽‍💻🇨🇺',
    [para('习近平会见古巴代表团。مرحبا بالعالم 👩🏽‍💻🇨🇺')],
  ],
  [
    'an event with colons',
    ':::event\nDate: Saturday 11 May\nTime 10:30 Havana / 16:30 Paris\n:::',
    [
      {
        kind: 'event',
        lang: 'en',
        fields: [
          { label: 'Date', value: 'Saturday 11 May', text: 'Date: Saturday 11 May' },
          { label: 'Time', value: '10:30 Havana / 16:30 Paris', text: 'Time 10:30 Havana / 16:30 Paris' },
        ],
      },
    ],
  ],
  [
    'a byline with a hard break',
    ':::byline\nJosé Martí  \nNew York, 1891\n:::',
    [{ kind: 'byline', lang: 'en', lines: ['José Martí', 'New York, 1891'] }],
  ],
  [
    'a run in another language',
    ':::lang{lang="zh-Hans"}\n中文段落：时间 10:30。\n:::',
    [{ kind: 'paragraph', lang: 'zh-Hans', text: '中文段落：时间 10:30。' }],
  ],
];

/** Bodies the build refuses: the line (in a post whose body starts on line 9) and the reason. */
const REFUSED: [string, string, number, string][] = [
  [
    'HTML in a paragraph',
    'Hello <b>bold</b> there',
    9,
    'raw HTML (`<b>`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"',
  ],
  [
    'HTML in a heading',
    'Text.\n\n## Title <i>x</i>',
    11,
    'raw HTML (`<i>`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"',
  ],
  [
    'HTML in a list item',
    '- one\n- two <br>',
    10,
    'raw HTML (`<br>`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"',
  ],
  [
    'HTML in a quotation',
    '> quote <span>x</span>',
    9,
    'raw HTML (`<span>`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"',
  ],
  [
    'HTML in a reprint',
    '::::reprint{outlet="Xinhua"}\n## Heading\n\nText <!-- a comment -->\n::::',
    12,
    'raw HTML (`<!-- a comment -->`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"',
  ],
  [
    'an HTML block',
    'Text.\n\n<div>\nblock\n</div>',
    11,
    'raw HTML (`<div>`) is not allowed: the widgets show text only. Remove it, or write \\< to show a "<"',
  ],
  [
    'HTML in an outlet',
    '::::reprint{outlet="<b>Xinhua</b>"}\nText.\n::::',
    9,
    'raw HTML (`<b>`) in outlet: the widgets show text only; remove the tag',
  ],
  [
    'a code block',
    '```\ncode\n```',
    9,
    'code blocks (``` fences) are not supported: posts are text; remove the fences',
  ],
  [
    'a thematic break',
    'a\n\n***\n\nb',
    11,
    'a line of ---, *** or ___ is a thematic break, which posts do not have: remove it, or write \\--- to show it',
  ],
  [
    'a numbered list',
    '2024. A year to remember.',
    9,
    'a line opening with a number and "." or ")" is a numbered list, which posts do not have: write "-" bullets, or escape the number\'s dot (2024\\.) to keep it as text',
  ],
  [
    'an event line starting with a digit',
    ':::event\nDate Saturday\n10 am Havana\n:::',
    11,
    ':::event line "10 am Havana" does not start with a label: write the label first, as in "Time 10:30" or "Date Saturday 11 May"',
  ],
  [
    'an event line starting with an emoji',
    ':::event\n🎉 Party\n:::',
    10,
    ':::event line "🎉 Party" does not start with a label: write the label first, as in "Time 10:30" or "Date Saturday 11 May"',
  ],
  [
    'an unclosed directive',
    'Text.\n\n:::lang{lang="fr"}\nTexte.',
    11,
    ':::lang is never closed: end it with a line of :::',
  ],
  [
    'a reprint closed by too few colons',
    '::::reprint\n:::origin\nFrom Xinhua.\n:::\nText.',
    9,
    '::::reprint is never closed: end it with a line of ::::',
  ],
  [
    'an unknown directive',
    ':::note\nText.\n:::',
    9,
    'unknown directive :::note: posts use :::event, :::caption, :::byline, :::lang, ::::reprint (with :::origin first inside)',
  ],
  [
    'an unknown attribute',
    ':::caption{class="big"}\nText.\n:::',
    9,
    ':::caption has no attribute "class"; it takes lang="…"',
  ],
  ['a language run without a language', ':::lang\nText.\n:::', 9, ':::lang needs a language: :::lang{lang="en"}'],
  [
    'an invalid language attribute',
    ':::lang{lang="en_US"}\nText.\n:::',
    9,
    ':::lang lang: "en_US" is not a BCP 47 language tag: write "en-US"',
  ],
  [
    'a directive label',
    ':::caption[label]\nText.\n:::',
    9,
    ':::caption[…] takes no label in brackets: write the text on the lines below',
  ],
];

REFUSED.push(
  [
    'lists nested 30 deep on one line',
    `${'- '.repeat(30)}x`,
    9,
    '30 quotations or lists open inside each other here: at most 20; flatten them',
  ],
  [
    'directives nested 21 deep',
    `${':::lang{lang="fr"}\n'.repeat(21)}x\n${':::\n'.repeat(21)}`,
    29,
    '21 directives open inside each other here: at most 20; flatten them',
  ],
);

/** Front matter the build refuses (the body is one paragraph). */
const FRONT_REFUSED: [string, string, number, string][] = [
  [
    'lang: en_US',
    FRONT.replace('lang: en', 'lang: en_US'),
    4,
    '`lang`: "en_US" is not a BCP 47 language tag: write "en-US"',
  ],
  [
    'lang: fr_FR',
    FRONT.replace('lang: en', 'lang: fr_FR'),
    4,
    '`lang`: "fr_FR" is not a BCP 47 language tag: write "fr-FR"',
  ],
  [
    'lang: EN-us',
    FRONT.replace('lang: en', 'lang: EN-us'),
    4,
    '`lang`: "EN-us" is not written the canonical way: write "en-US"',
  ],
  ['lang: english', FRONT.replace('lang: en', 'lang: English'), 4, '`lang`: "English" names no language: write "en"'],
  [
    'lang: und',
    FRONT.replace('lang: en', 'lang: und'),
    4,
    '`lang`: "und" names no language: write its ISO 639 code, such as "en", "fr" or "zh"',
  ],
  [
    'HTML in the title',
    FRONT.replace('title: A post', 'title: A <b>bold</b> post'),
    3,
    'raw HTML (`<b>`) in `title`: the widgets show text only; remove the tag',
  ],
  [
    'HTML in sources',
    FRONT.replace('sources: []', 'sources:\n  - <i>Xinhua</i>'),
    5,
    'raw HTML (`<i>`) in `sources`: the widgets show text only; remove the tag',
  ],
  [
    'a 300-character id',
    FRONT.replace('id: a-post', `id: ${'a'.repeat(300)}`),
    2,
    '`id` is 300 characters long: at most 100 (it names files); shorten it',
  ],
  [
    'an id with capitals',
    FRONT.replace('id: a-post', 'id: A_Post'),
    2,
    '`id` is a slug: lower-case letters a–z, digits and single hyphens ("A_Post")',
  ],
  [
    'an unknown key',
    `${FRONT}\ntitel: Typo`,
    7,
    "unknown front matter key `titel` (`title`?): a post's keys are id, title, lang, translationOf, sources, url, truncated, date, authors, categories, tags, sourceId, sourceHash, importHash",
  ],
  ['truncated: yes', FRONT.replace('truncated: false', 'truncated: "yes"'), 6, '`truncated` is `true` or `false`'],
  [
    'a javascript: url',
    `${FRONT}\nurl: javascript:alert(1)`,
    7,
    '`url` must be an http(s) address ("javascript:alert(1)")',
  ],
  [
    'a title with an unquoted colon',
    FRONT.replace('title: A post', 'title: Re: Cuba'),
    3,
    'front matter does not parse: Nested mappings are not allowed in compact mappings. A value holding ": " or " #", or starting with one of [ ] { } @ ` \' " ! & * | > % , needs quotes: title: "Re: Cuba"',
  ],
  [
    'a title YAML reads as a number',
    FRONT.replace('title: A post', 'title: 2024'),
    3,
    '`title` is read as a number: put it in quotes (title: "2024")',
  ],
  [
    'a title cut by a YAML comment',
    FRONT.replace('title: A post', 'title: Issue #5 review'),
    3,
    '" #5 review" would be dropped as a YAML comment: put the whole value in quotes ("… #5 review"), or write "# " for a comment',
  ],
  [
    'a date that is no date',
    `${FRONT}\ndate: last Tuesday`,
    7,
    '`date` is an ISO 8601 date, such as 2024-06-05 or 2024-06-05T16:04:48Z ("last Tuesday")',
  ],
  [
    'authors that are no list',
    `${FRONT}\nauthors: Jane Doe`,
    7,
    '`authors` is a list of names (`- Jane Doe`), or `[]`',
  ],
  [
    'a YAML alias bomb',
    `${FRONT}\nx0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nx1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nx2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]`,
    8,
    'front matter aliases (*name) expand beyond 20 values (Excessive alias count indicates a resource exhaustion attack): write the values out',
  ],
];

describe('hostile posts: the reader gets every character, or the build names the file and line', () => {
  for (const [name, body, blocks] of KEPT) {
    it(`keeps ${name}`, () => {
      const built = build({ '001-a.md': post(body) });
      assert.equal(typeof built, 'object', String(built));
      assert.deepEqual((built as { articles: Article[] }).articles[0].blocks, blocks);
    });
  }
  for (const [name, body, line, reason] of REFUSED) {
    it(`refuses ${name}`, () => {
      assert.equal(build({ '001-a.md': post(body) }), `DIR/001-a.md:${line}: ${reason}`);
    });
  }
  for (const [name, front, line, reason] of FRONT_REFUSED) {
    it(`refuses ${name}`, () => {
      assert.equal(build({ '001-a.md': post('Text.', front) }), `DIR/001-a.md:${line}: ${reason}`);
    });
  }
});

describe('front matter as the README writes it', () => {
  it('reads what a CMS import adds (date, authors, categories, tags); a summary carries the date', () => {
    const front = `${FRONT}\ndate: 2024-06-05T16:04:48Z\nauthors:\n  - Jane Doe\ncategories: [News]\ntags: [Cuba, '10:30']\nsourceId: https://blog.example.org/?p=88`;
    const built = build({ '001-a.md': post('Text.', front) });
    assert.ok(typeof built === 'object', String(built));
    assert.equal(built.articles[0].date, '2024-06-05T16:04:48Z');
  });

  it('keeps comments written as comments, and quoted values whole', () => {
    const front =
      'id: a-post   # a slug\ntitle: "Re: Cuba, issue #5"\nlang: en # the main language\nsources: []\ntruncated: false';
    const built = build({ '001-a.md': post('Text.', front) });
    assert.ok(typeof built === 'object', String(built));
    assert.equal(built.articles[0].title, 'Re: Cuba, issue #5');
  });
});

describe('encodings and line ends', () => {
  it('keeps a file with a byte order mark and Windows line ends', () => {
    const built = build({ '001-a.md': `\ufeff${post('At 10:30  \nthen.')}`.replaceAll('\n', '\r\n') });
    assert.ok(typeof built === 'object', String(built));
    assert.deepEqual(built.articles[0].blocks, [para('At 10:30\nthen.')]);
  });

  it('refuses a file saved as Latin-1', () => {
    const latin1 = Buffer.from(post('Café au lait.'), 'latin1');
    assert.equal(
      build({ '001-a.md': latin1 }),
      'DIR/001-a.md:9: holds U+FFFD "�", what a decoder writes for bytes that are not UTF-8: save the file as UTF-8 (from Windows-1252 or Latin-1) and write the letters again',
    );
  });

  it('refuses a control character', () => {
    assert.equal(
      build({ '001-a.md': post('a\u0000b') }),
      'DIR/001-a.md:9: holds the control character U+0000: remove it',
    );
  });
});

describe('translations, file names and languages across posts', () => {
  const en = (id: string, extra = '') => post('Text.', `id: ${id}\ntitle: ${id}\nlang: en\n${extra}`);
  const fr = (id: string, of: string) => post('Texte.', `id: ${id}\ntitle: ${id}\nlang: fr\ntranslationOf: ${of}`);

  it('refuses a translation cycle (A → B → A)', () => {
    const built = build({ '001-a.md': en('a', 'translationOf: b'), '002-b.md': fr('b', 'a') });
    assert.equal(
      built,
      'DIR/001-a.md:5: translationOf names "b", which is itself a translation (of "a", DIR/002-b.md): name the original post',
    );
  });

  it('refuses a post that translates itself', () => {
    const built = build({ '001-a.md': en('a', 'translationOf: a') });
    assert.equal(
      built,
      'DIR/001-a.md:5: translationOf names "a", this post itself: name the post this one translates, or remove the line',
    );
  });

  it('refuses a second translation into the same language', () => {
    const built = build({ '001-a.md': en('a'), '002-b.md': fr('b', 'a'), '003-c.md': fr('c', 'a') });
    assert.equal(built, 'DIR/003-c.md:5: translationOf names "a", which already has a translation in fr: DIR/002-b.md');
  });

  it('lists a translation once, on both sides', () => {
    const built = build({ '001-a.md': en('a'), '002-b.md': fr('b', 'a') });
    assert.ok(typeof built === 'object');
    assert.deepEqual(built.articles[0].translations, [{ id: 'b', lang: 'fr', title: 'b' }]);
    assert.deepEqual(built.articles[1].translations, [{ id: 'a', lang: 'en', title: 'a' }]);
  });

  it('reads .MD and .markdown files in file-name order, and warns about other files', () => {
    const built = build({
      '001-a.MD': en('a'),
      '002-b.markdown': en('b'),
      '003-c.md': en('c'),
      'notes.txt': 'not a post',
      '.gitkeep': '',
    });
    assert.ok(typeof built === 'object', String(built));
    assert.deepEqual(
      built.articles.map((a) => a.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(built.warnings, ['DIR/notes.txt: warning: not read; a post is a .md or .markdown file']);
  });

  it('reads a symbolic link to a post as a post', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fosc-content-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'elsewhere.md'), en('linked'));
    symlinkSync(join(dir, 'elsewhere.md'), join(dir, 'content', '001-linked.md'));
    assert.deepEqual(
      loadContent(join(dir, 'content')).map((p) => p.id),
      ['linked'],
    );
  });

  it('names the file of a duplicate id and the one that had it first', () => {
    assert.equal(
      build({ '001-a.md': en('a'), '002-a.md': en('a') }),
      'DIR/002-a.md:2: duplicate id "a", already used by DIR/001-a.md: give this post another id',
    );
  });
});
