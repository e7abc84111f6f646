/**
 * Hostile and awkward post bodies, each built as the build builds content/ (loadContent, then deriveArticles):
 * either the exact text a reader gets, or the exact error, naming the file and line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Block } from '../../src/core/post.js';
import { build, para, post } from './content-fixture.js';

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
});
