/**
 * A WordPress export (test/fixtures/cms/export.xml, WXR 1.2 as WordPress 6.5 writes it) read as posts: the right
 * posts and only those, their front matter, and the exact text a visitor reads, block by block.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Block, type PostSource, blockText } from '../../src/core/post.js';
import { formatSourceSummary, readSourceAll } from '../../src/pipeline/sources/index.js';

const { posts, summary } = await readSourceAll('test/fixtures/cms/export.xml', { candidates: ['en', 'fr', 'ru'] });
const byId = new Map(posts.map((p) => [p.post.id, p]));
const post = (id: string): PostSource => {
  const found = byId.get(id);
  assert.ok(found, `post ${id} imported (have ${[...byId.keys()].join(', ')})`);
  return found.post;
};
const p = (text: string): Block => ({ kind: 'paragraph', lang: 'en', text });
const allText = posts.flatMap(({ post }) => [post.title, ...post.blocks.flatMap(blockText)]).join('\n');

describe('WordPress export: which items become posts', () => {
  it('imports the published, public posts and nothing else', () => {
    assert.deepEqual(posts.map((x) => x.post.id).sort(), [
      'block-markup',
      'classic-editor',
      'international-womens-day-began-as-a-day-of-strikes',
      'post-131',
      'privet-mir',
      'silence-on-decolonise',
    ]);
    assert.equal(summary.format, 'wxr');
    assert.equal(summary.complete, true);
    assert.equal(summary.imported, 6);
  });

  it('counts each kind of item it skipped', () => {
    assert.deepEqual(summary.skipped, {
      'reusable block': 1,
      empty: 2,
      draft: 1,
      pending: 1,
      scheduled: 1,
      private: 1,
      'password-protected': 1,
      trash: 1,
      page: 1,
      attachment: 1,
      'menu item': 1,
      'post type product': 1,
    });
    const head = formatSourceSummary(summary).split('\n')[0];
    assert.equal(
      head,
      'WordPress export (WXR) “Friends of the Archive” (https://blog.example.org): 6 posts imported; skipped ' +
        '2 posts without text, 1 reusable block, 1 draft, 1 post pending review, 1 scheduled post, 1 private post, ' +
        '1 password-protected post, 1 post in the trash, 1 page, 1 attachment, 1 menu item, 1 post type product',
    );
  });

  it('never lets text of drafts, pages, attachments, products or comments through', () => {
    for (const marker of [
      'DRAFT',
      'PENDING',
      'SCHEDULED',
      'PRIVATE',
      'PROTECTED',
      'TRASHED',
      'PAGE',
      'ATTACHMENT',
      'PRODUCT',
      'COMMENT',
    ]) {
      assert.ok(!allText.includes(marker), `${marker} TEXT leaked into the posts`);
    }
  });

  it('says which posts it skipped for having no text', () => {
    assert.ok(
      summary.lines.includes(
        'skipped “Nothing here yet” (https://blog.example.org/2024/01/05/nothing-here-yet/): no text',
      ),
    );
    assert.ok(
      summary.lines.includes(
        'skipped “Photos from the rally” (https://blog.example.org/2024/01/06/photos-from-the-rally/): no text (images only)',
      ),
    );
  });

  it('lists the posts held back, for sync to tell unpublished from deleted', () => {
    assert.deepEqual(
      summary.withheld.map((w) => [w.sourceId, w.reason]),
      [
        ['https://blog.example.org/?p=170', 'draft'],
        ['https://blog.example.org/?p=171', 'pending'],
        ['https://blog.example.org/?p=172', 'scheduled'],
        ['https://blog.example.org/?p=173', 'private'],
        ['https://blog.example.org/?p=174', 'password-protected'],
        ['https://blog.example.org/?p=175', 'trash'],
      ],
    );
  });
});

describe('WordPress export: what a post says about itself', () => {
  it('reads title as text, url, ISO date, display names, categories and tags, source id', () => {
    const { blocks: _b, sourceHash, ...meta } = post('block-markup');
    assert.match(sourceHash!, /^[0-9a-f]{16}$/);
    assert.deepEqual(meta, {
      id: 'block-markup',
      title: 'Title With Markup',
      lang: 'en',
      sources: [],
      truncated: false,
      url: 'https://blog.example.org/2024/05/03/block-markup/',
      date: '2024-05-03T09:15:00Z',
      authors: ['Alice Dupont'],
      categories: ['News & Views'],
      tags: ['Solidarity', 'Amílcar Cabral'],
      sourceId: 'https://blog.example.org/?p=101',
    });
    // Entities in names are decoded: `Bob &amp; Co`, `News &amp; Views`.
    assert.deepEqual(post('classic-editor').authors, ['Bob & Co']);
    assert.deepEqual(post('classic-editor').categories, ['News & Views', 'Uncategorized']);
    assert.equal(post('classic-editor').title, 'Classic editor & shortcodes');
  });

  it('falls back to the local date when the GMT date is the zero date', () => {
    assert.equal(post('silence-on-decolonise').date, '2024-04-12T10:00:00Z');
  });

  it('gives usable ids to non-Latin slugs: transliterated, else the WordPress post id', () => {
    assert.equal(post('privet-mir').title, 'Привет, мир');
    assert.equal(post('post-131').title, '你好世界');
    assert.equal(post('post-131').url, 'https://blog.example.org/2024/02/02/%e4%bd%a0%e5%a5%bd%e4%b8%96%e7%95%8c/');
  });

  it('titles an untitled post from its first sentence, and says so', () => {
    const untitled = post('international-womens-day-began-as-a-day-of-strikes');
    assert.equal(untitled.title, 'International Women’s Day began as a day of strikes');
    assert.deepEqual(byId.get(untitled.id)!.notes, [
      'had no title: titled “International Women’s Day began as a day of strikes” from its first words',
    ]);
  });

  it('detects languages, post and block', () => {
    assert.equal(post('privet-mir').lang, 'ru');
    const fr = post('silence-on-decolonise');
    assert.equal(fr.lang, 'fr');
    assert.deepEqual(
      fr.blocks.map((b) => b.lang),
      ['fr', 'en'],
    );
  });
});

describe('WordPress export: the body, as a visitor reads it', () => {
  it('block markup: comments gone, nested lists flat in reading order, quotes with who said them, captions kept', () => {
    assert.deepEqual(post('block-markup').blocks, [
      p('The block editor wraps every paragraph in comments[1], and bold or linked words stay in their sentence.'),
      { kind: 'heading', lang: 'en', text: 'Why lists nest' },
      {
        kind: 'list',
        lang: 'en',
        items: ['First point', 'Second point', 'A detail', 'Another detail', 'Deepest', 'Third point'],
      },
      { kind: 'quote', lang: 'en', paragraphs: ['We are not asking for charity.', 'We are asking for justice.'] },
      { kind: 'byline', lang: 'en', lines: ['Amílcar Cabral, 1966'] },
      { kind: 'quote', lang: 'en', paragraphs: ['Tell no lies, claim no easy victories.'] },
      { kind: 'byline', lang: 'en', lines: ['Amílcar Cabral'] },
      { kind: 'caption', lang: 'en', text: 'Marchers crossing the bridge at dawn.' },
      { kind: 'caption', lang: 'en', text: 'The union’s banner.' },
      { kind: 'caption', lang: 'en', text: 'Scenes from the day.' },
      { kind: 'caption', lang: 'en', text: 'The march, filmed by a delegate.' },
      p('Left column text.'),
      { kind: 'heading', lang: 'en', text: 'Inside a group' },
      p('Right column, grouped.'),
      p('npm run import -- export.xml\n  --out content'),
      p('Kept as written:\n    indented four spaces'),
      p('The river runs,\nthe bridge holds.'),
      { kind: 'list', lang: 'en', items: ['City · Date', 'Lyon · 3 May', 'Dakar · 10 May'] },
      { kind: 'caption', lang: 'en', text: 'Where we meet.' },
      p('A notice in raw HTML.'),
      // The reusable block comes later in the export than the post that uses it.
      p('This notice comes from a reusable block.'),
      { kind: 'list', lang: 'en', items: ['Comments a visitor never sees: block delimiters.'] },
    ]);
  });

  it('block markup: says what it dropped', () => {
    assert.deepEqual(byId.get('block-markup')!.notes, [
      'dynamic block core/latest-posts: the live site renders it, the export holds none of its text',
      'dropped [gallery] (46,47)',
      'dropped an embed (https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
      'a table became a list, one item per row (3 rows)',
      'dropped a button: “Join us”',
    ]);
  });

  it('classic editor: paragraphs from blank lines, entities decoded, shortcodes handled', () => {
    assert.deepEqual(post('classic-editor').blocks, [
      p(
        'Classic posts keep their paragraphs in blank lines & entities: café, l’esprit, 10\u00a0km.\nA single line break stays a break.',
      ),
      { kind: 'caption', lang: 'en', text: 'The rally in Lyon, March 2023.' },
      p('We asked for the important words to stay.'),
      p('The minutes say "unanimous" [sic] and we agree. To show a shortcode, write [caption].'),
      { kind: 'list', lang: 'en', items: ['Outer item one', 'Inner item', 'Outer item two'] },
      { kind: 'quote', lang: 'en', paragraphs: ['A classic quotation.'] },
      { kind: 'byline', lang: 'en', lines: ['Classic Author'] },
      { kind: 'heading', lang: 'en', text: 'A classic heading' },
      p('npm run import\nnpm run build'),
      p('Last words.'),
    ]);
    assert.deepEqual(byId.get('classic-editor')!.notes, [
      'dropped an embed (https://www.youtube.com/watch?v=abc123)',
      'dropped [gallery] (50,51,52)',
      'dropped [embed] (https://vimeo.com/12345)',
      'unknown shortcode [highlight color="yellow"]: kept its text, dropped the brackets',
      'dropped shortcode [contact-form-7 id="5" title="Contact form"]',
    ]);
  });

  it('every note of every post is in the printed summary', () => {
    const printed = formatSourceSummary(summary);
    for (const { post: x, notes } of posts) for (const note of notes) assert.ok(printed.includes(`${x.id}: ${note}`));
  });
});
