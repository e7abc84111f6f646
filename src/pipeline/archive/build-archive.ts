/**
 * The streaming build: content/ → the archive's data files, without ever holding the archive. Posts are read and
 * worked on per file in worker threads (post-work.ts); what crosses files is done on light records (the checks of
 * content.ts, translation links of derive.ts) in this thread; the index is made per range of terms, the buckets
 * per group, the catalog and search fragments per run of the archive, each a task on a worker (tasks.ts).
 *
 * Output files are grouped: summaries and posts in buckets by a hash of the id (about 16 and 8 posts a bucket;
 * one post a bucket for a small archive), the catalog in pages, search fragments eight posts a file (one for a
 * small archive).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ArchiveManifest, bucketCount, bucketOf, dataFile } from '../../core/data-files.js';
import type { TranslationRef } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import { FIELDS, type SearchLayout, type SearchManifest, type SearchShard } from '../../core/search/index-format.js';
import { checkArchive, postFiles } from '../content-files.js';
import { type DataSink, folderSink } from '../data-sink.js';
import { deriveArticles } from '../derive.js';
import { featuredQuotes } from '../quotes/featured.js';
import type { IndexStats, IndexedRange } from '../search-index.js';
import { HEAD, SHARD_BYTES } from '../search-layout.js';
import { writeTypoDictionaries } from '../search-typos.js';
import {
  type BuildState,
  type DocEntry,
  nextStateDir,
  previousTermsFile,
  readState,
  remapDocs,
  saveState,
  stampOf,
  termsFile,
} from './build-state.js';
import { type PlanInput, planBuckets, planFragments } from './output-plan.js';
import { cacheFolder } from './code-version.js';
import { NOT_HASHED, keysOf, pruneRecords } from './post-cache.js';
import { startPool } from './pool.js';
import type { IndexedTerms } from './range-postings.js';
import { spillFile } from './spill.js';
import { type BuildPlan, RUN, partShard } from './build-plan.js';
import type { Kept, PostsDone } from './tasks.js';

/** Ranges of terms the index is made in, one task each, by first letter (digits first, other scripts last). */
const LETTERS = [...'abcdefghijklmnopqrstuvwxyz{'];

export interface BuildReport {
  posts: number;
  quotes: number;
  shards: number;
  files: number;
  /** Wall time of each step, ms. */
  steps: Record<string, number>;
  /** Upstream versions of posts waiting to be merged by hand (`name.md.upstream`, not read). */
  pending: string[];
  /** Posts whose part of the build came from the cache. */
  cached: number;
}

export interface BuildOptions {
  /** Worker threads (default: one per core, at most 4; 0 works in this thread). */
  workers?: number;
  /** Postings per term kept in its shard, and compressed bytes a shard aims at (see search-index.ts). */
  head?: number;
  shardBytes?: number;
  /**
   * Where to keep each post's part of the build for the next one (post-cache.ts): build-cli.ts passes
   * DEFAULT_CACHE; none (tests, benches of a clean build): every post is worked on.
   */
  cache?: string | false;
}

/** Posts per bucket and per fragment file: one for a small archive (a page pulls only what it shows). */
export function layout(posts: number) {
  const small = posts <= 1000;
  const summaryBuckets = bucketCount(posts, small ? 1 : 16);
  const postBuckets = bucketCount(posts, small ? 1 : 8);
  return {
    summaryBuckets,
    postBuckets,
    groups: Math.min(64, summaryBuckets, postBuckets),
    fragmentsPerFile: small ? 1 : 8,
    // Ranges of terms share the index's work among the workers; a small archive's index is one range.
    partitions: posts >= 400 ? LETTERS : [],
  };
}

