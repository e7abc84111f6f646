/**
 * The card's translation switch: "Also in …" switches in place from the keyboard, keeps the focus in the card,
 * links each language to its own page only, and says what changed.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './article-card.js';

const card = (template: TemplateResult) => t.ArticleCardHarness.fixture(template);

describe('<fosc-article-card> translation switch', () => {
  before(t.useFixtureArchive);

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
});
