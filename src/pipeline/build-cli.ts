/** `npm run generate`: content/ → src/generated/ (data modules for the bundles). */
import { resolve } from 'node:path';
import { loadContent } from './content.js';
import { deriveArticles } from './derive.js';
import { emitData, emitLocaleLoaders, emitQuotes, emitSearchIndex } from './emit.js';
import { extractQuotes } from './quotes/extract.js';
import { buildSearchIndex } from './search-index.js';

try {
  const started = performance.now();
  const articles = deriveArticles(loadContent(resolve('content')));
  emitData(articles, resolve('src/generated'));
  emitLocaleLoaders(resolve('lit-localize.json'), resolve('src/generated'));
  emitSearchIndex(buildSearchIndex(articles), resolve('src/generated'));
  const quotes = articles.flatMap(extractQuotes);
  emitQuotes(quotes, resolve('src/generated'));
  console.log(`generated data for ${articles.length} posts (${quotes.length} pull quotes) in ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
