/**
 * The widgets on a partner's page, as built (dist/): a strict Content-Security-Policy with Trusted Types (an
 * allow-list of policy names, a partner's own Lit app), hostile global CSS, chunks that fail to load, two copies of
 * the script, a frozen Object.prototype, no charset. Each page is opened in an iframe (same origin, so the test can
 * look inside) served with the partner's headers by test/pages/middleware.js.
 */
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = ['fosc-search-box', 'fosc-article-card', 'fosc-quote-carousel', 'fosc-bilingual-reader'];

type PageWindow = Window & { violations?: string[]; errors?: string[]; loaded?: boolean };

async function open(path: string, width = 1000): Promise<{ win: PageWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { win: frame.contentWindow as Window, doc: frame.contentDocument!, frame };
}

const rendered = (doc: Document, tag: string) =>
  !!doc
    .querySelector(tag)
    ?.shadowRoot?.querySelector('[part~="title"], [part~="slide"], [part~="segment"], [part~="input"]');

describe('embedding on a partner page', () => {
  afterEach(async () => {
    await fetch('/__fail');
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('works under a strict CSP with Trusted Types enforced: no violation, every element rendered', async () => {
    const { win, doc } = await open('/test/pages/strict.html');
    await waitUntil(() => TAGS.every((t) => rendered(doc, t)), 'not every element rendered', { timeout: 8000 });
    // Use the search too: it loads the index and lunr under the same policy.
    const box = doc.querySelector('fosc-search-box')!;
    const input = box.shadowRoot!.querySelector('input')!;
    input.value = 'Sawaba';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => box.shadowRoot!.querySelector('[role="option"]'), 'search gave nothing', { timeout: 5000 });
    expect(win.violations).to.deep.equal([]);
  });

  it('shows the partner’s fallback content when the script never loads', async () => {
    await fetch('/__fail?chunk=fosc-widgets.js');
    const { doc } = await open('/test/pages/strict.html');
    await new Promise((r) => setTimeout(r, 300));
    expect(doc.defaultView!.customElements.get('fosc-article-card')).to.equal(undefined);
    const link = doc.querySelector('fosc-article-card a')!;
    expect(link.textContent).to.equal('Quiet please!');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('requests nothing but its own files, sets no cookie and stores nothing', async () => {
    const { win, doc } = await open('/test/pages/strict.html');
    await waitUntil(() => TAGS.every((t) => rendered(doc, t)), 'not every element rendered', { timeout: 8000 });
    const hosts = new Set(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).host));
    expect([...hosts]).to.deep.equal([location.host]);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
  });

  it('stays usable under hostile global CSS (* { all: unset } and !important everywhere)', async () => {
    const { doc } = await open('/test/pages/hostile-css.html');
    await waitUntil(() => TAGS.every((t) => rendered(doc, t)), 'not every element rendered', { timeout: 8000 });
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      const box = el.getBoundingClientRect();
      expect(box.width, tag).to.be.greaterThan(300);
      expect(box.height, tag).to.be.greaterThan(40);
      // Inside, our own type: the page's 40px !important stops at the shadow boundary.
      const text = el.shadowRoot!.querySelector('p, input, blockquote, h2, h3')!;
      expect(parseFloat(getComputedStyle(text).fontSize), tag).to.be.lessThan(30);
    }
    // And still works: the card's title is a link a reader can click.
    const link = doc.querySelector('fosc-article-card')!.shadowRoot!.querySelector('[part~="title"]')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(15);
  });

  it('shows a localised error with a retry when a chunk fails, and recovers when the network is back', async () => {
    await fetch('/__fail?chunk=data/summaries');
    const { doc } = await open('/test/pages/strict.html');
    const card = doc.querySelector('fosc-article-card')!;
    const status = () => card.shadowRoot?.querySelector('[part~="status"]')?.textContent;
    await waitUntil(() => status(), 'no error state', { timeout: 8000 });
    expect(status()).to.equal('The post could not be loaded. Check your connection.');
    // The partner's fallback link stays reachable meanwhile.
    expect(card.shadowRoot!.querySelector('slot')).to.exist;
    await fetch('/__fail');
    (card.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rendered(doc, 'fosc-article-card'), 'retry did not recover', { timeout: 5000 });
  });

  it('search shows its error and retries once the index can load', async () => {
    await fetch('/__fail?chunk=data/search');
    const { doc } = await open('/test/pages/strict.html');
    await waitUntil(() => rendered(doc, 'fosc-search-box'), 'search box not rendered', { timeout: 8000 });
    const box = doc.querySelector('fosc-search-box')!;
    const input = box.shadowRoot!.querySelector('input')!;
    input.value = 'Cuba';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => box.shadowRoot!.querySelector('[part~="retry"]'), 'no retry', { timeout: 5000 });
    expect(box.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('Search is unavailable right now.');
    await fetch('/__fail');
    (box.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => box.shadowRoot!.querySelector('[role="option"]'), 'retry gave no results', { timeout: 5000 });
  });

  it('takes two copies of the script, and the classic one beside them, without an error', async () => {
    const { win, doc } = await open('/test/pages/two-copies.html');
    await waitUntil(() => rendered(doc, 'fosc-article-card'), 'card not rendered', { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 300));
    expect((win as unknown as { errors: string[] }).errors).to.deep.equal([]);
    expect(doc.querySelectorAll('fosc-article-card')).to.have.length(1);
    expect(typeof (win as unknown as { FoscWidgets: { articles: unknown } }).FoscWidgets.articles).to.equal('function');
  });
});

