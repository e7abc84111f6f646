/**
 * Front matter, encodings, file names and links between posts, built as the build builds content/: the exact
 * data a reader gets, or the exact error, naming the file and line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scratchDir } from './scratch.js';
import { loadContent } from '../../src/pipeline/content.js';
import { FRONT, build, para, post } from './content-fixture.js';

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

describe('front matter the build refuses, at the line of its key', () => {
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

  it('refuses a file saved as Latin-1, at the line of its first byte that is not UTF-8', () => {
    const latin1 = Buffer.from(post('Café au lait.\n\nCrème brûlée.'), 'latin1');
    assert.equal(
      build({ '001-a.md': latin1 }),
      'DIR/001-a.md:9: holds bytes that are not UTF-8 (the file was saved as Windows-1252 or Latin-1?): save it as UTF-8 and check the letters of that line',
    );
  });

  it('keeps a U+FFFD the author wrote (valid UTF-8) as text', () => {
    const built = build({ '001-a.md': post('Untranslatable characters are set to \ufffd or ?.') });
    assert.ok(typeof built === 'object', String(built));
    assert.deepEqual(built.articles[0].blocks, [para('Untranslatable characters are set to \ufffd or ?.')]);
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
    const dir = scratchDir('content');
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
