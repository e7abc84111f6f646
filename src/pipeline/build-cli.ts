/**
 * `npm run generate`: content/ → dist/data/ (JSON files, written as the streaming build goes: see
 * archive/build-archive.ts) and src/generated/ (the same files as modules, for the bundles that carry the archive).
 * `--content DIR --out DIR --hosted DIR` build another archive elsewhere (the scale bench does).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import buildConfig from '../../build.config.json' with { type: 'json' };
import { buildArchive } from './archive/build-archive.js';
import { DEFAULT_CACHE } from './archive/code-version.js';
import { prepareWorkers } from './archive/pool.js';
import { readFolder } from './data-sink.js';
import { emitLocaleLoaders, writeDataModules } from './emit.js';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.FOSC_CONTENT || 'content' },
    out: { type: 'string', default: 'src/generated' },
    /** Where the ES module build fetches its data from (JSON files). */
    hosted: { type: 'string', default: 'dist/data' },
    /** Worker threads (default: one per core). */
    workers: { type: 'string' },
    /** The incremental build's per-post cache (archive/post-cache.ts); `--cache none` builds every post afresh. */
    cache: { type: 'string', default: DEFAULT_CACHE },
  },
});

try {
  const started = performance.now();
  const workersPrepared = prepareWorkers();
  const out = resolve(values.out!);
  const hosted = resolve(values.hosted!);
  const report = await buildArchive(resolve(values.content!), hosted, {
    ...(values.workers !== undefined && { workers: Number(values.workers) }),
    cache: values.cache === 'none' ? false : resolve(values.cache!),
  });
  // The modules the classic script carries (and the tests read): the archive itself up to `carriedPosts`; beyond,
  // an empty table, since that classic script fetches dist/data/ (rollup.config.js reads the choice from archive.json).
  const carried = report.posts <= buildConfig.carriedPosts;
  writeDataModules(carried ? readFolder(hosted) : new Map(), out);
  writeFileSync(resolve(out, 'archive.json'), JSON.stringify({ posts: report.posts, carried }));
  emitLocaleLoaders(resolve('lit-localize.json'), out);
  await workersPrepared;
  console.log(
    `generated data for ${report.posts} posts (${report.cached ? `${report.cached} unchanged since the last build, ` : ''}${report.quotes} pull quotes, ${report.shards} search shard${report.shards > 1 ? 's' : ''}, ${report.files} files) in ${Math.round(performance.now() - started)} ms (${Object.entries(
      report.steps,
    )
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')}), peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  if (report.pending.length) {
    const posts = report.pending.map((name) => name.replace(/\.upstream$/i, ''));
    console.log(
      `${posts.length} post${posts.length === 1 ? ' has' : 's have'} an upstream version to merge: ${posts.join(', ')} (merge each by hand and copy its sourceHash line: README, “Import and sync”)`,
    );
  }
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
}
