import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf } from '../../src/i18n/direction.js';
import { capitalise, endonym, languageLabel, languageName } from '../../src/i18n/language-names.js';

describe('language names (one rule, L10N rules §3)', () => {
  it('names a language in the UI language inside a sentence, in its own as a choice', () => {
    assert.equal(languageName('en', 'fr'), 'anglais');
    assert.equal(languageName('en', 'es'), 'inglés');
    assert.equal(languageName('fr', 'zh-Hans'), '法语');
    assert.equal(endonym('fr'), 'français');
  });

  it('capitalises a name that opens a line, as the UI locale does', () => {
    assert.equal(languageLabel('en', 'fr'), 'Anglais');
    assert.equal(languageLabel('fr', 'es'), 'Francés');
    assert.equal(languageLabel('en', 'en'), 'English');
    assert.equal(languageLabel('en', 'zh-Hans'), '英语');
    // The locale's own rule, and a whole grapheme (a letter with a combining accent stays one).
    assert.equal(capitalise('istanbul', 'tr'), 'İstanbul');
    assert.equal(capitalise('e\u0301lan', 'fr'), 'E\u0301lan');
    assert.equal(capitalise('', 'fr'), '');
  });
});

describe('text direction (the one rule: i18n/direction.ts)', () => {
  it('is rtl for languages written right to left, by their likely script', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'az-Arab', 'yi']) assert.equal(directionOf(lang), 'rtl', lang);
    for (const lang of ['en', 'fr', 'zh-Hans', 'az', 'tr', 'not a tag', ''])
      assert.equal(directionOf(lang), 'ltr', lang);
  });
});
