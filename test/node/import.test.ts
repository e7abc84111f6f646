/** The importer on the seed dump: the posts a person finds by reading it, and not one line lost. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { blockText, walkBlocks } from '../../src/core/post.js';
import { importDump } from '../../src/pipeline/import/import-dump.js';
import { markdownToPost, postToMarkdown } from '../../src/pipeline/markdown.js';

const DUMP = 'test/fixtures/seed-dump.txt';
const dumpText = readFileSync(DUMP, 'utf8');
const imported = importDump(dumpText, DUMP, { candidates: ['en', 'fr'] });
const posts = imported.map((i) => i.post);

/** Titles and languages as read by a person, in the dump's order. */
const EXPECTED: [string, string][] = [
  [
    'Marcus Garvey, Mao and Gandhi: Notes on Black-Asian solidarity in times of Cold War politics and neoliberal fragmentation',
    'en',
  ],
  ['Silence! On décolonise', 'fr'],
  ['The story of Chinese doctors overseas', 'en'],
  ['A month traveling in China', 'en'],
  ['Videos: China proves that a new world is possible! Delegates report back from China', 'en'],
  ['China and Cuba: good friends, good comrades and good brothers', 'en'],
  ['Quiet please! We’re decolonising', 'en'],
  ['Webinar: China proves that a new world is possible! Delegates report back from China', 'en'],
  ['Why so many young Asian-Americans stand with Palestine', 'en'],
  ['Roosevelt Skerrit: China-Dominica relations have become a model of south-south cooperation', 'en'],
  ['Minister Liu Jianchao meets with SWAPO delegation', 'en'],
  ['China continues to strengthen its relations with socialist Cuba in practical ways', 'en'],
  ['China and Cuba working to strengthen mutually beneficial cooperation and promote socialist development', 'en'],
  ['Li Mingxiang meets with delegation of the South African Communist Party', 'en'],
  ['Delegates from Britain, Ireland and the US learn about the past, present and future of Socialist China', 'en'],
  ['Dien Bien Phu victory through the memory of Chinese Senior Lieutenant General', 'en'],
  ['Xi Jinping extends May Day greetings to China’s working people', 'en'],
  ['Friends of Socialist China delegation returns from China', 'en'],
  ['Webinar: Black Liberation and People’s China – Rediscovering a history of transcontinental solidarity', 'en'],
  ['China’s assistance to Cuba a part of global opposition to hegemony', 'en'],
];

const byTitle = (t: string) => posts.find((p) => p.title.startsWith(t))!;
const kinds = (t: string) => [...walkBlocks(byTitle(t).blocks)].map((b) => b.kind);

describe('importing the seed dump', () => {
  it('finds exactly the 20 posts a reader finds, with their languages', () => {
    assert.deepEqual(
      posts.map((p) => [p.title, p.lang]),
      EXPECTED,
    );
  });

  it('loses no text: every non-empty line of the dump lands in exactly one post', () => {
    const dumpLines = dumpText
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // What each post holds, read back from the Markdown it is written as.
    const held: string[] = [];
    for (const post of posts) {
      const back = markdownToPost(postToMarkdown(post), 'x.md').post;
      held.push(back.title, ...[...walkBlocks(back.blocks)].flatMap(blockText));
      if (back.truncated) held.push(`Continue reading ${back.title}`);
    }
    const unbullet = (l: string) => l.replace(/^[•▪◦●·*–-]\s+/u, '');
    assert.deepEqual([...held].sort(), dumpLines.map(unbullet).sort());
    // And the line numbers each post took partition the dump's non-empty lines.
    const numbers = imported.flatMap((i) => i.lineNumbers).sort((a, b) => a - b);
    assert.equal(new Set(numbers).size, numbers.length);
    assert.equal(numbers.length, dumpLines.length);
  });

  it('keeps reprinted pieces, headings, captions, bylines and "Continue reading" inside their posts', () => {
    const xi = byTitle('Xi Jinping extends');
    const pieces = xi.blocks.filter((b) => b.kind === 'reprint');
    assert.deepEqual(
      pieces.map((p) => p.kind === 'reprint' && p.heading),
      [
        'Xi extends greetings to working people nationwide ahead of Int’l Workers’ Day',
        'Xi replies to letter from Serbian steelworkers',
        'Xi’s article on mobilizing workers to participate in building a strong country, national rejuvenation to be published',
        'Organize and mobilize hundreds of millions of workers to actively participate in the great cause of building a strong country and national rejuvenation',
      ],
    );
    assert.match((pieces[0] as { origin?: string }).origin ?? '', /originally published by the Xinhua News Agency/);
    assert.deepEqual(xi.sources, ['Xinhua News Agency']);

    assert.ok(kinds('Delegates from Britain').includes('caption'));
    assert.ok(kinds('Delegates from Britain').includes('heading'));
    assert.equal(byTitle('Delegates from Britain').truncated, true);
    assert.equal(byTitle('China continues to strengthen').truncated, true);
    assert.deepEqual(byTitle('China continues to strengthen').sources, ['Radio Havana', 'Global Times']);
    assert.ok(kinds('Marcus Garvey').includes('heading'), 'Haryana to Harlem is a section heading');
    assert.ok(kinds('Silence!').includes('byline'));
    assert.deepEqual(byTitle('Webinar: Black Liberation').blocks[0].kind, 'event');
    const event = byTitle('Webinar: Black Liberation').blocks[0];
    assert.deepEqual(event.kind === 'event' && event.fields.map((f) => [f.label, f.value]), [
      ['Date', 'Saturday 11 May'],
      ['Time', '4pm Britain / 11am US Eastern / 8am US Pacific'],
    ]);
    assert.ok(kinds('Videos:').includes('list'));
    assert.ok(kinds('A month traveling').includes('quote'));
  });

  it('gives each block its language: the French post opens with an English introduction', () => {
    const fr = byTitle('Silence!');
    assert.equal(fr.blocks[0].lang, 'en');
    const piece = fr.blocks.find((b) => b.kind === 'reprint')!;
    assert.equal(piece.lang, 'fr');
    assert.ok(piece.kind === 'reprint' && piece.blocks.every((b) => b.lang === 'fr'));
    // "We reprint the French language version, …" is the editor's English.
    assert.equal(piece.kind === 'reprint' && piece.originLang, 'en');
    for (const post of posts.filter((p) => p !== fr)) {
      for (const b of walkBlocks(post.blocks)) assert.equal(b.lang, 'en', `${post.id}: ${blockText(b)[0]}`);
    }
  });

  it('links the French post to the English post it translates', () => {
    assert.equal(byTitle('Silence!').translationOf, byTitle('Quiet please!').id);
    assert.equal(posts.filter((p) => p.translationOf).length, 1);
  });

  it('gives readable, unique ids', () => {
    assert.equal(new Set(posts.map((p) => p.id)).size, 20);
    assert.equal(byTitle('Quiet please!').id, 'quiet-please-were-decolonising');
    for (const p of posts) assert.match(p.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('writes Markdown that reads back to the same post', () => {
    for (const post of posts) assert.deepEqual(markdownToPost(postToMarkdown(post), 'x.md').post, post);
  });
});