export async function buildArchive(content: string, out: string, options: BuildOptions = {}): Promise<BuildReport> {
  const { posts: names, pending } = postFiles(content);
  const files = names.map((f) => join(content, f));
  const total = files.length;
  const shape = layout(total);
  const runs = Math.ceil(total / RUN);
  const partitions = shape.partitions.length + 1;
  const cache = options.cache ? cacheFolder(options.cache, content) : undefined;
  const spill = mkdtempSync(join(tmpdir(), 'fosc-build-'));
  const planOf = (workers: number): BuildPlan => ({
    spill,
    out,
    workers,
    head: options.head ?? HEAD,
    shardBytes: options.shardBytes ?? SHARD_BYTES,
    ...(cache && { cache }),
    ...shape,
  });
  // Workers take about 0.25 s to start (pool.ts): worth it for many posts to work on, or for a large archive's
  // index, whose ranges of terms are weighed again whatever changed; a small archive is built in this thread. A
  // large archive's workers start now, while this thread reads the previous build's state and the files' sizes.
  const known = options.workers ?? (shape.partitions.length ? Math.min(4, availableParallelism()) : undefined);
  let started = known === undefined ? undefined : startPool(planOf(known));
  let from: string | undefined;
  const steps: Record<string, number> = {};
  let mark = performance.now();
  const step = (name: string) => {
    steps[name] = Math.round(performance.now() - mark);
    mark = performance.now();
  };
  try {
    // The previous build's state (build-state.ts): its posts whose files are unchanged are taken as they were.
    const previous = cache ? readState(cache) : undefined;
    const byName = new Map(previous?.docs.map((d) => [d.name, d]));
    const { keys, stats: fileStats } = cache
      ? keysOf(files, previous && ((i) => byName.get(names[i])))
      : { keys: [], stats: [] };
    // Patched only when all of it is still there: its ranges' postings, and the packs that hold its posts' records.
    const usable =
      previous?.partitions === partitions &&
      Array.from({ length: partitions }, (_, p) => existsSync(previousTermsFile(cache!, p))).every(Boolean) &&
      [...new Set(previous.docs.map((d) => d.at?.[0]))].every((pack) => pack && existsSync(join(cache!, pack)))
        ? previous
        : undefined;
    const remap = usable ? remapDocs(usable.docs, names, keys) : undefined;
    const docs: (DocEntry | undefined)[] = new Array(total);
    remap?.forEach((doc, i) => {
      if (doc >= 0) docs[doc] = { ...usable!.docs[i], stat: fileStats[doc] };
    });
    const todo = Array.from({ length: total }, (_, doc) => doc).filter((doc) => !docs[doc]);
    // Records the cache keeps (of the previous build's posts), by their texts' keys: a post renamed, or its text
    // set back, is not worked on again.
    const keptAt = new Map(previous?.docs.flatMap((d) => (d.at ? [[d.key, d.at] as const] : [])));
    const toWorkOn = cache ? todo.filter((doc) => !keptAt.has(keys[doc])).length : total;
    const plan = planOf(known ?? (toWorkOn < 400 ? 0 : Math.min(4, availableParallelism())));
    const pool = (started ??= startPool(plan));
    // A build with a cache moves the previous data folder aside, to keep (link) the files still right from it.
    from = cache && existsSync(out) ? `${out}.previous-${process.pid}` : undefined;
    if (from) {
      rmSync(from, { recursive: true, force: true });
      renameSync(out, from);
    }
    rmSync(out, { recursive: true, force: true });
    if (cache) {
      rmSync(nextStateDir(cache), { recursive: true, force: true });
      mkdirSync(nextStateDir(cache), { recursive: true });
    }
    // 1. Per post, in parallel: every post, or those the previous build did not have. A clean build (no previous
    // state to patch) makes every output file from the spills, as a build without a cache does: reading each
    // post's record back would cost as much again.
    const clean = !usable;
    const chunks = Array.from({ length: Math.ceil(todo.length / RUN) }, (_, c) => todo.slice(c * RUN, (c + 1) * RUN));
    const done = await Promise.all(
      chunks.map((chunk, run) =>
        pool.run<PostsDone>({
          kind: 'posts',
          run,
          docs: chunk,
          files: chunk.map((doc) => files[doc]),
          kept: chunk.map((doc): Kept | null => {
            const at = keptAt.get(keys[doc]);
            return at ? [keys[doc], at] : null;
          }),
          spill: clean,
        }),
      ),
    );
    done.forEach((d, c) =>
      d.docs.forEach((entry, i) => {
        const doc = chunks[c][i];
        // A file's size and time are kept when its text is the one hashed here, or when nothing was hashed here
        // (a first build: the size and time were taken before the worker read the file, so a later change shows).
        const same = keys[doc] === NOT_HASHED || entry.key === keys[doc];
        docs[doc] = { ...entry, name: names[doc], ...(cache && same && { stat: fileStats[doc] }) };
      }),
    );
    const entries = docs as DocEntry[];
    step('posts');
    // 2. The index's ranges of terms need only the posts' field lengths: they start at once, while this thread
    // checks the archive across posts and links translations, on light records (the workers would wait otherwise).
    const stats = statsOf(entries);
    const indexed = Promise.all(
      Array.from({ length: partitions }, (_, partition) =>
        pool.run<IndexedTerms>({
          kind: 'terms',
          partition,
          stats,
          ...(usable && { previous: { file: previousTermsFile(cache!, partition), remap: remap! } }),
          ...(cache && { next: termsFile(nextStateDir(cache), partition) }),
        }),
      ),
    );
    // Awaited below; a failure of the checks must not leave its rejection unhandled.
    indexed.catch(() => {});
    if (plan.cache) pruneRecords(plan.cache, new Set(entries.map((d) => d.at![0])));
    checkArchive(entries.map((d, doc) => ({ ...d.light, file: files[doc] })));
    const translations = new Map(
      deriveArticles(entries.map((d) => d.light.post)).map((a) => [a.id, a.translations] as const),
    );
    step('across posts');
    // 3. Per bucket group, beside the ranges of terms, then per run (which needs the words' counts).
    // A clean build keeps no file of the previous one (it writes them all); the plans give the files' signatures.
    const input: PlanInput = {
      previous: clean ? undefined : previous,
      out,
      from,
      docs: entries,
      translations,
      shape,
      run: RUN,
    };
    const bucketPlan = cache ? planBuckets(input) : undefined;
    const [ranges] = await Promise.all([
      indexed,
      bucketPlan && !clean
        ? Promise.all(bucketPlan.tasks.map((task) => pool.run(task)))
        : Promise.all(
            linksByGroup(translations, entries, shape.groups).map((links, group) =>
              pool.run({ kind: 'group', group, translations: links }),
            ),
          ),
    ]);
    step('index and buckets');
    const vocabulary = ranges.flatMap((r) => r.vocabulary);
    writeFileSync(spillFile.df(plan.spill), JSON.stringify(vocabulary));
    const fragmentPlan = cache ? planFragments(input, usable && reachedPosts(ranges, entries)) : undefined;
    const fragmentsMade = Promise.all(
      fragmentPlan && !clean
        ? fragmentPlan.tasks.map((task) => pool.run(task))
        : Array.from({ length: runs }, (_, run) =>
            pool.run({
              kind: 'run',
              run,
              posts: total,
              translations: Object.fromEntries(
                entries
                  .slice(run * RUN, (run + 1) * RUN)
                  .map((d) => [d.light.post.id, translations.get(d.light.post.id)!]),
              ),
            }),
          ),
    );
    // Awaited below; a failure here must not leave its rejection unhandled.
    fragmentsMade.catch(() => {});
    // 4. What is small, in this thread while the workers make the catalog and fragments (other files): the
    // manifests, the typo dictionaries, the quotes.
    const sink = folderSink(out);
    const boundaries = numberShards(out, ranges);
    const manifest: SearchManifest = {
      v: 4,
      posts: total,
      langs: stats.langNames,
      boundaries: boundaries.slice(1),
      head: plan.head,
      stopWords: [...new Set(entries.flatMap((d) => d.stopWords))].sort().join(' '),
      fragmentsPerFile: shape.fragmentsPerFile,
      typos: writeTypoDictionaries(
        vocabulary.map(([t]) => t),
        sink,
        dataFile.searchTypos,
      ),
    };
    const postLangs = Array.from(stats.langs, (l) => l.toString(36)).join('');
    writeSearchManifest(manifest, postLangs, out, sink);
    const quotes: Quote[] = entries.flatMap((d) => d.quotes);
    sink.write(dataFile.quotes, quotes);
    sink.write(dataFile.featuredQuotes, featuredQuotes(quotes));
    const archive: ArchiveManifest = {
      posts: total,
      summaryBuckets: shape.summaryBuckets,
      postBuckets: shape.postBuckets,
      catalogPages: runs,
      catalogPageSize: RUN,
    };
    sink.write(dataFile.archive, archive);
    step('manifests, typos, quotes');
    await fragmentsMade;
    step('catalog and fragments');
    if (cache && bucketPlan && fragmentPlan) {
      const stamps: BuildState['files'] = {};
      for (const { files: signed, kept } of [bucketPlan, fragmentPlan]) {
        for (const [name, sig] of signed) {
          stamps[name] = kept.has(name) ? previous!.files[name] : stampOf(out, name, sig);
        }
      }
      saveState(cache, { partitions, docs: entries, out, files: stamps });
      step('build state');
    }
    return {
      posts: total,
      quotes: quotes.length,
      shards: boundaries.length,
      files: countFiles(out),
      steps,
      pending,
      cached: total - todo.length + done.reduce((n, d) => n + d.cached, 0),
    };
  } finally {
    await started?.close();
    rmSync(spill, { recursive: true, force: true });
    if (cache) rmSync(nextStateDir(cache), { recursive: true, force: true });
    if (from) rmSync(from, { recursive: true, force: true });
  }
}

