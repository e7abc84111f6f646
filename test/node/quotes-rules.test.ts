/**
 * The quote rules on posts written for the test, in the archive's format: each kind of quotation the issue names
 * (a quotation introduced by its source, a paragraph that is a quotation, a speech reprinted without marks, words
 * in « », famous last words, an author's first-person report), with names that appear nowhere in the archive.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { markdownToPost } from '../../src/pipeline/markdown.js';
import { extractQuotes } from '../../src/pipeline/quotes/extract.js';

function quotesOf(body: string, lang = 'en') {
  const source = `---\nid: test-post\ntitle: A test post\nlang: ${lang}\nsources: []\ntruncated: false\n---\n\n${body}\n`;
  return extractQuotes(deriveArticles([markdownToPost(source, 'test.md').post])[0]);
}
const find = (quotes: ReturnType<typeof quotesOf>, words: string) => quotes.find((q) => q.text.includes(words));

describe('quote rules, on posts written for the test', () => {
  it('takes a quotation the editors introduce by its source, the author the post names', () => {
    const quotes = quotesOf(
      [
        'What follows is an essay by Marta Quillon, a teacher from Lyon, on the rivers of her childhood.',
        'As the author points out, “rivers remember what the towns along them would rather forget.” We agree.',
        'She adds that the water was “cold and clean”.',
      ].join('\n\n'),
    );
    const quote = find(quotes, 'rivers remember');
    assert.equal(quote?.text, 'rivers remember what the towns along them would rather forget.');
    assert.equal(quote?.speaker, 'Marta Quillon');
    assert.equal(find(quotes, 'cold and clean'), undefined, 'a half sentence is not a quote');
  });

  it('gives a paragraph that is a quotation the speaker named in the paragraph before', () => {
    const quotes = quotesOf(
      [
        'Governor Ilse Brandvold spoke at the opening of the new bridge. Brandvold said:',
        '“A bridge is a promise that the other bank will still be there tomorrow, whatever the river does tonight.”',
      ].join('\n\n'),
    );
    assert.equal(find(quotes, 'A bridge is a promise')?.speaker, 'Ilse Brandvold');
  });

  it('takes each paragraph of a block quotation, with the speaker, the closing mark of the whole left out', () => {
    const quotes = quotesOf(
      [
        'Osric Fenwhistle wrote to the council. He continued:',
        '> “The library must stay open every evening of the week, because that is when the workers can come.\n>\n> “We have been, we are and we will remain the readers of this town, and we will not be turned away at the door.”',
      ].join('\n\n'),
    );
    const second = find(quotes, 'We have been, we are');
    assert.equal(second?.speaker, 'Osric Fenwhistle');
    assert.ok(second?.text.endsWith('at the door.'), second?.text);
    assert.equal(find(quotes, 'The library must stay open')?.speaker, 'Osric Fenwhistle');
  });

  it('reads words in guillemets in a French story, with their speaker', () => {
    const quotes = quotesOf(
      'Le maire Anatole Ferrandier a déclaré : « Nous avons été, nous sommes et nous resterons toujours avec les habitants du quartier. »',
      'fr',
    );
    const quote = find(quotes, 'Nous avons été');
    assert.equal(quote?.speaker, 'Anatole Ferrandier');
    assert.equal(quote?.lang, 'fr');
    assert.ok(quote?.text.endsWith('du quartier.'), quote?.text);
  });

  it('keeps famous last words, attributed in the narrative', () => {
    const quotes = quotesOf(
      'Facing the firing squad in 1802, the rebel leader Amaru Kellqa declared: “You may kill one of us, but the mountains will send a thousand more.”',
    );
    assert.equal(find(quotes, 'mountains will send')?.speaker, 'Amaru Kellqa');
  });

  it('gives the editors’ quotations of a first-person report to its author; the same words in a reprint, to nobody', () => {
    const intro = [
      'What follows is an original article by Tobiah Strand, who spent a month walking across the islands.',
      'The islands are poor but generous. “We were fed in every village we passed through, and nobody asked us for a single coin.”',
    ];
    const quotes = quotesOf(intro.join('\n\n'));
    assert.equal(find(quotes, 'We were fed in every village')?.speaker, 'Tobiah Strand');
    const reprinted = quotesOf(`The islands are poor.\n\n:::reprint{outlet="Island News"}\n${intro[1]}\n:::`);
    assert.equal(find(reprinted, 'We were fed in every village')?.speaker, undefined);
  });

  it('takes the strongest sentences of a speech reprinted in its speaker’s own words, not the editors’ note', () => {
    const quotes = quotesOf(
      [
        'The minister spoke to the farmers’ congress.',
        '::::reprint',
        '## On the harvest',
        '',
        ':::byline',
        'Halvard Ostby',
        ':::',
        '',
        'Here, I would like to say a few words about the coming year and the work ahead of all of us.',
        'First, we must finish the irrigation works before the spring rains, in every district, without delay.',
        'The land is the common wealth of the people, and the farmer is its keeper. We must protect both of them.',
        'In 2023, the congress adopted 14 resolutions, 9 of which concern water, 3 credit and 2 training.',
        'This is the full text of Minister Halvard Ostby’s speech to the congress on 3 March.',
        '::::',
      ].join('\n\n'),
    );
    const strongest = find(quotes, 'The land is the common wealth');
    assert.equal(strongest?.speaker, 'Halvard Ostby');
    assert.equal(find(quotes, 'This is the full text'), undefined, 'the editors’ note is not the speaker’s');
    assert.equal(find(quotes, 'adopted 14 resolutions'), undefined);
    assert.equal(find(quotes, 'Here, I would like'), undefined);
  });

  it('gives no speaker to a quotation introduced by someone the text does not name', () => {
    const quotes = quotesOf(
      [
        'What follows is an essay by Marta Quillon.',
        'In 1950, a visiting engineer reported:',
        '> “The dam will hold for a hundred years if the villages downstream are told the truth about it.”',
      ].join('\n\n'),
    );
    const quote = find(quotes, 'The dam will hold');
    assert.ok(quote);
    assert.equal(quote.speaker, undefined);
  });
});
