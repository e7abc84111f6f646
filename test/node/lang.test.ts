import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLang } from '../../src/pipeline/lang.js';

/** An English and French archive (the importer's default candidates), as a blog's export often is not. */
const ARCHIVE = { candidates: ['en', 'fr'] };

describe('language detection', () => {
  it('names a post in another script by its script, however short, whatever the archive’s languages', () => {
    for (const [text, lang] of [
      ['这是一篇中文博客文章。我们写的是各国人民之间的团结与友谊。', 'zh'],
      ['Привет, мир! Это короткий пост.', 'ru'],
      ['これは日本語のブログ記事です。', 'ja'],
      ['안녕하세요 세계', 'ko'],
      ['مرحبا بالعالم، هذه مقالة قصيرة', 'ar'],
      ['Το άρθρο αυτό είναι στα ελληνικά και μιλά για την ειρήνη.', 'el'],
      [
        'Це довга українська стаття про мир і дружбу між народами світу, написана для нашого блогу сьогодні ввечері.',
        'uk',
      ],
    ]) {
      assert.equal(detectLang(text, 'en', ARCHIVE), lang, text);
    }
  });

  it('keeps a context already written in that script (Traditional Chinese stays zh-Hant)', () => {
    assert.equal(detectLang('這是一篇中文部落格文章。', 'zh-Hant', ARCHIVE), 'zh-Hant');
  });

  it('chooses among the archive’s languages for Latin text, and a few words of another script change nothing', () => {
    assert.equal(
      detectLang('Nous avons été, nous sommes et demeurerons toujours pour et avec le peuple nigérien.', 'en', ARCHIVE),
      'fr',
    );
    assert.equal(
      detectLang(
        'The meeting with Xi Jinping (习近平) was long and fruitful for both sides of the table.',
        'en',
        ARCHIVE,
      ),
      'en',
    );
    assert.equal(detectLang('Short line', 'fr', ARCHIVE), 'fr');
  });
});
