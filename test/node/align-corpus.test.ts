/**
 * The aligner on real published translations (test/fixtures/parallel: the UDHR and the Debian Administrator's
 * Handbook, English against de, fr, es, ru, ar and zh) against their paragraph-level gold, beside plain
 * length-only Gale–Church.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../src/core/align/aligner.js';
import { f1, loadPairs, missingVariants, paragraphsOnly, showLinks } from '../fixtures/parallel/corpus.js';
import { galeChurch } from '../fixtures/parallel/gale-church.js';

const pairs = loadPairs();
const score = (pair: (typeof pairs)[number]) => f1(align(pair.a, pair.b), pair.gold);

describe('aligner on real published translations', () => {
  it('has every pair the issue names, in both genres', () => {
    const names = new Set(pairs.map((p) => p.name));
    for (const corpus of ['udhr', 'debian-handbook']) {
      for (const lang of ['de', 'fr', 'es', 'ru', 'ar', 'zh']) assert.ok(names.has(`${corpus} en–${lang}`));
    }
  });

  for (const pair of pairs) {
    it(`${pair.name}: F1 ≥ 0.97 as published, and never below plain Gale–Church`, () => {
      const ours = score(pair);
      const baseline = f1(galeChurch(pair.a, pair.b), pair.gold);
      assert.ok(ours >= 0.97, `F1 ${ours.toFixed(3)}`);
      assert.ok(ours >= baseline, `F1 ${ours.toFixed(3)} < Gale–Church ${baseline.toFixed(3)}`);
      // Without headings (paragraphs only), where numbered headings cannot help.
      const bare = paragraphsOnly(pair);
      const oursBare = score(bare);
      const baselineBare = f1(galeChurch(bare.a, bare.b), bare.gold);
      assert.ok(oursBare >= baselineBare, `paragraphs only: ${oursBare.toFixed(3)} < ${baselineBare.toFixed(3)}`);
    });

    it(`${pair.name}: F1 ≥ 0.95 on average with 1 to 3 paragraphs missing on either side`, () => {
      const variants = missingVariants(pair, 2);
      const scores = variants.map(score);
      const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
      assert.ok(mean >= 0.95, `mean F1 ${mean.toFixed(3)}, worst ${Math.min(...scores).toFixed(3)}`);
    });
  }

  it('gives each link a confidence a reader can trust: sure links right, wrong links less sure', () => {
    let sure = 0;
    let sureRight = 0;
    const right: number[] = [];
    const wrong: number[] = [];
    for (const pair of pairs) {
      for (const variant of [pair, ...missingVariants(pair, 1)]) {
        const gold = new Set(variant.gold.map((l) => showLinks([l])));
        for (const link of align(variant.a, variant.b)) {
          const c = link.confidence!;
          assert.ok(c >= 0 && c <= 1, `confidence ${c}`);
          const ok = gold.has(showLinks([link]));
          (ok ? right : wrong).push(c);
          if (c >= 0.9) {
            sure++;
            if (ok) sureRight++;
          }
        }
      }
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    assert.ok(sureRight / sure >= 0.995, `${sure - sureRight} of ${sure} links at ≥ 0.9 are wrong`);
    assert.ok(mean(right) > 0.9, `right links: mean confidence ${mean(right).toFixed(3)}`);
    assert.ok(mean(wrong) < 0.7, `wrong links: mean confidence ${mean(wrong).toFixed(3)}`);
  });

  it('is deterministic', () => {
    const pair = pairs.find((p) => p.name === 'udhr en–zh')!;
    assert.deepEqual(align(pair.a, pair.b), align(pair.a, pair.b));
  });
});
