// Bundled by the bench (not shipped): our search engine and full search, and the index, for timing in Chromium.
export { SearchEngine } from '../src/runtime/search/engine.js';
export { Searcher } from '../src/runtime/search/searcher.js';
export { default as index } from '../src/generated/search-index.js';
export { loadIndex } from '../src/core/search/compact-index.js';
export { align } from '../src/core/align/aligner.js';
