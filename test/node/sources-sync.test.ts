/**
 * Sync scenarios on a content folder: a first import, then a newer export where posts were edited, added,
 * deleted and unpublished upstream while files were edited here. Nothing is overwritten silently, nothing is lost.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { markdownToPost } from '../../src/pipeline/markdown.js';
import {
  type SyncAction,
  describeExisting,
  formatPlan,
  planSync,
  readSourceAll,
} from '../../src/pipeline/sources/index.js';
import { exportWith as exportIn, itemOf } from './cms-export.js';

const TMP = '.tmp/sources-sync';
const exportWith = (name: string, change: (xml: string) => string) => exportIn(TMP, name, change);

async function sync(folder: string, source: string, prune = false): Promise<SyncAction[]> {
  const { posts, summary } = await readSourceAll(source, { candidates: ['en', 'fr', 'ru'] });
  const existing = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => describeExisting(f, readFileSync(join(folder, f), 'utf8')));
  return planSync({ existing, incoming: posts.map((p) => p.post), source: summary }, { prune });
}

/** What the importer's writer will do with a plan (round 2 wires it into `npm run import`). */
function apply(folder: string, actions: readonly SyncAction[]): void {
  for (const a of actions) {
    if (a.kind === 'add' || a.kind === 'update') writeFileSync(join(folder, a.file), a.text);
    else if (a.kind === 'conflict') writeFileSync(join(folder, a.beside), a.text);
    else if (a.kind === 'gone' && a.remove) rmSync(join(folder, a.file));
  }
}

const summaryOf = (actions: readonly SyncAction[]) => actions.map((a) => `${a.kind} ${a.file}`);