/** Posts whose fragments a change of words' post counts may reach (index terms, and their windows' other words). */
function reachedPosts(ranges: readonly IndexedTerms[], docs: readonly DocEntry[]): Set<number> {
  const reached = new Set(ranges.flatMap((r) => r.reached));
  const changed = new Set(ranges.flatMap((r) => r.changed));
  docs.forEach((d, doc) => {
    if (d.extra.some((t) => changed.has(t))) reached.add(doc);
  });
  return reached;
}

/** The statistics BM25 needs, from the posts' field lengths; posts' languages. */
function statsOf(records: readonly DocEntry[]): IndexStats {
  const lengths = new Int32Array(records.length * 3);
  const langNames: string[] = [];
  const langs = new Uint8Array(records.length);
  records.forEach((r, doc) => {
    r.lengths.forEach((n, f) => (lengths[doc * 3 + f] = n));
    let l = langNames.indexOf(r.light.post.lang);
    if (l < 0) l = langNames.push(r.light.post.lang) - 1;
    langs[doc] = l;
  });
  const n = records.length || 1;
  const averages = FIELDS.map((_, f) => records.reduce((sum, r) => sum + r.lengths[f], 0) / n);
  return { posts: records.length, averages, lengths, langs, langNames };
}

/** The translation links of the posts of each bucket group. */
function linksByGroup(
  translations: Map<string, TranslationRef[]>,
  records: readonly DocEntry[],
  groups: number,
): Record<string, TranslationRef[]>[] {
  const out = Array.from({ length: groups }, (): Record<string, TranslationRef[]> => ({}));
  for (const r of records) {
    const links = translations.get(r.light.post.id);
    if (links?.length) out[bucketOf(r.light.post.id, groups)][r.light.post.id] = links;
  }
  return out;
}

