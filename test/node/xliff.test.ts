/**
 * The XLIFF a translator receives, as `lit-localize extract` writes it from the sources now (issue 19): a note on
 * every unit, a target everywhere, placeholders kept, French and Chinese typography, no language name spliced in
 * from another language.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { extractLocales } from '../../src/pipeline/check-locales.js';
import type { XliffFile } from '../../src/pipeline/xliff-units.js';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] };
const uiLocales = ['en', ...targetLocales];
const languages = ['en', 'fr', 'es', 'zh-Hans', 'ar', 'de', 'ru'];

/** Each unit's target text with its placeholders (`{0}`) taken out: only the translator's own words. */
const words = (text: string) => text.replace(/\{\d+\}/g, '');

describe('XLIFF files', () => {
  let files: XliffFile[];
  const file = (locale: string) => files.find((f) => f.locale === locale)!;
  before(() => (files = extractLocales()));

  it('exist for every target locale, with the same units', () => {
    assert.deepEqual(files.map((f) => f.locale).sort(), [...targetLocales].sort());
    const ids = (f: XliffFile) => f.units.map((u) => u.id).sort();
    for (const f of files) assert.deepEqual(ids(f), ids(files[0]), f.locale);
    assert.ok(files[0].units.length >= 50, `${files[0].units.length} units`);
  });

  it('give every unit a note for translators (every msg() has a desc)', () => {
    for (const { locale, units } of files)
      for (const u of units) assert.ok(u.note && u.note.trim().length > 10, `${locale} ${u.id} "${u.source}"`);
  });

  it('give every unit a target that keeps the source’s placeholders, none lost, none added', () => {
    for (const { locale, units } of files)
      for (const u of units) {
        assert.ok(u.target?.trim(), `${locale} ${u.id}: no target`);
        assert.deepEqual(u.targetPlaceholders, u.sourcePlaceholders, `${locale} ${u.id}: "${u.target}"`);
      }
  });

  it('write French with no-break spaces (U+202F in « », before ; ! ?; U+00A0 or U+202F before :) and ’', () => {
    for (const u of file('fr').units) {
      const t = u.target!;
      const where = `fr ${u.id}: "${t}"`;
      assert.doesNotMatch(t, /[ \t\n][;!?:»]|«[ \t\n]/, `plain space at a French mark: ${where}`);
      assert.doesNotMatch(t, /[^\u202f][;!?»]|«[^\u202f]/u, `no U+202F at a French mark: ${where}`);
      assert.doesNotMatch(t, /[^\u202f\u00a0]:/u, `no no-break space before a colon: ${where}`);
      assert.doesNotMatch(t, /'/, `straight apostrophe: ${where}`);
      assert.doesNotMatch(t, /"|“|”/, `English quotation marks: ${where}`);
    }
  });

  it('write Chinese with full-width punctuation, “……”, and no space between a number and its unit', () => {
    for (const u of file('zh-Hans').units) {
      const t = words(u.target!);
      const where = `zh-Hans ${u.id}: "${u.target}"`;
      assert.doesNotMatch(t, /[\p{Script=Han}][,.;:!?()]|[,.;:!?(]\s*[\p{Script=Han}]/u, `half-width mark: ${where}`);
      assert.doesNotMatch(t.replace(/……/g, ''), /…|\.\.\./, `ellipsis: ${where}`);
      assert.doesNotMatch(u.target!, /[\d}]\s+[条分个篇]/u, `space between a number and its unit: ${where}`);
    }
  });

  it('use an ellipsis character, not three dots, and end no translation with a stray space', () => {
    for (const { locale, units } of files)
      for (const u of units) {
        assert.doesNotMatch(u.target!, /\.\.\./, `${locale} ${u.id}`);
        assert.equal(u.target, u.target!.trim(), `${locale} ${u.id}: "${u.target}"`);
      }
  });

  it('splice in no language name of another language (“Aussi en English”, “in français”)', () => {
    // The names every UI locale gives these languages; a target may hold its own locale's names, no other's.
    const names = (ui: string) =>
      new Set(languages.map((l) => new Intl.DisplayNames([ui], { type: 'language' }).of(l)!));
    for (const { locale, units } of files) {
      const own = names(locale);
      const foreign = uiLocales
        .filter((ui) => ui !== locale)
        .flatMap((ui) => [...names(ui)])
        .filter((name) => !own.has(name));
      for (const u of units)
        for (const name of foreign)
          assert.ok(
            !u.target!.toLowerCase().includes(name.toLowerCase()),
            `${locale} ${u.id}: "${name}" in "${u.target}"`,
          );
    }
  });

  it('name a language through a placeholder, never in the source text', () => {
    const english = new Set(languages.map((l) => new Intl.DisplayNames(['en'], { type: 'language' }).of(l)!));
    for (const u of files[0].units)
      for (const name of english) assert.ok(!u.source.includes(name), `${u.id}: "${name}" in "${u.source}"`);
  });
});
