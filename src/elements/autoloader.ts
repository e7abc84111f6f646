/**
 * Defines each element when the page first uses its tag, as Shoelace's autoloader does: a page with one card
 * loads the card's code, not the search box's. Tags already in the page are found at start; tags added later are
 * seen by a MutationObserver. A tag inside another component's shadow root is not seen: import its module
 * (`fosc-widgets/elements/<name>.js`) or call `defineAll()`.
 */
import { cached } from '../runtime/cached.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'fosc-article-card': () => import('./article-card/article-card.js'),
  'fosc-search-box': () => import('./search-box/search-box.js'),
  'fosc-quote-carousel': () => import('./quote-carousel/quote-carousel.js'),
  'fosc-bilingual-reader': () => import('./bilingual-reader/bilingual-reader.js'),
};

const load = cached((tag: string) =>
  loaders[tag]().catch((err) => {
    console.warn(`fosc-widgets: the code for <${tag}> could not be loaded.`, err);
    throw err;
  }),
);

/** Loads and defines one element; resolves when it is defined. A failed load is tried again next time. */
export function define(tag: string): Promise<unknown> {
  return loaders[tag] ? load(tag) : Promise.reject(new Error(`fosc-widgets: no element called <${tag}>`));
}

/** Loads every element now (for tags the autoloader cannot see). */
export function defineAll(): Promise<unknown[]> {
  return Promise.all(Object.keys(loaders).map(define));
}

const selector = Object.keys(loaders).join(',');

function discover(root: ParentNode): void {
  for (const el of root.querySelectorAll(`:is(${selector}):not(:defined)`)) {
    void define(el.localName).catch(() => {});
  }
}

let observer: MutationObserver | undefined;

/** Starts watching the document for our tags (once). */
export function startAutoloader(): void {
  if (observer || typeof document === 'undefined') return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (el.localName in loaders) void define(el.localName).catch(() => {});
        if (el.firstElementChild) discover(el);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
}
