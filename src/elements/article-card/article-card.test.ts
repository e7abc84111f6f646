import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../i18n/localization.js';
import { summary } from '../../runtime/api.js';
import * as t from '../../../test/browser/harness/index.js';
import './article-card.js';
import { FoscArticleCard } from './article-card.js';

const card = (template: TemplateResult) => t.ArticleCardHarness.fixture(template);

describe('<fosc-article-card>', () => {
  before(t.useFixtureArchive);

  it('shows the title as a link, the excerpt, language, reading time and where it first appeared', async () => {
    const h = await card(
      html`<fosc-article-card
        article="a-letter-from-the-coast"
        href="https://partner.example/letter"
      ></fosc-article-card>`,
    );
    expect(h.link!.textContent).to.equal('A letter from the coast');
    expect(h.link!.href).to.equal('https://partner.example/letter');
    expect(h.text('excerpt')).to.match(/^A reader sent us this letter/);
    expect(h.text('language')).to.equal('English');
    expect(h.text('reading-time')).to.match(/^\d+ min read$/);
    expect(h.text('source')).to.equal('First published in Coastal Gazette');
    expect(h.part('translation')).to.equal(null);
    // What a reader sees: the card is laid out and visible.
    expect(h.element.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('links the title where the partner’s fallback link points when the post has no URL', async () => {
    const h = await card(
      html`<fosc-article-card article="field-notes"
        ><a href="https://partner.example/marsh">Field notes</a></fosc-article-card
      >`,
    );
    expect(h.link!.href).to.equal('https://partner.example/marsh');
    // Once rendered, the fallback is no longer shown.
    expect(h.showsFallback).to.equal(false);
  });

  it('never renders a javascript: link, from an attribute or a fallback', async () => {
    const h = await card(
      html`<fosc-article-card article="field-notes" href="javascript:alert(1)"
        ><a href="javascript:alert(2)">x</a></fosc-article-card
      >`,
    );
    expect(h.link).to.equal(null);
    expect(h.title!.textContent).to.equal('Field notes from the salt marsh');
  });

  it('offers the translation, named in the UI language inside the sentence, and switches to it from the keyboard', async () => {
    const h = await card(
      html`<fosc-article-card article="harbour-lights" href="https://partner.example/harbour"></fosc-article-card>`,
    );
    // Issue 19: "Also in French", one sentence in the UI language (it was "Also in français").
    expect(h.text('translation')).to.equal('Also in French');
    expect(h.translationButton!.getAttribute('aria-label')).to.equal('Show this post in French');
    let switched: CustomEvent | undefined;
    h.element.addEventListener('fosc-translation-switch', (e) => (switched = e));

    // Keyboard only: Tab to the title link, Tab to the translation, Enter.
    const before = document.createElement('button');
    h.element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(h.link);
    await sendKeys({ press: 'Tab' });
    expect(h.focused?.tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    await t.until(() => h.title?.textContent === 'Les feux du port restent allumés', 'did not switch');
    expect(switched!.detail).to.deep.equal({ from: 'harbour-lights', to: 'les-feux-du-port', lang: 'fr' });
    expect(h.element.article).to.equal('les-feux-du-port');
    expect(h.title!.getAttribute('lang')).to.equal('fr');
    before.remove();
  });

  it('keeps the focus on a control in the card through the switch, then on the one that switches back', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    t.useFixtureSummaries((id, summary) => (id === 'les-feux-du-port' ? held.then(() => summary) : summary));
    try {
      const h = await card(html`<fosc-article-card article="harbour-lights"></fosc-article-card>`);
      h.translationButton!.focus();
      await sendKeys({ press: 'Enter' });
      await h.settled();
      // Loading: the English post stays, busy, and its button keeps the focus (not <body>).
      expect(h.loading).to.equal(true);
      expect(h.title!.textContent).to.equal('The harbour lights stay on');
      expect(h.focusedName).to.equal('button "French"');
      release();
      await t.until(() => h.title?.textContent === 'Les feux du port restent allumés', 'did not switch');
      await h.settled();
      expect(h.focusedName).to.equal('button "English"');
      expect(h.focusedControl === h.translationButton).to.equal(true);
      expect(h.text('translation')).to.equal('Also in English');
      // Enter again goes back, the focus still on the card's switch.
      await sendKeys({ press: 'Enter' });
      await t.until(() => h.title?.textContent === 'The harbour lights stay on', 'did not switch back');
      await h.settled();
      expect(h.focusedName).to.equal('button "French"');
      expect(h.text('translation')).to.equal('Also in French');
    } finally {
      t.useFixtureArchive();
    }
  });

  it('never links the translation to the page the partner gave for the original; says where to read it', async () => {
    const h = await card(
      html`<fosc-article-card article="harbour-lights" href="https://partner.example/harbour"></fosc-article-card>`,
    );
    expect(h.link!.href).to.equal('https://partner.example/harbour');
    await h.switchTranslation();
    expect(h.title!.textContent).to.equal('Les feux du port restent allumés');
    // The French post has no page: its title is no link, and the note leads to the English page, saying so.
    expect(h.link?.href).to.equal(undefined);
    const note = h.note!.querySelector('a')!;
    expect(note.textContent).to.equal('Read the whole post in English');
    expect(note.href).to.equal('https://partner.example/harbour');
    expect(note.getAttribute('hreflang')).to.equal('en');
    // Back on the original, the partner's link is the title's again.
    await h.switchTranslation();
    expect(h.link!.href).to.equal('https://partner.example/harbour');
    expect(h.note?.textContent).to.equal(undefined);
  });

  it('the partner’s fallback link belongs to the original too', async () => {
    const h = await card(
      html`<fosc-article-card article="harbour-lights"
        ><a href="https://partner.example/en">Harbour</a></fosc-article-card
      >`,
    );
    expect(h.link!.href).to.equal('https://partner.example/en');
    await h.switchTranslation();
    expect(h.link?.href).to.equal(undefined);
    expect(h.note!.querySelector('a')!.href).to.equal('https://partner.example/en');
  });

  it('links a translation shown in place to its own page when it has one', async () => {
    t.useFixtureSummaries((id, summary) =>
      id === 'les-feux-du-port' ? { ...summary!, url: 'https://example.org/fr/feux' } : summary,
    );
    try {
      const h = await card(
        html`<fosc-article-card article="harbour-lights" href="https://partner.example/harbour"></fosc-article-card>`,
      );
      await h.switchTranslation();
      expect(h.link!.href).to.equal('https://example.org/fr/feux');
      expect(h.note?.textContent).to.equal(undefined);
    } finally {
      t.useFixtureArchive();
    }
  });

  it('announces the switch politely, in the UI language', async () => {
    const h = await card(html`<fosc-article-card article="harbour-lights"></fosc-article-card>`);
    const region = h.$('.visually-hidden[role="status"]')!;
    expect(h.announcement).to.equal('');
    await h.switchTranslation();
    expect(h.announcement).to.equal('Showing the post in French.');
    await h.switchTranslation();
    expect(h.announcement).to.equal('Showing the post in English.');
    // The same live region throughout: a screen reader hears changes only in a region it already knows.
    expect(h.$('.visually-hidden[role="status"]') === region).to.equal(true);
  });

  it('lets a partner cancel the switch and route it', async () => {
    const h = await card(html`<fosc-article-card article="les-feux-du-port"></fosc-article-card>`);
    h.element.addEventListener('fosc-translation-switch', (e) => e.preventDefault());
    await h.switchTranslation();
    expect(h.element.article).to.equal('les-feux-du-port');
  });

  it('compact variant keeps the title and meta line only', async () => {
    const h = await card(
      html`<fosc-article-card variant="compact" article="a-letter-from-the-coast"></fosc-article-card>`,
    );
    expect(h.part('excerpt')).to.equal(null);
    expect(h.part('source')).to.equal(null);
    expect(h.title).to.exist;
  });

  it('puts its title at the heading level the page needs (default 2), and warns once about nonsense', async () => {
    const two = await card(html`<fosc-article-card article="field-notes"></fosc-article-card>`);
    expect(two.title!.localName).to.equal('h2');
    const four = await card(html`<fosc-article-card article="field-notes" heading-level="4"></fosc-article-card>`);
    expect(four.title!.localName).to.equal('h4');
    four.element.headingLevel = 1;
    await four.settled();
    expect(four.title!.localName).to.equal('h1');
    const warnings = t.captureWarnings();
    try {
      const odd = await card(html`<fosc-article-card article="field-notes" heading-level="9"></fosc-article-card>`);
      expect(odd.title!.localName).to.equal('h2');
      expect(warnings.messages).to.deep.equal([
        'fosc-article-card: heading-level="9" is not a number between 1 and 6; using 2.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('shows the publication date in the UI locale, in a <time>, when the post has one', async () => {
    t.useFixtureSummaries((id, summary) =>
      id === 'field-notes' ? { ...summary!, date: '2024-06-05T23:30:00-05:00' } : summary,
    );
    try {
      const h = await card(html`<fosc-article-card article="field-notes"></fosc-article-card>`);
      expect(h.date!.localName).to.equal('time');
      expect(h.date!.dateTime).to.equal('2024-06-05T23:30:00-05:00');
      // The day the source wrote, wherever the reader is; formatted by Intl.
      expect(h.text('date')).to.equal('Jun 5, 2024');
      expect(h.text('meta')).to.match(/^English \d+ min read Jun 5, 2024$/);
      for (const [locale, want] of [
        ['fr', '5 juin 2024'],
        ['es', '5 jun 2024'],
        ['zh-Hans', '2024年6月5日'],
      ]) {
        await setLocale(locale);
        expect(h.text('date'), locale).to.equal(want);
      }
      // Posts without a date (the seed archive today) show none.
      const undated = await card(html`<fosc-article-card article="harbour-lights"></fosc-article-card>`);
      expect(undated.date?.textContent).to.equal(undefined);
    } finally {
      await setLocale(null);
      t.useFixtureArchive();
    }
  });

  it('isolates outlet names and titles: a U+202E in them does not reverse the card’s own words', async () => {
    const RLO = '\u202E';
    t.useFixtureSummaries((id, summary) =>
      id === 'a-letter-from-the-coast'
        ? { ...summary!, title: `${RLO}Evil title`, sources: [`${RLO}Coastal Gazette`, 'Harbour Post'] }
        : summary,
    );
    try {
      const h = await card(html`<fosc-article-card article="a-letter-from-the-coast"></fosc-article-card>`);
      const source = h.part('source')!;
      const cites = [...source.querySelectorAll('cite')];
      expect(cites.map((c) => c.textContent)).to.deep.equal([`${RLO}Coastal Gazette`, 'Harbour Post']);
      expect(h.text('source')).to.equal(`First published in ${RLO}Coastal Gazette and Harbour Post`);
      // Laid out left to right as English reads: our words, the first outlet, "and", the second outlet.
      const words = [...source.childNodes].flatMap((n) =>
        n.nodeType === Node.TEXT_NODE && n.textContent!.trim() ? [n] : [],
      );
      const box = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect();
      };
      const [lead, and] = words.map(box);
      const [first, second] = cites.map(box);
      expect(lead.right).to.be.at.most(first.left + 0.5);
      expect(first.right).to.be.at.most(and.left + 0.5);
      expect(and.right).to.be.at.most(second.left + 0.5);
      for (const el of [...cites, h.title!]) expect(getComputedStyle(el).unicodeBidi, el.localName).to.equal('isolate');
    } finally {
      t.useFixtureArchive();
    }
  });

  it('says when the full post is not online: no URL, no href, no fallback link', async () => {
    const h = await card(html`<fosc-article-card article="field-notes"></fosc-article-card>`);
    expect(h.link?.href).to.equal(undefined);
    expect(h.text('note')).to.equal('The full post is not online.');
    const linked = await card(html`<fosc-article-card article="short-dispatch"></fosc-article-card>`);
    expect(linked.link!.href).to.equal('https://example.org/posts/short-dispatch');
    expect(linked.note?.textContent).to.equal(undefined);
  });

  it('shows a polite "not found" state and warns once for an unknown article', async () => {
    const warnings = t.captureWarnings();
    try {
      const h = await card(
        html`<fosc-article-card article="no-such-post"><a href="/">Our archive</a></fosc-article-card>`,
      );
      expect(h.status!.getAttribute('role')).to.equal('status');
      expect(h.status!.textContent).to.equal('This article could not be found.');
      // The partner's fallback link stays available.
      expect(h.showsFallback).to.equal(true);
      expect(warnings.including('fosc-article-card')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('no-such-post');
      // One prefix: the element's tag, not the library's name after it.
      expect(warnings.messages[0]).to.equal('fosc-article-card: no article with id "no-such-post" in this archive.');
    } finally {
      warnings.restore();
    }
  });

  it('treats a missing article attribute the same way', async () => {
    const warnings = t.captureWarnings();
    try {
      const h = await card(html`<fosc-article-card></fosc-article-card>`);
      expect(h.status!.textContent).to.equal('This article could not be found.');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('says when the archive cannot be loaded, and "Try again" loads it', async () => {
    await t.whileOffline(async (network, warnings) => {
      const h = await card(html`<fosc-article-card article="field-notes"></fosc-article-card>`);
      expect(h.status!.textContent).to.equal('The article could not be loaded. Check your connection.');
      expect(h.showsFallback).to.equal(true);
      expect(warnings.including('could not be loaded')).to.have.length(1);
      network.reconnect();
      h.part('retry')!.click();
      await t.until(() => h.title, 'did not load again');
      expect(h.title!.textContent).to.equal('Field notes from the salt marsh');
    });
  });

  it('shows the post asked for last, whatever order the loads finish in', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let late: Promise<unknown> | undefined;
    // The first post's summary arrives after the second's.
    t.useFixtureSummaries((id, summary) => {
      if (id !== 'harbour-lights') return summary;
      const later = held.then(() => summary);
      late = later;
      return later;
    });
    try {
      const el = await fixture<FoscArticleCard>(html`<fosc-article-card article="harbour-lights"></fosc-article-card>`);
      const h = new t.ArticleCardHarness(el);
      expect(h.loading).to.equal(true);
      el.article = 'field-notes';
      await h.loaded();
      release();
      await late;
      await new Promise((r) => requestAnimationFrame(r));
      await h.settled();
      expect(h.title!.textContent).to.equal('Field notes from the salt marsh');
    } finally {
      t.useFixtureArchive();
    }
  });

  it('shows a post the page has loaded already at once, with no loading state (and a server render the same)', async () => {
    await summary('field-notes');
    const el = document.createElement('fosc-article-card');
    el.article = 'field-notes';
    document.body.append(el);
    try {
      await el.updateComplete;
      // The first render, before the task's load settles: the post, not the skeleton.
      const h = new t.ArticleCardHarness(el);
      expect(h.loading).to.equal(false);
      expect(h.title!.textContent!.trim()).to.equal('Field notes from the salt marsh');
    } finally {
      el.remove();
    }
  });

  it('takes any value a framework sets on any property: not found, one warning each, never an error', async () => {
    const h = await card(html`<fosc-article-card article="harbour-lights"></fosc-article-card>`);
    const { errors, warnings } = await t.tryOddValues(h.element, async (name) => {
      if (name !== 'article') return;
      await h.loaded();
      // Never the old post: the card says it has none.
      expect(h.title).to.equal(null);
      expect(h.status!.textContent).to.equal('This article could not be found.');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.include('fosc-article-card: no article with id "42" in this archive.');
    expect(new Set(warnings).size).to.equal(warnings.length);
    await h.loaded();
    expect(h.title!.textContent).to.equal('The harbour lights stay on');
  });

  it('is dark when forced, light when forced, whatever the page', async () => {
    const dark = await card(html`<fosc-article-card theme="dark" article="field-notes"></fosc-article-card>`);
    const light = await card(html`<fosc-article-card theme="light" article="field-notes"></fosc-article-card>`);
    const luminance = (h: t.ArticleCardHarness) => {
      const [r, g, b] = getComputedStyle(h.part('card')!).backgroundColor.match(/\d+/g)!.map(Number);
      return (r + g + b) / 3;
    };
    expect(luminance(dark)).to.be.lessThan(60);
    expect(luminance(light)).to.be.greaterThan(200);
  });

  it('inherits the host page’s font', async () => {
    const wrap = await fixture(
      html`<div style="font-family: Georgia, serif">
        <fosc-article-card article="field-notes"></fosc-article-card>
      </div>`,
    );
    const h = new t.ArticleCardHarness(wrap.querySelector('fosc-article-card')!);
    await h.loaded();
    expect(getComputedStyle(h.part('excerpt')!).fontFamily).to.contain('Georgia');
  });

  it('is defined once even when the script runs twice', () => {
    class Impostor extends FoscArticleCard {}
    expect(() => Impostor.define('fosc-article-card')).not.to.throw();
    expect(customElements.get('fosc-article-card')).not.to.equal(Impostor);
  });

  describe('on the real archive', () => {
    t.onRealArchive();

    it('shows a reprinted post with its outlets', async () => {
      const id = 'china-continues-to-strengthen-its-relations-with-socialist';
      const h = await card(html`<fosc-article-card article=${id}></fosc-article-card>`);
      expect(h.title!.textContent).to.equal(
        'China continues to strengthen its relations with socialist Cuba in practical ways',
      );
      expect(h.text('excerpt')).to.match(/^China is continuing to strengthen/);
      expect(h.text('source')).to.equal('First published in Radio Havana and Global Times');
    });
  });
});
