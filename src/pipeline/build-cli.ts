/**
 * `npm run generate`: content/ → src/generated/ (data modules for the bundles).
 * `--content DIR --out DIR --hosted DIR` build another archive elsewhere (the scale bench does).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import buildConfig from '../../build.config.json' with { type: 'json' };
import { loadContent } from './content.js';
import { deriveArticles } from './derive.js';
import { archiveFiles, emitLocaleLoaders, writeDataModules, writeJsonFiles } from './emit.js';
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
  const files = archiveFiles(articles, quotes, index);
  writeJsonFiles(files, resolve(values.hosted!));
  // The modules the classic script carries (and the tests read): the archive itself up to `carriedPosts`; beyond,
  // an empty table, since that classic script fetches dist/data/ (rollup.config.js reads the choice from archive.json).
  const carried = articles.length <= buildConfig.carriedPosts;
  writeDataModules(carried ? files : new Map(), out);
  writeFileSync(resolve(out, 'archive.json'), JSON.stringify({ posts: articles.length, carried }));
  emitLocaleLoaders(resolve('lit-localize.json'), out);
  console.log(
    `generated data for ${articles.length} posts (${quotes.length} pull quotes, ${index.shards.length} search shard${index.shards.length > 1 ? 's' : ''}) in ${Math.round(performance.now() - started)} ms, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
