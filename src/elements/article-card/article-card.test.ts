import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
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

  it('offers the translation, named in its own language, and switches to it from the keyboard', async () => {
    const h = await card(
      html`<fosc-article-card article="harbour-lights" href="https://partner.example/harbour"></fosc-article-card>`,
    );
    expect(h.text('translation')).to.equal('Also in français');
    expect(h.part('translation')!.querySelector('[lang="fr"]')).to.exist;
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
    t.useFixtureArchiveThrough((name, read) =>
      name.includes('harbour-lights') ? (late = held.then(() => read(name))) : read(name),
    );
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
