/**
 * fosc-widgets: the entry a partner page loads. It defines the elements (once, even when loaded twice)
 * and exposes the data API, as named exports here and as `window.FoscWidgets` in the classic script.
 */
import './elements/article-card/article-card.js';

export type { Article, ArticleSummary, Block, TranslationRef } from './core/post.js';
export { FoscArticleCard } from './elements/article-card/article-card.js';
export { getLocale, setLocale } from './i18n/localization.js';
export { UnknownArticleError, article, articles } from './runtime/api.js';
