import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PluralForms, plural, pluralCategory } from '../../src/i18n/plural.js';

/** Every category's form says its name: what plural() picked. */
const named: PluralForms = {
  zero: () => 'zero',
  one: () => 'one',
  two: () => 'two',
  few: () => 'few',
  many: () => 'many',
  other: () => 'other',
};
const pick = (locale: string, numbers: number[], forms = named) => numbers.map((n) => plural(n, forms, locale));

describe('plural forms (every CLDR category, L10N rules §5)', () => {
  it('picks Arabic’s six categories: 0, 1, 2, 3–10, 11–99, 100–102', () => {
    assert.deepEqual(pick('ar', [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]), [
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'few', 'many',
    ]); // prettier-ignore
  });

  it('picks Russian and Polish one/few/many, with their own rules for 21, 22 and 25', () => {
    assert.deepEqual(pick('ru', [1, 2, 5, 11, 21, 22, 25, 1.5]), [
      'one', 'few', 'many', 'many', 'one', 'few', 'many', 'other',
    ]); // prettier-ignore
    assert.deepEqual(pick('pl', [1, 2, 5, 12, 21, 22, 25, 1.5]), [
      'one', 'few', 'many', 'many', 'many', 'few', 'many', 'other',
    ]); // prettier-ignore
  });

  it('picks French one for 0 and 1, many for round millions', () => {
    assert.deepEqual(pick('fr', [0, 1, 2, 1_000_000, 1_000_001]), ['one', 'one', 'other', 'many', 'other']);
    assert.deepEqual(pick('en', [0, 1, 2, 1_000_000]), ['other', 'one', 'other', 'other']);
  });

  it('agrees with Intl.PluralRules, and falls back to other where no form is given', () => {
    for (const locale of ['ar', 'ru', 'pl', 'fr'])
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000])
        assert.equal(pluralCategory(n, locale), new Intl.PluralRules(locale).select(n), `${locale} ${n}`);
    const oneOther: PluralForms = { one: () => 'one', other: () => 'other' };
    assert.deepEqual(pick('ar', [0, 1, 2, 3, 11], oneOther), ['other', 'one', 'other', 'other', 'other']);
    assert.deepEqual(pick('ru', [1, 2, 5], { other: () => 'other' }), ['other', 'other', 'other']);
  });
});
