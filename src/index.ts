/**
 * fosc-widgets: the entry a partner page loads. It defines each element lazily, when the page first uses its
 * tag (once, even when the script is loaded twice), and exposes the data API: named exports here, and
 * `window.FoscWidgets` in the classic script.
 */
import { startAutoloader } from './elements/autoloader.js';

export type { Article, ArticleSummary, Block, TranslationRef } from './core/post.js';
export { define, defineAll } from './elements/autoloader.js';
export { getLocale, setLocale } from './i18n/localization.js';
export { UnknownArticleError, article, articles, summary } from './runtime/api.js';
export { DataUnavailableError, useData } from './runtime/data/store.js';
export type { DataStore } from './runtime/data/data-store.js';
export type { QuoteFilter } from './runtime/quotes.js';
export type { Quote } from './core/quote.js';
export type { SearchHit, SearchOptions, SearchResult } from './runtime/search/types.js';
export { SEARCH_DEFAULTS } from './runtime/search/types.js';
export type {
  FoscEventMap,
  FoscLanguageSwitchDetail,
  FoscLanguageSwitchEvent,
  FoscQuoteShowDetail,
  FoscQuoteShowEvent,
  FoscSearchSelectDetail,
  FoscSearchSelectEvent,
  FoscTranslationSwitchDetail,
  FoscTranslationSwitchEvent,
} from './elements/shared/events.js';
// The element classes as types only (the autoloader loads their code): they bring `HTMLElementTagNameMap`.
export type { FoscArticleCard } from './elements/article-card/article-card.js';
export type { FoscBilingualReader } from './elements/bilingual-reader/bilingual-reader.js';
export type { FoscQuoteCarousel } from './elements/quote-carousel/quote-carousel.js';
export type { FoscSearchBox } from './elements/search-box/search-box.js';
export type { FoscElement } from './elements/shared/fosc-element.js';
export type { FoscFilteredElement } from './elements/shared/filtered-element.js';

// Search and quotes load their code on first call: a page with one card pays for neither.
/** Ranked posts for what a reader typed, with marked excerpts. See SearchOptions. */
export const search: typeof import('./runtime/search/search.js').search = async (...args) =>
  (await import('./runtime/search/search.js')).search(...args);
/** Ranked posts before what they show is loaded: `hit.result()` loads each (the first shows first). */
export const searchHits: typeof import('./runtime/search/search.js').searchHits = async (...args) =>
  (await import('./runtime/search/search.js')).searchHits(...args);
/** The archive's pull quotes, filtered. See QuoteFilter. */
export const quotes: typeof import('./runtime/quotes.js').quotes = async (...args) =>
  (await import('./runtime/quotes.js')).quotes(...args);

startAutoloader();
