/**
 * Pull quotes against a set judged by reading the archive (test/fixtures/quotes-judged.json): 30 quotations a reader
 * remembers, with their speakers; 30 texts that must never be offered; and a person's verdict on every quote offered
 * when the set was written. Recall and precision are reported here and printed by `npm run bench`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { blockText, walkBlocks } from '../../src/core/post.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { key } from '../../src/pipeline/quotes/dedupe.js';
import { extractQuotes } from '../../src/pipeline/quotes/extract.js';
import { type JudgedSet, judgeQuotes } from '../../src/pipeline/quotes/judge.js';

const set = JSON.parse(readFileSync('test/fixtures/quotes-judged.json', 'utf8')) as JudgedSet;
const articles = deriveArticles(loadContent('content'));
const quotes = articles.flatMap(extractQuotes);
const result = judgeQuotes(quotes, set);

describe('pull quotes against the judged set', () => {
  it('is a set of 30 and 30 texts, each standing in its post', () => {
    assert.equal(set.remembered.length, 30);
    assert.equal(set.notQuotes.length, 30);
    for (const { article, text } of [
      ...set.remembered.map((r) => ({ article: r.article, text: r.words })),
      ...set.notQuotes,
    ]) {
      const post = articles.find((a) => a.id === article);
      assert.ok(post, article);
      const all = key([post.title, ...[...walkBlocks(post.blocks)].flatMap(blockText)].join(' '));
      assert.ok(all.includes(key(text)), `not in ${article}: ${text}`);
    }
  });

  it('finds at least 90 % of the quotations a reader remembers', (t) => {
    const recall = result.found / set.remembered.length;
    t.diagnostic(
      `recall ${result.found}/${set.remembered.length} = ${recall.toFixed(3)}; missed: ${result.missed.join(' | ')}`,
    );
    assert.ok(recall >= 0.9, `recall ${recall}: missed ${result.missed.join(' | ')}`);
  });

  it('gives each found quotation its speaker, and none where the text names nobody', () => {
    assert.deepEqual(result.wrongSpeaker, []);
  });

  it('offers none of the texts that are not quotations', () => {
    assert.deepEqual(result.offeredNotQuotes, []);
  });

  it('offers quotes a person accepts: at least 90 % of those judged, most of what is offered judged', (t) => {
    const precision = result.accepted / result.judged;
    t.diagnostic(
      `precision ${result.accepted}/${result.judged} = ${precision.toFixed(3)} of judged quotes; ${result.judged} of ${result.offered} offered judged`,
    );
    assert.ok(
      result.judged >= 0.8 * result.offered,
      `judged ${result.judged} of ${result.offered}: ${result.unjudged.join(' | ')}`,
    );
    assert.ok(precision >= 0.9, `precision ${precision}`);
  });
});
