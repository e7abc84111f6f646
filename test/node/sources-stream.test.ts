/**
 * A 50 MB WordPress export read in bounded memory: in a child process whose JavaScript heap is capped at 128 MB
 * (reading the file whole, as a string and a tree, would need several times that), peak resident memory stays
 * under 250 MB, and every published post comes out with its text.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { writeSyntheticExport } from '../fixtures/cms/synthetic-export.js';

const FILE = '.tmp/sources-stream/export-50mb.xml';
const HEAP_MB = 128;
const RSS_BOUND_MB = 250;

/** Runs in the child: reads every post, keeps only counts and one post's first paragraph. */
const CHILD = `
import { readSource } from './src/pipeline/sources/index.ts';
const source = readSource(${JSON.stringify(FILE)}, { candidates: ['en', 'fr'] });
let posts = 0, blocks = 0, probe = null, last = null;
for await (const { post } of source.posts) {
  posts++;
  blocks += post.blocks.length;
  if (post.id === 'post-7') probe = { title: post.title, date: post.date, authors: post.authors, first: post.blocks[0] };
  last = post.id;
}
console.log(JSON.stringify({ posts, blocks, probe, last, skipped: source.summary.skipped,
  maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

describe('a 50 MB export', () => {
  it('streams: every post read, in bounded memory', { timeout: 120_000 }, async () => {
    mkdirSync('.tmp/sources-stream', { recursive: true });
    const written = await writeSyntheticExport(FILE, 50 * 1024 * 1024);
    assert.ok(statSync(FILE).size >= 50 * 1024 * 1024);

    const out = execFileSync(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', '--input-type=module', '-e', CHILD],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(out.trim().split('\n').at(-1)!);
    console.log(
      `# 50 MB export: ${result.posts} posts, ${result.blocks} blocks, peak RSS ${Math.round(result.maxRssMb)} MB`,
    );

    assert.equal(result.posts, written.posts);
    assert.deepEqual(result.skipped, { draft: written.drafts, attachment: written.posts + written.drafts });
    assert.equal(result.last, `post-${written.last}`);
    assert.deepEqual(result.probe, {
      title: written.title(7),
      date: '2010-01-01T07:00:00Z',
      authors: ['The Editor'],
      first: { kind: 'paragraph', lang: 'en', text: written.firstParagraph(7) },
    });
    assert.ok(result.maxRssMb < RSS_BOUND_MB, `peak RSS ${result.maxRssMb} MB < ${RSS_BOUND_MB} MB`);
  });
});
