import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMissingTranslations } from '../../src/pipeline/check-locales.js';
import { matchLocale } from '../../src/i18n/match-locale.js';

describe('UI locales', () => {
  it('every message the sources use is translated in every target locale (fr, es, zh-Hans, ar)', () => {
    assert.deepEqual(findMissingTranslations(), []);
  });

  it('negotiates BCP-47 tags to the nearest supported locale', () => {
    const supported = ['en', 'fr', 'es', 'zh-Hans', 'ar'];
    const cases: [string | null, string][] = [
      ['fr', 'fr'],
      ['fr-CA', 'fr'],
      ['FR-ch', 'fr'],
      ['es-419', 'es'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-TW', 'en'],
      ['ar', 'ar'],
      ['ar-EG', 'ar'],
      ['ar-SA', 'ar'],
      ['ar-MA', 'ar'],
      ['fa', 'en'],
      ['de', 'en'],
      ['en-GB', 'en'],
      ['', 'en'],
      [null, 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [tag, want] of cases) assert.equal(matchLocale(tag, supported, 'en'), want, String(tag));
  });
});
