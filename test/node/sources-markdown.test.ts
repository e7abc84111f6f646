/** Imported posts as Markdown files: what they hold, that they read back as the same posts, and edit detection. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToPost } from '../../src/pipeline/markdown.js';
import { describeExisting, readSourceAll, sourcePostToMarkdown } from '../../src/pipeline/sources/index.js';

const sources = ['export.xml', 'feed.rss', 'feed.atom', 'feed.json'];
const all = await Promise.all(
  sources.map((f) => readSourceAll(`test/fixtures/cms/${f}`, { candidates: ['en', 'fr', 'ru'] })),
);
const posts = all.flatMap((r) => r.posts.map((p) => p.post));
const classic = posts.find((p) => p.id === 'classic-editor')!;

describe('imported posts as Markdown', () => {
  it('front matter: what postToMarkdown writes, then date, authors, categories, tags, source id and hashes', () => {
    const text = sourcePostToMarkdown(classic);
    const head = text.slice(0, text.indexOf('\n---\n', 3) + 5);
    assert.equal(
      head,
      [
        '---',
        'id: classic-editor',
        'title: Classic editor & shortcodes',
        'lang: en',
        'sources: []',
        'url: https://blog.example.org/2023/03/18/classic-editor/',
        'truncated: false',
        'date: 2023-03-18T17:40:12Z',
        'authors:',
        '  - Bob & Co',
        'categories:',
        '  - News & Views',
        '  - Uncategorized',
        'sourceId: https://blog.example.org/?p=88',
        `sourceHash: ${classic.sourceHash}`,
        `importHash: ${describeExisting('x.md', text).fields.importHash}`,
        '---',
        '',
      ].join('\n'),
    );
  });

  it(`every post of the fixtures reads back with the same id, title, url and blocks (${posts.length} posts)`, () => {
    assert.ok(posts.length >= 15);
    for (const post of posts) {
      const back = markdownToPost(sourcePostToMarkdown(post), `${post.id}.md`).post;
      assert.deepEqual(
        [back.id, back.title, back.lang, back.url, back.truncated, back.blocks],
        [post.id, post.title, post.lang, post.url, post.truncated, post.blocks],
        post.id,
      );
    }
  });

  it('a file as the importer wrote it is untouched, whatever its line ends', () => {
    const text = sourcePostToMarkdown(classic);
    assert.deepEqual([describeExisting('a.md', text).imported, describeExisting('a.md', text).edited], [true, false]);
    assert.equal(describeExisting('a.md', text.replace(/\n/g, '\r\n')).edited, false);
  });

  it('any edit, in the text or the front matter, makes it edited', () => {
    const text = sourcePostToMarkdown(classic);
    assert.equal(describeExisting('a.md', text.replace('Last words.', 'Last words!')).edited, true);
    assert.equal(describeExisting('a.md', text.replace('lang: en', 'lang: fr')).edited, true);
    assert.equal(describeExisting('a.md', text.replace(/importHash: .*/, 'importHash: 0000')).edited, true);
  });

  it('a file written by hand is not the importer’s', () => {
    const mine = describeExisting(
      'b.md',
      '---\nid: mine\ntitle: Mine\nlang: en\nurl: https://x.example/a\n---\n\nMine.\n',
    );
    assert.deepEqual([mine.id, mine.url, mine.imported, mine.edited], ['mine', 'https://x.example/a', false, true]);
    const broken = describeExisting('c.md', '---\nid: [unclosed\n---\n\nText.\n');
    assert.deepEqual([broken.id, broken.imported, broken.edited], ['', false, true]);
  });
});
