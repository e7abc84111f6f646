/**
 * axe-core (WCAG 2.2 A/AA and best practices) on every element in every state a reader meets, in English and in
 * French. Shadow DOM included.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/article-card/article-card.js';
import '../../src/elements/bilingual-reader/bilingual-reader.js';
import '../../src/elements/quote-carousel/quote-carousel.js';
import '../../src/elements/search-box/search-box.js';
import { setLocale } from '../../src/index.js';
import { type CapturedWarnings, captureWarnings } from './harness/console.js';

const AXE = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
const inShadow = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

async function accessible(el: Element) {
  // Colours are checked as they end up, not halfway through a fade-in (style first, so animations exist).
  getComputedStyle(el).color;
  await new Promise((r) => requestAnimationFrame(r));
  for (let running = document.getAnimations(); running.length; running = document.getAnimations()) {
    await Promise.all(running.map((a) => a.finished));
  }
  // axe runs on the element, as a partner page's landmark would hold it.
  await expect(el).to.be.accessible(AXE as never);
}

for (const locale of ['en', 'fr']) {
  describe(`accessibility (${locale})`, function () {
    this.timeout(20_000);
    let warnings: CapturedWarnings;
    before(async () => {
      warnings = captureWarnings();
      await setLocale(locale);
    });
    after(async () => {
      warnings.restore();
      await setLocale(null);
    });

    it('article card: normal, compact, not found', async () => {
      for (const tpl of [
        html`<main>
          <fosc-article-card article="quiet-please-were-decolonising" href="https://example.org/q"></fosc-article-card>
        </main>`,
        html`<main>
          <fosc-article-card
            variant="compact"
            article="china-continues-to-strengthen-its-relations-with-socialist"
          ></fosc-article-card>
        </main>`,
        html`<main>
          <fosc-article-card article="nope"><a href="/">Archive</a></fosc-article-card>
        </main>`,
      ]) {
        const wrap = await fixture(tpl);
        const card = wrap.firstElementChild!;
        await waitUntil(() => inShadow(card, '[part~="title"], [part~="status"]'));
        await accessible(card);
      }
    });

    it('search box: closed, open listbox with an active option, no results', async () => {
      const wrap = await fixture(html`<main><fosc-search-box debounce="0"></fosc-search-box></main>`);
      const box = wrap.firstElementChild!;
      await accessible(box);
      const input = inShadow(box, 'input') as HTMLInputElement;
      input.focus();
      input.value = 'Cuba';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => inShadow(box, '[role="option"]'));
      await sendKeys({ press: 'ArrowDown' });
      await accessible(box);
      input.value = 'qqqxx';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => /qqqxx/.test(inShadow(box, '[role="status"]')!.textContent!));
      await accessible(box);
    });

    it('quote carousel: rotating, stopped', async () => {
      const wrap = await fixture(html`<main><fosc-quote-carousel interval="5000"></fosc-quote-carousel></main>`);
      const carousel = wrap.firstElementChild!;
      await waitUntil(() => inShadow(carousel, '[part~="slide"]'));
      await accessible(carousel);
      inShadow(carousel, '[part~="rotation"]')!.click();
      await accessible(carousel);
    });

    it('bilingual reader: each mode, and a partner’s own pair', async () => {
      for (const mode of ['interleaved', 'side-by-side', 'single']) {
        const wrap = await fixture(
          html`<main>
            <fosc-bilingual-reader article="silence-on-decolonise" mode=${mode}></fosc-bilingual-reader>
          </main>`,
        );
        const reader = wrap.firstElementChild!;
        await waitUntil(() => inShadow(reader, '[part~="segment"]'));
        await accessible(reader);
      }
      const wrap = await fixture(
        html`<main>
          <fosc-bilingual-reader mode="single">
            <article lang="en"><p>One paragraph of English text, then another.</p></article>
            <article lang="fr"><p>Un paragraphe de texte en français, puis un autre.</p></article>
          </fosc-bilingual-reader>
        </main>`,
      );
      const own = wrap.firstElementChild!;
      await waitUntil(() => inShadow(own, '[part~="segment"]'));
      await accessible(own);
    });
  });
}

describe('accessibility in dark mode', function () {
  this.timeout(20_000);
  it('every element, forced dark', async () => {
    const wrap = await fixture(
      html`<main style="background: #111">
        <fosc-article-card
          theme="dark"
          article="quiet-please-were-decolonising"
          href="https://example.org/q"
        ></fosc-article-card>
        <fosc-search-box theme="dark"></fosc-search-box>
        <fosc-quote-carousel theme="dark"></fosc-quote-carousel>
        <fosc-bilingual-reader theme="dark" article="silence-on-decolonise" mode="single"></fosc-bilingual-reader>
      </main>`,
    );
    const [card, box, carousel, reader] = [...wrap.children];
    await waitUntil(
      () =>
        inShadow(card, '[part~="title"]') &&
        inShadow(carousel, '[part~="slide"]') &&
        inShadow(reader, '[part~="segment"]'),
    );
    for (const el of [card, box, carousel, reader]) await accessible(el);
  });
});

describe('narrow screens and zoom', () => {
  it('at 320 px wide, and at 200 % zoom of 640 px, nothing overflows sideways', async () => {
    for (const style of ['width: 320px', 'width: 640px; zoom: 2']) {
      const wrap = await fixture(
        html`<div style=${style}>
          <fosc-article-card article="quiet-please-were-decolonising"></fosc-article-card>
          <fosc-search-box></fosc-search-box>
          <fosc-quote-carousel></fosc-quote-carousel>
          <fosc-bilingual-reader article="silence-on-decolonise" mode="side-by-side"></fosc-bilingual-reader>
        </div>`,
      );
      const [card, , carousel, reader] = [...wrap.children];
      await waitUntil(
        () =>
          inShadow(card, '[part~="title"]') &&
          inShadow(carousel, '[part~="slide"]') &&
          inShadow(reader, '[part~="segment"]'),
      );
      for (const el of wrap.children) {
        expect(el.scrollWidth, `${el.localName} (${style})`).to.be.at.most(el.clientWidth + 1);
        const inner = el.shadowRoot!.firstElementChild!;
        expect(inner.scrollWidth, `${el.localName} inside (${style})`).to.be.at.most(inner.clientWidth + 1);
      }
    }
  });
});

describe('visible focus', () => {
  it('every control a Tab reaches shows a focus ring', async function () {
    this.timeout(20_000);
    const wrap = await fixture(
      html`<main>
        <button id="start">start</button>
        <fosc-search-box></fosc-search-box>
        <fosc-article-card article="quiet-please-were-decolonising" href="https://example.org/q"></fosc-article-card>
        <fosc-quote-carousel interval="60000"></fosc-quote-carousel>
        <fosc-bilingual-reader article="silence-on-decolonise" mode="single"></fosc-bilingual-reader>
      </main>`,
    );
    const [, , card, carousel, reader] = [...wrap.children];
    await waitUntil(
      () =>
        inShadow(card, '[part~="title"]') &&
        inShadow(carousel, '[part~="slide"]') &&
        inShadow(reader, '[part~="segment"]'),
    );
    (wrap.querySelector('#start') as HTMLElement).focus();
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      let el = document.activeElement as Element | null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) break;
      const host = (el.getRootNode() as ShadowRoot).host;
      // The search field draws its ring on the box around it (focus-within), the reader's layout radio on its label.
      const ringed = el.matches('input') ? el.closest('[part~="field"], [part~="mode"]')! : el;
      const style = getComputedStyle(ringed);
      const label = `${host?.localName} ${el.getAttribute('part') ?? el.localName}`;
      seen.push(label);
      expect(style.outlineStyle, label).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), label).to.be.at.least(2);
    }
    expect(seen.some((s) => s.startsWith('fosc-search-box'))).to.equal(true);
    expect(seen.some((s) => s.startsWith('fosc-article-card'))).to.equal(true);
    expect(seen.some((s) => s.startsWith('fosc-quote-carousel'))).to.equal(true);
    expect(seen.some((s) => s.startsWith('fosc-bilingual-reader'))).to.equal(true);
  });
});
