// Bundled by the scale bench (not shipped): the search API over hosted JSON data, as the ES module build has it
// (the stemmers stay a lazy chunk), with useData to point it at one archive's data.
export { searchHits, search } from '../src/runtime/search/search.js';
export { useData } from '../src/runtime/data/store.js';
