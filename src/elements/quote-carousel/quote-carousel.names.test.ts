/**
 * Landmark names (issue 13): every carousel is a region, and a reader who lists a page's landmarks must tell them
 * apart and know what each holds. Default names say what the carousel holds and are distinct on the page; the
 * partner's `label` wins.
 */
import { expect, html } from '@open-wc/testing';
import { setLocale } from '../../i18n/localization.js';
import * as t from '../../../test/browser/harness/index.js';
import './quote-carousel.js';

/** Renders carousels in a partner page and waits until each has loaded; returns their harnesses. */
async function onPage(template: ReturnType<typeof html>) {
  const page = await t.partnerPage(template);
  const all = [...page.querySelectorAll('fosc-quote-carousel')].map((el) => new t.QuoteCarouselHarness(el));
  for (const h of all) await h.loaded();
  for (const h of all) await h.settled();
  return { page, all, names: () => all.map((h) => h.name) };
}

describe('<fosc-quote-carousel> names', () => {
  before(t.useFixtureArchive);
  after(() => setLocale(null));

  it('two unfiltered carousels on one page get distinct names, and axe finds no duplicate landmark', async () => {
    const { page, names } = await onPage(
      html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>
        <fosc-quote-carousel interval="60000"></fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal(['Quotes from the archive', 'Quotes from the archive (2)']);
    await t.expectAccessible(page);
  });

  it('a blogger’s own quotes are not "from the archive"', async () => {
    const { names } = await onPage(
      html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>
        <fosc-quote-carousel interval="60000">
          <blockquote>Words of mine, long enough to be a quote.<cite>Ada</cite></blockquote>
          <blockquote>Words of hers, long enough to be a quote.<cite>Grace</cite></blockquote>
        </fosc-quote-carousel>
        <fosc-quote-carousel interval="60000">
          <blockquote>One person’s words, long enough to be a quote.<cite>Rosa Parks</cite></blockquote>
        </fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal(['Quotes from the archive', 'Selected quotes', 'Quotes by Rosa Parks']);
  });

  it('a filtered carousel says what it holds: a speaker (full name), a post, a search, a language', async () => {
    const { names } = await onPage(
      html`<fosc-quote-carousel speaker="ada"></fosc-quote-carousel>
        <fosc-quote-carousel article="short-dispatch"></fosc-quote-carousel>
        <fosc-quote-carousel article="une-chronique"></fosc-quote-carousel>
        <fosc-quote-carousel query="marsh"></fosc-quote-carousel>
        <fosc-quote-carousel language="fr"></fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal([
      'Quotes by Ada Lovelace',
      'Quotes from “A short dispatch on the ferry timetable”',
      // A post without quotes is named all the same.
      'Quotes from “Chronique du marché couvert”',
      'Quotes from posts about “marsh”',
      'Quotes in French',
    ]);
  });

  it('names are in the UI language, the language named as a sentence in that language has it', async () => {
    await setLocale('fr');
    const { names } = await onPage(
      html`<fosc-quote-carousel language="fr"></fosc-quote-carousel>
        <fosc-quote-carousel></fosc-quote-carousel>
        <fosc-quote-carousel></fosc-quote-carousel>
        <fosc-quote-carousel article="short-dispatch"></fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal([
      'Citations en français',
      'Citations des archives',
      'Citations des archives (2)',
      'Citations tirées de «\u202fA short dispatch on the ferry timetable\u202f»',
    ]);
    await setLocale('zh-Hans');
    expect(names()).to.deep.equal([
      '法语引语',
      '文章库中的引语',
      '文章库中的引语（2）',
      '《A short dispatch on the ferry timetable》中的引语',
    ]);
    await setLocale('en');
  });

  it('the partner’s label wins, and is never numbered', async () => {
    const { names } = await onPage(
      html`<fosc-quote-carousel label="From our readers"></fosc-quote-carousel>
        <fosc-quote-carousel label="From our readers"></fosc-quote-carousel>
        <fosc-quote-carousel speaker="ada" label="Ada, in her words"></fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal(['From our readers', 'From our readers', 'Ada, in her words']);
  });

  it('numbers follow the page: when the first carousel leaves, the second takes the plain name', async () => {
    const { all, names } = await onPage(
      html`<fosc-quote-carousel></fosc-quote-carousel>
        <fosc-quote-carousel></fosc-quote-carousel>
        <fosc-quote-carousel></fosc-quote-carousel>`,
    );
    expect(names()).to.deep.equal([
      'Quotes from the archive',
      'Quotes from the archive (2)',
      'Quotes from the archive (3)',
    ]);
    all[0].element.remove();
    await all[1].settled();
    await all[2].settled();
    expect([all[1].name, all[2].name]).to.deep.equal(['Quotes from the archive', 'Quotes from the archive (2)']);
    // A filter set later gives a carousel a name of its own, and the other ones close up.
    all[1].element.setAttribute('speaker', 'Grace');
    await t.until(() => all[1].name === 'Quotes by Grace Hopper', all[1].name);
    await all[2].settled();
    expect([all[1].name, all[2].name]).to.deep.equal(['Quotes by Grace Hopper', 'Quotes from the archive']);
  });
});
