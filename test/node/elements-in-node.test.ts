/**
 * A static site generator or an SSR step imports the element modules in Node: nothing may touch the DOM as a
 * module loads, and defining a tag where there is no registry does nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const modules = {
  'fosc-article-card': '../../src/elements/article-card/article-card.js',
  'fosc-search-box': '../../src/elements/search-box/search-box.js',
  'fosc-quote-carousel': '../../src/elements/quote-carousel/quote-carousel.js',
  'fosc-bilingual-reader': '../../src/elements/bilingual-reader/bilingual-reader.js',
};

describe('element modules in Node', () => {
  for (const [tag, path] of Object.entries(modules)) {
    it(`${tag} imports without throwing and exports its class`, async () => {
      const exported = Object.values(await import(path)) as { define(tag: string): void }[];
      assert.equal(exported.length, 1);
      assert.equal(typeof exported[0].define, 'function');
    });
  }

  it('define() is a no-op without a custom element registry', async () => {
    const { FoscArticleCard } = await import('../../src/elements/article-card/article-card.js');
    const registry = Object.getOwnPropertyDescriptor(globalThis, 'customElements');
    delete (globalThis as { customElements?: unknown }).customElements;
    try {
      assert.equal(typeof customElements, 'undefined');
      assert.doesNotThrow(() => FoscArticleCard.define('fosc-article-card-in-node'));
    } finally {
      if (registry) Object.defineProperty(globalThis, 'customElements', registry);
    }
  });
});
