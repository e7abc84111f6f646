/** Everything element tests use to drive and read elements (see harness.ts). */
export * from './archives.js';
export * from './article-card.js';
export * from './bilingual-reader.js';
export * from './console.js';
export * from './harness.js';
export * from './odd-values.js';
export * from './partner-page.js';
export * from './quote-carousel.js';
export * from './search-box.js';
