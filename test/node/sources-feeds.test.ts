/** RSS 2.0, Atom and JSON Feed read as the same posts, each recognised by its content whatever its file name. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Block, PostSource } from '../../src/core/post.js';
import { readSourceAll } from '../../src/pipeline/sources/index.js';

const DIR = 'test/fixtures/cms';
const TMP = '.tmp/sources-feeds';
mkdirSync(TMP, { recursive: true });

const read = (file: string) => readSourceAll(file, { candidates: ['en', 'fr'] });
const meta = ({ blocks: _b, sourceHash: _h, ...rest }: PostSource) => rest;
const p = (text: string, lang = 'en'): Block => ({ kind: 'paragraph', lang, text });

describe('RSS 2.0', async () => {
  const { posts, summary } = await read(`${DIR}/feed.rss`);

  it('is recognised as RSS, a partial source', () => {
    assert.equal(summary.format, 'rss');
    assert.equal(summary.complete, false);
    assert.equal(summary.title, 'Friends of the Archive');
  });

  it('reads content:encoded as the body, rendered HTML to blocks', () => {
    const [first] = posts;
    assert.deepEqual(meta(first.post), {
      id: 'block-markup',
      title: 'Title With Markup – rendered',
      lang: 'en',
      sources: [],
      truncated: false,
      url: 'https://blog.example.org/2024/05/03/block-markup/',
      date: '2024-05-03T09:15:00Z',
      authors: ['Alice Dupont'],
      categories: ['News & Views', 'Solidarity'],
      sourceId: 'https://blog.example.org/?p=101',
    });
    assert.deepEqual(first.post.blocks, [
      p('The block editor wraps every paragraph in comments, and bold or linked words stay in their sentence.'),
      { kind: 'heading', lang: 'en', text: 'Why lists nest' },
      { kind: 'list', lang: 'en', items: ['First point', 'Second point', 'A detail', 'Third point'] },
      { kind: 'quote', lang: 'en', paragraphs: ['We are not asking for charity.'] },
      { kind: 'byline', lang: 'en', lines: ['Amílcar Cabral, 1966'] },
      { kind: 'caption', lang: 'en', text: 'Marchers crossing the bridge at dawn.' },
      p('npm run import -- export.xml\n  --out content'),
      { kind: 'caption', lang: 'en', text: 'The rally in Lyon, March 2023.' },
    ]);
    assert.deepEqual(first.notes, ['dropped an embed (https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed)']);
  });

  it('falls back to the description, marks a cut one truncated, reads the name of an e-mail author', () => {
    const second = posts[1].post;
    assert.deepEqual(second.blocks, [
      p('This feed carries the opening of the post & nothing more, as many feeds do […]'),
    ]);
    assert.equal(second.truncated, true);
    assert.deepEqual(second.authors, ['Jo Bloggs']);
    assert.equal(second.date, '2024-04-01T06:00:00Z');
    // No guid: the link identifies the item.
    assert.equal(second.sourceId, 'https://blog.example.org/2024/04/01/only-an-excerpt/');
  });
});

describe('Atom', async () => {
  const { posts, summary } = await read(`${DIR}/feed.atom`);
  const byId = new Map(posts.map((x) => [x.post.id, x.post]));

  it('is recognised as Atom', () => {
    assert.equal(summary.format, 'atom');
    assert.equal(summary.site, 'https://atom.example.org/');
    assert.deepEqual([...byId.keys()], ['escaped-html', 'inline-xhtml', 'texte-brut', 'summary-only']);
  });

  it('type="html": escaped markup in title and content', () => {
    const post = byId.get('escaped-html')!;
    assert.deepEqual(meta(post), {
      id: 'escaped-html',
      title: 'Escaped HTML title & body',
      lang: 'en',
      sources: [],
      truncated: false,
      url: 'https://atom.example.org/2024/05/escaped-html',
      date: '2024-05-01T08:00:00Z',
      authors: ['Nadia Ortiz'],
      categories: ['Travel notes', 'china'],
      sourceId: 'tag:atom.example.org,2024:1',
    });
    assert.deepEqual(post.blocks, [
      p('An escaped HTML body, with markup.'),
      { kind: 'list', lang: 'en', items: ['One', 'One point one', 'Two'] },
    ]);
  });

  it('type="xhtml": inline elements, line breaks, a quotation with its speaker, a caption', () => {
    const post = byId.get('inline-xhtml')!;
    assert.equal(post.title, 'Inline XHTML <3');
    assert.deepEqual(post.authors, ['Feed Author']);
    assert.equal(post.date, '2024-05-03T08:30:00Z');
    assert.deepEqual(post.blocks, [
      p('XHTML content arrives as elements, line\nbreaks included.'),
      { kind: 'quote', lang: 'en', paragraphs: ['Quoted in XHTML.'] },
      { kind: 'byline', lang: 'en', lines: ['An XHTML speaker'] },
      { kind: 'caption', lang: 'en', text: 'An XHTML caption & more.' },
    ]);
  });

  it('type="text": paragraphs at blank lines, angle brackets are text', () => {
    const post = byId.get('texte-brut')!;
    assert.equal(post.lang, 'fr');
    assert.deepEqual(post.blocks, [
      p('Un contenu en texte brut, avec des lignes vides entre les paragraphes pour les séparer.', 'fr'),
      p('Le second paragraphe <b>garde</b> ses chevrons comme du texte.', 'fr'),
    ]);
  });

  it('a summary without content is a truncated post', () => {
    const post = byId.get('summary-only')!;
    assert.equal(post.truncated, true);
    assert.deepEqual(post.blocks, [p('Only the summary is in the feed.')]);
  });
});

describe('JSON Feed', async () => {
  const { posts, summary } = await read(`${DIR}/feed.json`);
  const byId = new Map(posts.map((x) => [x.post.id, x.post]));

  it('is recognised as JSON Feed; an item with only a picture is skipped with a line', () => {
    assert.equal(summary.format, 'json-feed');
    assert.deepEqual([...byId.keys()], ['html-content', 'text-only', 'summary']);
    assert.deepEqual(summary.skipped, { empty: 1 });
    assert.deepEqual(
      summary.lines.at(-1),
      'skipped “A photo” (https://json.example.org/2024/05/photo): no text (images only)',
    );
  });

  it('content_html: a plain-text title stays as written; the offset date in UTC', () => {
    const post = byId.get('html-content')!;
    assert.deepEqual(meta(post), {
      id: 'html-content',
      title: 'HTML content & a plain title <3',
      lang: 'en',
      sources: [],
      truncated: false,
      url: 'https://json.example.org/2024/05/html-content',
      date: '2024-05-06T13:00:00Z',
      authors: ['Ama Mensah'],
      tags: ['feeds', 'json'],
      sourceId: 'https://json.example.org/2024/05/html-content',
    });
    assert.deepEqual(post.blocks, [
      p('JSON Feed carries HTML in content_html.'),
      { kind: 'quote', lang: 'en', paragraphs: ['A quotation.'] },
      { kind: 'caption', lang: 'en', text: 'A JSON caption.' },
    ]);
  });

  it('content_text without a title: paragraphs, and a title from the first sentence', () => {
    const post = byId.get('text-only')!;
    assert.equal(post.title, 'A text-only item without a title');
    assert.equal(post.sourceId, '2');
    assert.deepEqual(post.authors, ['The Blogger']);
    assert.deepEqual(post.blocks, [
      p('A text-only item without a title. It has two sentences.'),
      p('And a second paragraph.'),
    ]);
  });

  it('JSON Feed 1.0: the single author object', async () => {
    const file = `${TMP}/v1.json`;
    writeFileSync(
      file,
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Old feed',
        author: { name: 'Old Author' },
        items: [{ id: 'a', url: 'https://old.example.org/a', title: 'A', content_text: 'Hello from an old feed.' }],
      }),
    );
    const old = await read(file);
    assert.deepEqual(old.posts[0].post.authors, ['Old Author']);
    assert.deepEqual(old.posts[0].post.blocks, [p('Hello from an old feed.')]);
  });
});

describe('recognised by content, not by name', () => {
  it('reads each format from a file whose name says nothing (or lies)', async () => {
    const cases: [string, string][] = [
      ['export.xml', 'wxr'],
      ['feed.rss', 'rss'],
      ['feed.atom', 'atom'],
      ['feed.json', 'json-feed'],
    ];
    for (const [name, format] of cases) {
      const file = `${TMP}/${name.replace(/\./g, '-')}.txt`;
      copyFileSync(`${DIR}/${name}`, file);
      assert.equal((await read(file)).summary.format, format, name);
    }
  });

  it('refuses what is none of them, naming the file', async () => {
    const html = `${TMP}/page.xml`;
    writeFileSync(html, '<html><body><p>Not a feed</p></body></html>');
    await assert.rejects(read(html), /page\.xml:1: not a WordPress export, an RSS or Atom feed or a JSON Feed/);
    const text = `${TMP}/notes.xml`;
    writeFileSync(text, 'Just some notes.');
    await assert.rejects(read(text), /notes\.xml:1: not a WordPress export.*“Just some notes\.”/);
  });
});

describe('bytes that are not UTF-8', () => {
  const feed = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title>\n<item><title>A post</title>\n<description>${body}</description></item>\n</channel></rss>\n`;

  it('refuses them in a UTF-8 feed, at their line, also past the first chunk read', async () => {
    const file = `${TMP}/latin1.rss`;
    const text = feed(`<![CDATA[${'日本語の段落。\n'.repeat(5000)}]]>Café au lait.`);
    const [before, after] = text.split('Café');
    writeFileSync(file, Buffer.concat([Buffer.from(before), Buffer.from(`Café${after}`, 'latin1')]));
    const line = before.split('\n').length;
    assert.equal(line, 5004);
    await assert.rejects(read(file), { message: new RegExp(`latin1\\.rss:${line}: holds bytes that are not UTF-8`) });
  });

  it('keeps a U+FFFD written in UTF-8', async () => {
    const file = `${TMP}/fffd.rss`;
    writeFileSync(file, feed('Untranslatable characters are set to \ufffd or ?.'));
    const { posts } = await read(file);
    assert.deepEqual(posts[0].post.blocks, [p('Untranslatable characters are set to \ufffd or ?.')]);
  });
});
