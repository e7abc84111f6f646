// Bundled by the scale bench (not shipped): the search over hosted JSON data, as the ES module build has it.
export { SearchEngine } from '../src/runtime/search/engine.js';
export { Searcher } from '../src/runtime/search/searcher.js';
export { searchSource } from '../src/runtime/data/search-source.js';
