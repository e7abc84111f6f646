/**
 * Hostile text and attributes render inert: markup in text is shown as text, links are http(s) only, bidi controls
 * cannot reorder the widget's own labels, and no script runs. Every element takes text from a partner (own quotes,
 * own pair, a query, attributes) through the same templates as the archive's text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/article-card/article-card.js';
import '../../src/elements/bilingual-reader/bilingual-reader.js';
import '../../src/elements/quote-carousel/quote-carousel.js';
import '../../src/elements/search-box/search-box.js';

const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '\u202eevil\u202c reversed',
].join(' ');

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** Elements that must never appear inside a widget from text. */
const noMarkupFrom = (root: ShadowRoot) => {
  expect(root.querySelector('script, img, svg[onload], iframe, object')).to.equal(null);
  for (const a of root.querySelectorAll('a')) expect(a.href).to.match(/^https?:/);
};

describe('hostile content', () => {
  beforeEach(() => (window.__pwned = undefined));
  afterEach(async () => {
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__pwned).to.equal(undefined);
  });

  it('the carousel shows a partner’s hostile quotes and links as text, links only http(s)', async () => {
    const el = await fixture(
      html`<fosc-quote-carousel>
        <blockquote cite="javascript:window.__pwned='cite'">
          ${HOSTILE}
          <footer>${HOSTILE}</footer>
        </blockquote>
        <blockquote cite="data:text/html,<script>alert(1)</script>">
          Plain words of a second quote, long enough.
        </blockquote>
      </fosc-quote-carousel>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('blockquote'));
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent).to.contain('<script>window.__pwned');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    noMarkupFrom(el.shadowRoot!);
  });

  it('the reader aligns and shows a partner’s hostile pair as text', async () => {
    const el = await fixture(
      html`<fosc-bilingual-reader>
        <article lang="en"><p>${HOSTILE}</p></article>
        <article lang="fr"><p>${HOSTILE} en français</p></article>
      </fosc-bilingual-reader>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="segment"]'));
    expect(el.shadowRoot!.querySelector('[part~="version"]')!.textContent).to.contain('<img src=x onerror=');
    noMarkupFrom(el.shadowRoot!);
  });

  it('the search box echoes a hostile query as text', async () => {
    const el = await fixture(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '<img src=x onerror="window.__pwned=1">';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => /No results|result/.test(el.shadowRoot!.querySelector('[role="status"]')!.textContent!), '', {
      timeout: 5000,
    });
    noMarkupFrom(el.shadowRoot!);
  });

  it('the card drops javascript: and data: addresses from attributes and fallback links', async () => {
    for (const href of [
      'javascript:window.__pwned=1',
      'data:text/html,<script>1</script>',
      ' JaVaScRiPt:alert(1)',
      'vbscript:x',
    ]) {
      const el = await fixture(
        html`<fosc-article-card article="a-month-traveling-in-china" href=${href}
          ><a href=${href}>fallback</a></fosc-article-card
        >`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'));
      expect(el.shadowRoot!.querySelector('[part~="link"]'), href).to.equal(null);
      noMarkupFrom(el.shadowRoot!);
    }
  });

  it('hostile attribute values are text, not markup', async () => {
    const el = await fixture(
      html`<fosc-search-box
        placeholder=${'"><img src=x onerror=window.__pwned=1>'}
        label=${HOSTILE}
      ></fosc-search-box>`,
    );
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(HOSTILE);
    expect(el.shadowRoot!.querySelector('input')!.placeholder).to.contain('<img');
    noMarkupFrom(el.shadowRoot!);
  });

  it('isolates content with bidi controls from the labels around it', async () => {
    const el = await fixture(
      html`<fosc-bilingual-reader>
        <article lang="en"><p>‮This runs backwards</p></article>
        <article lang="fr"><p>‮Ceci aussi</p></article>
      </fosc-bilingual-reader>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="version"]'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="version"]')!).unicodeBidi).to.equal('isolate');
  });
});