/**
 * Gives each range's shards their numbers in the whole index, and writes the index's layout (which positions file
 * of its shard holds each term); returns every shard's first term.
 */
function numberShards(out: string, ranges: IndexedRange[]): string[] {
  const firsts: string[] = [];
  const layout: SearchLayout = { pos: [] };
  ranges.forEach((range, partition) => {
    for (let k = 0; k < range.shards; k++) {
      const n = firsts.length;
      firsts.push(range.firstTerms[k]);
      layout.pos.push(range.layouts[k].pos);
      renameSync(join(out, `${partShard(partition, 'shard', k)}.json`), join(out, `${dataFile.searchShard(n)}.json`));
      for (const kind of ['tail', 'pos', 'near'] as const) {
        const to = { tail: dataFile.searchTail, pos: dataFile.searchPositions, near: dataFile.searchNear }[kind];
        for (let part = 0; existsSync(join(out, `${partShard(partition, kind, k, part)}.json`)); part++) {
          renameSync(join(out, `${partShard(partition, kind, k, part)}.json`), join(out, `${to(n, part)}.json`));
        }
      }
    }
    rmSync(join(out, `search/part-${partition}`), { recursive: true, force: true });
  });
  if (!firsts.length) {
    const empty: SearchShard = { terms: '', df: [], postings: [], stems: { en: [], fr: [] }, tails: [], positions: [] };
    folderSink(out).write(dataFile.searchShard(0), empty);
    firsts.push('');
    layout.pos.push([]);
  }
  folderSink(out).write(dataFile.searchLayout, layout);
  return firsts;
}

/**
 * The manifest; a one-shard index goes inside it with the posts' languages (one request for a small archive),
 * else the languages are a file of their own, read only by a search filtered by language.
 */
function writeSearchManifest(manifest: SearchManifest, postLangs: string, out: string, sink: DataSink): void {
  if (!manifest.boundaries.length) {
    const path = join(out, `${dataFile.searchShard(0)}.json`);
    manifest.inline = { shard: JSON.parse(readFileSync(path, 'utf8')) as SearchShard, postLangs };
    rmSync(path);
  } else sink.write(dataFile.searchLangs, { postLangs });
  sink.write(dataFile.searchManifest, manifest);
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}
