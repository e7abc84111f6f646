/** Awkward post bodies, one at a time: the exact blocks a reader gets, and the exact note for what goes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../../src/core/post.js';
import { htmlToBlocks } from '../../src/pipeline/sources/body/html-blocks.js';
import { renderWordPress } from '../../src/pipeline/sources/body/wordpress.js';

const p = (text: string): Block => ({ kind: 'paragraph', lang: '', text });
const list = (...items: string[]): Block => ({ kind: 'list', lang: '', items });

/** Rendered HTML (a feed's) → blocks and notes. */
function html(input: string): [Block[], string[]] {
  const notes = new Set<string>();
  return [htmlToBlocks(input, notes), [...notes]];
}

/** A WordPress post's stored content (classic or blocks, shortcodes) → blocks and notes. */
function wordpress(input: string): [Block[], string[]] {
  const notes = new Set<string>();
  return [htmlToBlocks(renderWordPress(input, { notes }), notes), [...notes]];
}

const CASES: [name: string, convert: typeof html, input: string, blocks: Block[], notes?: string[]][] = [
  ['empty paragraphs (a non-breaking space, blanks) are no text', html, '<p>&nbsp;</p><p> </p><p><br></p>', []],
  [
    'hidden text is not read: screen-reader text, hidden, display:none',
    html,
    '<p>Visible<span class="screen-reader-text"> (opens in a new tab)</span></p><p hidden>Hidden</p><div style="display: none">No</div>',
    [p('Visible')],
  ],
  ['a line break is kept, words are not glued', html, '<p>ends here<br>second line</p>', [p('ends here\nsecond line')]],
  [
    'inline markup joins as the browser shows it',
    html,
    '<p>Mark<sup>up</sup> and <em>more</em>  text</p>',
    [p('Markup and more text')],
  ],
  ['an HTML comment inside a paragraph goes', html, '<p>Text <!-- note --> more</p>', [p('Text more')]],
  [
    'an item of several paragraphs is one item; a nested list follows it',
    html,
    '<ul><li><p>One</p><p>continued</p><ol><li>One-a</li></ol></li><li>Two</li></ul>',
    [list('One\ncontinued', 'One-a', 'Two')],
  ],
  [
    'blocks inside a link are blocks',
    html,
    '<a href="#"><div>Card title</div><div>Card text</div></a>',
    [p('Card title'), p('Card text')],
  ],
  [
    'the cite that ends a quotation is its byline',
    html,
    '<blockquote><p>Words that matter.<br><cite>— Someone</cite></p></blockquote>',
    [
      { kind: 'quote', lang: '', paragraphs: ['Words that matter.'] },
      { kind: 'byline', lang: '', lines: ['— Someone'] },
    ],
  ],
  [
    'a cite inside a sentence stays in it',
    html,
    '<blockquote><p>As <cite>Capital</cite> says, things change.</p></blockquote>',
    [{ kind: 'quote', lang: '', paragraphs: ['As Capital says, things change.'] }],
  ],
  [
    'a heading with a line break',
    html,
    '<h2>Line one<br>line two</h2>',
    [{ kind: 'heading', lang: '', text: 'Line one\nline two' }],
  ],
  [
    'details, summary, definition lists: their text stays',
    html,
    '<details><summary>More</summary><p>Shown when opened.</p></details><dl><dt>Term</dt><dd>Definition</dd></dl>',
    [p('More'), p('Shown when opened.'), p('Term'), p('Definition')],
  ],
  [
    'emoji pictures read as their emoji',
    html,
    '<p>Well done <img class="wp-smiley" src="x.png" alt="🙂"></p>',
    [p('Well done 🙂')],
  ],
  [
    'form controls go, with a note of their words',
    html,
    '<form><label>Your e-mail</label><input value="you@example.org"><button>Subscribe</button></form>',
    [p('Your e-mail')],
    ['dropped a form control (input): “you@example.org”', 'dropped a form control (button): “Subscribe”'],
  ],
  [
    'a file block: its name stays, its download button goes without gluing to it',
    wordpress,
    '<!-- wp:file {"id":5} -->\n<div class="wp-block-file"><a href="r.pdf">Annual report</a><a href="r.pdf" class="wp-block-file__button wp-element-button" download>Download</a></div>\n<!-- /wp:file -->',
    [p('Annual report')],
    ['dropped a button: “Download”'],
  ],
  [
    'an iframe goes, noted',
    html,
    '<p>Watch:</p><iframe src="https://player.example/1"></iframe>',
    [p('Watch:')],
    ['dropped an embed (https://player.example/1)'],
  ],
  [
    'brackets in a sentence are text; a lone [x] is a shortcode',
    wordpress,
    'He wrote [sic] twice. [Editor’s note: updated.]\n\n[toc]\n\nEnd.',
    [p('He wrote [sic] twice. [Editor’s note: updated.]'), p('End.')],
    ['dropped shortcode [toc]'],
  ],
  [
    'an unknown enclosing shortcode keeps its text; an escaped one reads as written',
    wordpress,
    'Say [tooltip text="hi"]hello there[/tooltip] and write [[gallery]] to show one.',
    [p('Say hello there and write [gallery] to show one.')],
    ['unknown shortcode [tooltip text="hi"]: kept its text, dropped the brackets'],
  ],
  [
    '[caption] with its caption as an attribute (older WordPress)',
    wordpress,
    '[caption id="a" caption="An old-style caption"]<img src="x.jpg" />[/caption]',
    [{ kind: 'caption', lang: '', text: 'An old-style caption' }],
  ],
  [
    'text between blocks (a classic block) gets its paragraphs',
    wordpress,
    '<!-- wp:paragraph -->\n<p>A block.</p>\n<!-- /wp:paragraph -->\n\nClassic one.\n\nClassic two.',
    [p('A block.'), p('Classic one.'), p('Classic two.')],
  ],
  [
    'a reusable block that is not in the export is noted',
    wordpress,
    '<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph --><!-- wp:block {"ref":9} /-->',
    [p('Before.')],
    ['reusable block 9 is not in the export: its text is missing'],
  ],
  [
    'a list of a classic post keeps its items apart',
    wordpress,
    'Intro:\n<ul>\n\t<li>alpha</li>\n\t<li>beta\n<ul>\n\t<li>gamma</li>\n</ul>\n</li>\n</ul>',
    [p('Intro:'), list('alpha', 'beta', 'gamma')],
  ],
];

describe('post bodies, case by case', () => {
  for (const [name, convert, input, blocks, notes = []] of CASES) {
    it(name, () => {
      const [gotBlocks, gotNotes] = convert(input);
      assert.deepEqual(gotBlocks, blocks);
      assert.deepEqual(gotNotes, notes);
    });
  }
});
