/**
 * `useData(url)`: the widgets and the API read the archive from a folder hosted elsewhere. A folder that is not there
 * (a 404, or an HTML page such as a single-page app's fallback) is a broken deployment, told as such with its URL
 * and the fix: never "no article with id".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DataUnavailableError, UnknownArticleError, article, articles, useData } from '../../src/index.js';
import '../../src/elements/article-card/article-card.js';
import { defaultStore } from '../../src/runtime/data/default-store.js';

/** Runs `fn`, collecting what it writes to console.error. */
async function consoleErrors(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return seen;
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('resolved'),
    (err: unknown) => err,
  );

describe('useData(url)', () => {
  afterEach(() => useData(defaultStore));

  it('reads the archive from the folder it is given', async () => {
    useData(`${location.origin}/dist/data/`);
    const posts = await articles();
    expect(posts.length).to.be.greaterThan(0);
    expect((await article(posts[0].id)).id).to.equal(posts[0].id);
    const err = await rejection(article('no-such-post'));
    expect(err).to.be.instanceOf(UnknownArticleError);
  });

  it('names the URL and the fix when the folder is not there (404), for an id too', async () => {
    useData('/nowhere/data/');
    let err: unknown;
    const errors = await consoleErrors(async () => {
      err = await rejection(article('silence-on-decolonise'));
      await rejection(articles());
    });
    expect(err).to.be.instanceOf(DataUnavailableError);
    expect((err as DataUnavailableError).url).to.equal(`${location.origin}/nowhere/data/archive.json`);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(`${location.origin}/nowhere/data/archive.json was not found (HTTP 404)`);
    expect(errors[0]).to.contain('useData(');
  });

  it('names the URL when an HTML page answers instead of JSON (a single-page app’s fallback)', async () => {
    useData('/__spa/data/');
    let err: unknown;
    const errors = await consoleErrors(async () => {
      err = await rejection(articles());
    });
    expect(err).to.be.instanceOf(DataUnavailableError);
    expect(String((err as Error).message)).to.contain(
      `${location.origin}/__spa/data/archive.json answered with an HTML page`,
    );
    expect(errors.join('\n')).to.contain('/__spa/data/archive.json');
  });

  it('shows the card’s error state, not "not found", for a broken deployment', async () => {
    useData('/nowhere/data/');
    const card = document.createElement('fosc-article-card');
    card.setAttribute('article', 'silence-on-decolonise');
    await consoleErrors(async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        document.body.append(card);
        const status = () => card.shadowRoot?.querySelector('[part~="status"]')?.textContent;
        await waitUntil(() => status(), 'no status', { timeout: 5000 });
        expect(status()).to.equal('The article could not be loaded. Check your connection.');
      } finally {
        console.warn = warn;
      }
    });
    card.remove();
  });
});