/** Types into a search box and waits for its first result. */
async function searchFor(doc: Document, query: string): Promise<Element> {
  const box = doc.querySelector('fosc-search-box')!;
  await waitUntil(() => box.shadowRoot?.querySelector('input'), 'search box not rendered', { timeout: 8000 });
  const input = box.shadowRoot!.querySelector('input')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => box.shadowRoot!.querySelector('[role="option"]'), `no result for ${query}`, { timeout: 5000 });
  return box;
}

const allRendered = (doc: Document) =>
  waitUntil(() => TAGS.every((t) => rendered(doc, t)), 'not every element rendered', { timeout: 8000 });

describe('Trusted Types by name: our policy is `fosc-widgets`', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders every element under `trusted-types fosc-widgets` alone (module and classic script)', async () => {
    for (const page of ['strict.html', 'strict-classic.html']) {
      const { win, doc } = await open(`/test/pages/${page}?tt=fosc-widgets`);
      await allRendered(doc);
      await searchFor(doc, 'Sawaba');
      expect(win.violations, page).to.deep.equal([]);
      expect(win.errors, page).to.deep.equal([]);
    }
  });

  for (const partner of ['first', 'last']) {
    it(`works beside a partner’s own Lit app loaded ${partner}, allowing lit-html and fosc-widgets`, async () => {
      const { win, doc } = await open(`/test/pages/strict.html?tt=lit-html,fosc-widgets&partner=${partner}`);
      await waitUntil(() => win.loaded, 'the page did not load its scripts', { timeout: 8000 });
      await allRendered(doc);
      const greeting = () => doc.querySelector('partner-app')?.shadowRoot?.querySelector('p')?.textContent;
      await waitUntil(() => greeting() === 'Partner app, 0 clicks', 'the partner app did not render');
      await searchFor(doc, 'Sawaba');
      expect(win.violations).to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
    });
  }
});

describe('hardened and careless pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works with Object.prototype frozen: every element renders, search finds', async () => {
    const { win, doc } = await open('/test/pages/frozen-prototype.html');
    expect(Object.isFrozen((win as unknown as { Object: ObjectConstructor }).Object.prototype)).to.equal(true);
    await allRendered(doc);
    await searchFor(doc, 'Cuba');
    expect(win.errors).to.deep.equal([]);
  });

  it('reads its accented text right on a page and a script served without a charset', async () => {
    const { win, doc } = await open('/test/pages/no-charset.html?nocharset');
    expect(doc.characterSet).to.equal('windows-1252');
    const box = await searchFor(doc, 'Cuba');
    const status = box.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => /résultats?$/.test(status.textContent!.trim()), `status reads "${status.textContent}"`);
    expect(win.errors).to.deep.equal([]);
  });

  it('switches the elements on the page from whichever copy’s setLocale() is called', async () => {
    const { win, doc } = await open('/test/pages/two-copies.html');
    await waitUntil(() => rendered(doc, 'fosc-article-card'), 'card not rendered', { timeout: 8000 });
    type Api = { setLocale(tag: string): Promise<string> };
    const copies = win as unknown as { FoscWidgets: Api; copies?: { first: Api; second: Api } };
    await waitUntil(() => copies.copies, 'the module copies did not load');
    const card = doc.querySelector('fosc-article-card')!;
    const uiLang = () => card.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('lang');
    expect(uiLang()).to.equal('en');
    for (const [copy, tag, lang] of [
      ['second', 'fr', 'fr'],
      ['first', 'es-MX', 'es'],
      ['FoscWidgets', 'zh-CN', 'zh-Hans'],
    ] as const) {
      const api = copy === 'FoscWidgets' ? copies.FoscWidgets : copies.copies![copy];
      expect(await api.setLocale(tag), copy).to.equal(lang);
      expect(uiLang(), copy).to.equal(lang);
    }
    expect(copies.FoscWidgets && (win as PageWindow).errors).to.deep.equal([]);
  });
});
