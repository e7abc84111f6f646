import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './article-card.js';
import { defineOnce } from '../shared/define.js';
import type { FoscArticleCard } from './article-card.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const rendered = (el: FoscArticleCard) =>
  waitUntil(() => part(el, 'title') || part(el, 'status'), 'card did not render');

function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('<fosc-article-card>', () => {
  it('shows the title as a link, the excerpt, language, reading time and where it first appeared', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card
        article="china-continues-to-strengthen-its-relations-with-socialist"
        href="https://example.org/posts/cuba"
      ></fosc-article-card>`,
    );
    await rendered(el);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.textContent).to.equal(
      'China continues to strengthen its relations with socialist Cuba in practical ways',
    );
    expect(link.href).to.equal('https://example.org/posts/cuba');
    expect(part(el, 'excerpt')!.textContent).to.match(/^China is continuing to strengthen/);
    expect(part(el, 'language')!.textContent).to.equal('English');
    expect(part(el, 'reading-time')!.textContent).to.match(/^\d+ min read$/);
    expect(part(el, 'source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'First published in Radio Havana and Global Times',
    );
    expect(part(el, 'translation')).to.equal(null);
    // What a reader sees: the card is laid out and visible.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('links the title where the partner’s fallback link points when the post has no URL', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card article="a-month-traveling-in-china"
        ><a href="https://partner.example/china-trip">A month traveling in China</a></fosc-article-card
      >`,
    );
    await rendered(el);
    expect((part(el, 'link') as HTMLAnchorElement).href).to.equal('https://partner.example/china-trip');
    // Once rendered, the fallback is no longer shown.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('never renders a javascript: link, from an attribute or a fallback', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card article="a-month-traveling-in-china" href="javascript:alert(1)"
        ><a href="javascript:alert(2)">x</a></fosc-article-card
      >`,
    );
    await rendered(el);
    expect(part(el, 'link')).to.equal(null);
    expect(part(el, 'title')!.textContent).to.equal('A month traveling in China');
  });

  it('offers the translation, named in its own language, and switches to it from the keyboard', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card
        article="quiet-please-were-decolonising"
        href="https://example.org/quiet"
      ></fosc-article-card>`,
    );
    await rendered(el);
    const translation = part(el, 'translation')!;
    expect(translation.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Also in français');
    expect(translation.querySelector('[lang="fr"]')).to.exist;
    let switched: CustomEvent | undefined;
    el.addEventListener('fosc-translation-switch', (e) => (switched = e as CustomEvent));

    // Keyboard only: Tab to the title link, Tab to the translation, Enter.
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () =>
        part(el, 'link')?.textContent === 'Silence! On décolonise' ||
        part(el, 'title')?.textContent === 'Silence! On décolonise',
    );
    expect(switched!.detail).to.deep.equal({
      from: 'quiet-please-were-decolonising',
      to: 'silence-on-decolonise',
      lang: 'fr',
    });
    expect(el.article).to.equal('silence-on-decolonise');
    expect(part(el, 'title')!.getAttribute('lang')).to.equal('fr');
    before.remove();
  });

  it('lets a partner cancel the switch and route it', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card article="silence-on-decolonise"></fosc-article-card>`,
    );
    await rendered(el);
    el.addEventListener('fosc-translation-switch', (e) => e.preventDefault());
    (part(el, 'translation')!.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.article).to.equal('silence-on-decolonise');
  });

  it('compact variant keeps the title and meta line only', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<fosc-article-card
        variant="compact"
        article="china-continues-to-strengthen-its-relations-with-socialist"
      ></fosc-article-card>`,
    );
    await rendered(el);
    expect(part(el, 'excerpt')).to.equal(null);
    expect(part(el, 'source')).to.equal(null);
    expect(part(el, 'title')).to.exist;
  });

  it('shows a polite "not found" state and warns once for an unknown article', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<FoscArticleCard>(
        html`<fosc-article-card article="no-such-post"><a href="/">Our archive</a></fosc-article-card>`,
      );
      await rendered(el);
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('This article could not be found.');
      // The partner's fallback link stays available.
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(warnings.filter((w) => w.includes('fosc-article-card'))).to.have.length(1);
      expect(warnings[0]).to.contain('no-such-post');
    } finally {
      restore();
    }
  });

  it('treats a missing article attribute the same way', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<FoscArticleCard>(html`<fosc-article-card></fosc-article-card>`);
      await rendered(el);
      expect(part(el, 'status')!.textContent).to.equal('This article could not be found.');
      expect(warnings).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('is dark when forced, light when forced, whatever the page', async () => {
    const dark = await fixture<FoscArticleCard>(
      html`<fosc-article-card theme="dark" article="a-month-traveling-in-china"></fosc-article-card>`,
    );
    const light = await fixture<FoscArticleCard>(
      html`<fosc-article-card theme="light" article="a-month-traveling-in-china"></fosc-article-card>`,
    );
    await rendered(dark);
    await rendered(light);
    const luminance = (el: FoscArticleCard) => {
      const [r, g, b] = getComputedStyle(part(el, 'card')!).backgroundColor.match(/\d+/g)!.map(Number);
      return (r + g + b) / 3;
    };
    expect(luminance(dark)).to.be.lessThan(60);
    expect(luminance(light)).to.be.greaterThan(200);
  });

  it('inherits the host page’s font', async () => {
    const el = await fixture<FoscArticleCard>(
      html`<div style="font-family: Georgia, serif">
        <fosc-article-card article="a-month-traveling-in-china"></fosc-article-card>
      </div>`,
    );
    const card = el.querySelector('fosc-article-card')!;
    await rendered(card);
    expect(getComputedStyle(part(card, 'excerpt')!).fontFamily).to.contain('Georgia');
  });

  it('is defined once even when the script runs twice', () => {
    class Impostor extends HTMLElement {}
    expect(() => defineOnce('fosc-article-card', Impostor)).not.to.throw();
    expect(customElements.get('fosc-article-card')).not.to.equal(Impostor);
  });
});