describe('sync', async () => {
  rmSync(TMP, { recursive: true, force: true });
  const folder = join(TMP, 'content');
  mkdirSync(folder, { recursive: true });
  // A post written by hand before any import, whose id a new post will want, and one the site also has.
  writeFileSync(
    join(folder, '001-reusable-notice.md'),
    '---\nid: reusable-notice\ntitle: Mine\nlang: en\n---\n\nMine.\n',
  );
  writeFileSync(
    join(folder, '002-members.md'),
    '---\nid: members\ntitle: Members\nlang: en\nurl: https://blog.example.org/2024/04/12/silence-on-decolonise\n---\n\nHand-written.\n',
  );

  const first = await sync(folder, 'test/fixtures/cms/export.xml');

  it('first import: adds every post, numbered after the files already there; the hand-written file with the same address is a conflict', () => {
    assert.deepEqual(summaryOf(first), [
      'add 003-classic-editor.md',
      'add 004-privet-mir.md',
      'add 005-post-131.md',
      'add 006-international-womens-day-began-as-a-day-of-strikes.md',
      'conflict 002-members.md',
      'add 007-block-markup.md',
    ]);
    const conflict = first.find((a) => a.kind === 'conflict')!;
    assert.equal(conflict.kind === 'conflict' && conflict.reason, 'written by hand, not by the importer');
    apply(folder, first);
    assert.equal(readFileSync(join(folder, '002-members.md'), 'utf8').includes('Hand-written.'), true);
    assert.equal(markdownToPost(readFileSync(join(folder, '002-members.md.upstream'), 'utf8'), 'x.md').post.lang, 'fr');
  });

  it('the files it writes read back as posts, with their source id and hashes', () => {
    const text = readFileSync(join(folder, '003-classic-editor.md'), 'utf8');
    assert.equal(markdownToPost(text, '003-classic-editor.md').post.title, 'Classic editor & shortcodes');
    const described = describeExisting('003-classic-editor.md', text);
    assert.equal(described.sourceId, 'https://blog.example.org/?p=88');
    assert.equal(described.imported, true);
    assert.equal(described.edited, false);
  });

  it('the same export again: nothing changes', async () => {
    const again = await sync(folder, 'test/fixtures/cms/export.xml');
    assert.deepEqual(
      again.map((a) => a.kind),
      ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'conflict', 'unchanged'],
    );
    assert.equal(formatPlan(again).split('\n')[0], 'sync: 5 unchanged, 1 conflict');
  });

  it('a newer export: edits, additions, deletions and unpublishing upstream; edits here', async () => {
    // Here: three imported posts are edited by hand.
    const edit = (file: string, from: string, to: string) => {
      const path = join(folder, file);
      const text = readFileSync(path, 'utf8');
      assert.ok(text.includes(from), `${file} has “${from}”`);
      writeFileSync(path, text.replace(from, to));
    };
    edit('007-block-markup.md', 'Left column text.', 'Left column text, corrected here.');
    edit('003-classic-editor.md', 'Last words.', 'Last words, corrected here.');
    edit('004-privet-mir.md', 'Это запись', 'Это наша запись');

    const newer = exportWith('newer.xml', (xml) => {
      const added = itemOf(xml, 140)
        .replace(/140/g, '141')
        .replace('<title></title>', '<title><![CDATA[Reusable notice]]></title>')
        .replace('International Women’s Day began', 'A new post began');
      return (
        xml
          // Upstream edits: the classic post (also edited here) and the Chinese post (untouched here).
          .replace('Last words.]]>', 'Last words, revised upstream.]]>')
          .replace('我们写的是', '我们今天写的是')
          // Upstream deletion (of a post edited here) and unpublishing (of one nobody edited).
          .replace(itemOf(xml, 130), '')
          .replace(/(<wp:post_id>140<\/wp:post_id>[\s\S]*?<wp:status><!\[CDATA\[)publish/, '$1draft')
          // An addition, titled like the hand-written post here.
          .replace('</channel>', `${added}\n</channel>`)
      );
    });
    const plan = await sync(folder, newer);
    assert.deepEqual(summaryOf(plan), [
      'conflict 003-classic-editor.md',
      'update 005-post-131.md',
      'conflict 002-members.md',
      'add 008-reusable-notice-2.md',
      'keep 007-block-markup.md',
      'gone 004-privet-mir.md',
      'gone 006-international-womens-day-began-as-a-day-of-strikes.md',
    ]);
    const update = plan.find((a) => a.file === '005-post-131.md');
    assert.deepEqual(update?.kind === 'update' && update.changed, ['text']);

    assert.equal(
      formatPlan(plan),
      [
        'sync: 2 conflicts, 1 updated, 1 added, 1 kept (edited here), 2 gone upstream',
        '  CONFLICT  003-classic-editor.md  edited here and changed upstream: left as it is; the source’s version is in 003-classic-editor.md.upstream: merge by hand, then copy its sourceHash line',
        '  updated   005-post-131.md  (text)',
        '  CONFLICT  002-members.md  written by hand, not by the importer: left as it is; the source’s version is in 002-members.md.upstream: merge by hand, then copy its sourceHash line',
        '  added     008-reusable-notice-2.md  “Reusable notice”',
        '  kept      007-block-markup.md  edited here, unchanged upstream',
        '  gone      004-privet-mir.md  no longer in the export: kept (edited here: prune keeps it too)',
        '  gone      006-international-womens-day-began-as-a-day-of-strikes.md  now a draft upstream: kept (prune deletes it)',
      ].join('\n'),
    );

    apply(folder, plan);
    const read = (file: string) => readFileSync(join(folder, file), 'utf8');
    // Nothing lost: the edits here are still there, the upstream revision is beside the conflicting file.
    assert.ok(read('007-block-markup.md').includes('Left column text, corrected here.'));
    assert.ok(read('003-classic-editor.md').includes('Last words, corrected here.'));
    assert.ok(read('003-classic-editor.md.upstream').includes('Last words, revised upstream.'));
    assert.ok(read('004-privet-mir.md').includes('Это наша запись'));
    assert.ok(read('005-post-131.md').includes('我们今天写的是'));
    assert.ok(read('006-international-womens-day-began-as-a-day-of-strikes.md').includes('textile workers'));
    assert.ok(read('001-reusable-notice.md').includes('Mine.'));
    assert.equal(markdownToPost(read('008-reusable-notice-2.md'), 'x.md').post.id, 'reusable-notice-2');
  });

  it('an updated post keeps its id when the site changes its slug', async () => {
    const renamed = exportWith('renamed.xml', (xml) =>
      xml
        .replace('Last words.]]>', 'Last words, revised upstream.]]>')
        .replace('我们写的是', '我们今天写的是')
        .replace('<wp:post_name><![CDATA[140]]></wp:post_name>', '<wp:post_name><![CDATA[womens-day]]></wp:post_name>')
        .replace('2024/03/08/140/', '2024/03/08/womens-day/'),
    );
    const plan = await sync(folder, renamed);
    const update = plan.find((a) => a.file.startsWith('006-'));
    assert.ok(update?.kind === 'update');
    assert.deepEqual(update.changed, ['url']);
    assert.equal(
      update.note,
      'the site’s slug is now “womens-day”; the id stays “international-womens-day-began-as-a-day-of-strikes”',
    );
    assert.equal(markdownToPost(update.text, 'x.md').post.id, 'international-womens-day-began-as-a-day-of-strikes');
  });

  it('prune deletes what is gone upstream and nobody edited; never an edited file', async () => {
    const plan = await sync(folder, join(TMP, 'newer.xml'), true);
    assert.deepEqual(
      plan.filter((a) => a.kind === 'gone').map((a) => a.kind === 'gone' && [a.file, a.remove]),
      [
        ['004-privet-mir.md', false],
        ['006-international-womens-day-began-as-a-day-of-strikes.md', true],
      ],
    );
    apply(folder, plan);
    assert.deepEqual(readdirSync(folder).sort(), [
      '001-reusable-notice.md',
      '002-members.md',
      '002-members.md.upstream',
      '003-classic-editor.md',
      '003-classic-editor.md.upstream',
      '004-privet-mir.md',
      '005-post-131.md',
      '007-block-markup.md',
      '008-reusable-notice-2.md',
    ]);
  });

  it('a conflict merged by hand (the upstream sourceHash copied in) is kept from then on; taking upstream’s version ends it too', async () => {
    const path = join(folder, '003-classic-editor.md');
    const upstreamHash = /^sourceHash: .*$/m.exec(readFileSync(`${path}.upstream`, 'utf8'))![0];
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^sourceHash: .*$/m, upstreamHash));
    writeFileSync(join(folder, '002-members.md'), readFileSync(join(folder, '002-members.md.upstream'), 'utf8'));
    const plan = await sync(folder, join(TMP, 'newer.xml'));
    assert.deepEqual(
      plan.filter((a) => a.file.startsWith('002-') || a.file.startsWith('003-')).map((a) => `${a.kind} ${a.file}`),
      ['keep 003-classic-editor.md', 'unchanged 002-members.md'],
    );
  });

  it('a feed lists only its latest posts: a post missing from it is not gone', async () => {
    const feedFolder = join(TMP, 'feed-content');
    mkdirSync(feedFolder, { recursive: true });
    apply(feedFolder, await sync(feedFolder, 'test/fixtures/cms/feed.rss'));
    const shorter = join(TMP, 'shorter.rss');
    const rss = readFileSync('test/fixtures/cms/feed.rss', 'utf8');
    writeFileSync(shorter, rss.slice(0, rss.lastIndexOf('<item>')) + '</channel>\n</rss>\n');
    const plan = await sync(feedFolder, shorter, true);
    assert.deepEqual(summaryOf(plan), ['unchanged 001-block-markup.md', 'absent 002-only-an-excerpt.md']);
    assert.equal(
      formatPlan(plan),
      'sync: 1 unchanged, 1 not in this feed\n  1 post of this site not in the feed (a feed lists only its latest): left as they are',
    );
  });
});
