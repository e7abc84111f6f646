// Bundled by the bench (not shipped): our search engine and full search, and the index, for timing in Chromium.
export { SearchEngine } from '../src/runtime/search/engine.js';
export { Searcher } from '../src/runtime/search/searcher.js';
export { searchSource } from '../src/runtime/data/search-source.js';
export { align } from '../src/core/align/aligner.js';
