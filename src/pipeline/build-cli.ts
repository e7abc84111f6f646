/**
 * `npm run generate`: content/ → src/generated/ (data modules for the bundles).
 * `--content DIR --out DIR --hosted DIR` build another archive elsewhere (the scale bench does).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import buildConfig from '../../build.config.json' with { type: 'json' };
import { loadContent } from './content.js';
import { deriveArticles } from './derive.js';
import { emitData, emitHostedData, emitLocaleLoaders, emitQuotes, emitSearchIndex } from './emit.js';
import { extractQuotes } from './quotes/extract.js';
import { buildSearchIndex } from './search-index.js';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'src/generated' },
    /** Where the ES module build fetches its data from (JSON files). */
    hosted: { type: 'string', default: 'dist/data' },
  },
});

try {
  const started = performance.now();
  const out = resolve(values.out!);
  const articles = deriveArticles(loadContent(resolve(values.content!)));
  const index = buildSearchIndex(articles);
  const quotes = articles.flatMap(extractQuotes);
  emitHostedData(articles, quotes, index, resolve(values.hosted!));
  // The modules the classic script carries (and the tests read): the archive itself up to `carriedPosts`; beyond,
  // empty ones, since that classic script fetches dist/data/ (rollup.config.js makes the same choice).
  const carried = articles.length <= buildConfig.carriedPosts;
  emitData(carried ? articles : [], out);
  emitSearchIndex(carried ? index : buildSearchIndex([]), out);
  emitQuotes(carried ? quotes : [], out);
  emitLocaleLoaders(resolve('lit-localize.json'), out);
  console.log(
    `generated data for ${articles.length} posts (${quotes.length} pull quotes, ${index.shards.length} search shard${index.shards.length > 1 ? 's' : ''}) in ${Math.round(performance.now() - started)} ms, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
