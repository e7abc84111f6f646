/**
 * The streaming build's units of work, run in worker threads (worker.ts) or, for tests, in the main thread. Each
 * reads its inputs from files and writes its outputs to files: the data folder (names from core/data-files.ts),
 * or the spill folder for a later step (spill.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bucketOf, dataFile } from '../../core/data-files.js';
import type { Article, ArticleSummary, TranslationRef } from '../../core/post.js';
import type { Quote } from '../../core/quote.js';
import type { Fragment, WindowSet } from '../../core/search/index-format.js';
import { rangeOf } from '../../core/search/sorted.js';
import { folderSink } from '../data-sink.js';
import { summaryOf } from '../derive.js';
import { type Candidates, fragmentOf, rarityIn } from '../search-fragments.js';
import { type IndexStats, type IndexedRange, type TermPostings, indexTermRange } from '../search-index.js';
import { type PostRecord, keyOf, readRecord, recordOf, writeRecord } from './post-cache.js';
import { type LightPost, workOn } from './post-work.js';
import { Appender, spillFile, spilledLines } from './spill.js';

/** What every task of one build shares. */
export interface BuildPlan {
  /** The spill folder, and the data folder written. */
  spill: string;
  out: string;
  /** Workers writing spills (each spill has one part per worker). */
  workers: number;
  /** First letters where a new range of terms starts (one range per worker task). */
  partitions: string[];
  /** Bucket groups: summaries and posts buckets b are written by the task of group b mod groups. */
  groups: number;
  summaryBuckets: number;
  postBuckets: number;
  fragmentsPerFile: number;
  head: number;
  shardBytes: number;
  /** The per-post cache's folder (post-cache.ts), if the build keeps one. */
  cache?: string;
}

export type Task =
  | { kind: 'posts'; run: number; first: number; files: string[] }
  | { kind: 'terms'; partition: number; stats: IndexStats }
  | { kind: 'group'; group: number; translations: Record<string, TranslationRef[]> }
  | { kind: 'run'; run: number; posts: number; translations: Record<string, TranslationRef[]> };

export interface PostsDone {
  posts: { light: LightPost; lengths: number[] }[];
  quotes: Quote[];
  stopWords: string[];
  /** The cache keys of the posts' texts, and how many of the posts came from the cache. */
  keys: string[];
  cached: number;
}

/** A post's record: from the cache when its text was built before, else made (and cached). */
function recordFor(file: string, plan: BuildPlan, worker: number, done: PostsDone): PostRecord {
  const text = readFileSync(file, 'utf8');
  if (!plan.cache) return recordOf(workOn(text, file));
  const key = keyOf(text);
  done.keys.push(key);
  let record = readRecord(plan.cache, key);
  if (record) done.cached++;
  else writeRecord(plan.cache, key, (record = recordOf(workOn(text, file))), worker);
  return record;
}

/** Per post: its terms to the ranges' spills, the post to its bucket group's, its summary and windows to the run's. */
function posts(task: Extract<Task, { kind: 'posts' }>, plan: BuildPlan, worker: number): PostsDone {
  const appender = new Appender();
  const done: PostsDone = { posts: [], quotes: [], stopWords: [], keys: [], cached: 0 };
  const stops = new Set<string>();
  const run: string[] = [];
  task.files.forEach((file, i) => {
    const doc = task.first + i;
    const record = recordFor(file, plan, worker, done);
    if (record.terms) {
      for (const line of record.terms.split('\n')) {
        const term = line.slice(0, line.indexOf('\t'));
        appender.append(
          spillFile.terms(plan.spill, rangeOf(plan.partitions, term), worker),
          `${term}\t${doc}${line.slice(term.length)}\n`,
        );
      }
    }
    appender.append(
      spillFile.group(plan.spill, bucketOf(record.light.post.id, plan.groups), worker),
      `${record.article}\n`,
    );
    run.push(`${record.run}\n`);
    done.posts.push({ light: { ...record.light, file }, lengths: record.lengths });
    done.quotes.push(...record.quotes);
    for (const w of record.stopWords) stops.add(w);
  });
  appender.close();
  writeFileSync(spillFile.run(plan.spill, task.run), run.join(''));
  done.stopWords = [...stops];
  return done;
}

/** Where a range's shards are written before they get their numbers in the whole index. */
export const partShard = (partition: number, kind: 'shard' | 'pos' | 'tail', k: number, part?: number): string =>
  `search/part-${partition}/${kind}-${k}${part === undefined ? '' : `-${part}`}`;

function terms(task: Extract<Task, { kind: 'terms' }>, plan: BuildPlan): IndexedRange {
  const gathered = new Map<string, TermPostings>();
  for (const line of spilledLines((w) => spillFile.terms(plan.spill, task.partition, w), plan.workers)) {
    const [term, doc, tf, positions] = line.split('\t');
    let p = gathered.get(term);
    if (!p) gathered.set(term, (p = { docs: [], tfs: [], positions: [] }));
    p.docs.push(Number(doc));
    for (const n of tf.split(',')) p.tfs.push(Number(n));
    p.positions.push(positions);
  }
  return indexTermRange(
    gathered,
    task.stats,
    folderSink(plan.out),
    (kind, k, part) => partShard(task.partition, kind, k, part),
    {
      head: plan.head,
      shardBytes: plan.shardBytes,
    },
  );
}

/** A bucket group's posts, translations linked, into their summary and post buckets. */
function group(task: Extract<Task, { kind: 'group' }>, plan: BuildPlan): number {
  const summaries = new Map<number, ArticleSummary[]>();
  const bodies = new Map<number, Article[]>();
  let count = 0;
  for (const line of spilledLines((w) => spillFile.group(plan.spill, task.group, w), plan.workers)) {
    const article = JSON.parse(line) as Article;
    article.translations = task.translations[article.id] ?? article.translations;
    into(summaries, bucketOf(article.id, plan.summaryBuckets), summaryOf(article));
    into(bodies, bucketOf(article.id, plan.postBuckets), article);
    count++;
  }
  // Every bucket of the group is written, empty ones too: the runtime reads a missing file as a broken
  // deployment ("could not be loaded"), an empty bucket as "no such post".
  const sink = folderSink(plan.out);
  for (let b = task.group; b < plan.summaryBuckets; b += plan.groups)
    sink.write(dataFile.summaries(b), summaries.get(b) ?? []);
  for (let b = task.group; b < plan.postBuckets; b += plan.groups) sink.write(dataFile.posts(b), bodies.get(b) ?? []);
  return count;
}

function into<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let df: { path: string; rarity: (term: string) => number } | undefined;

/** A run of the archive: its catalog page and its posts' search fragments. */
function run(task: Extract<Task, { kind: 'run' }>, plan: BuildPlan): number {
  const path = spillFile.df(plan.spill);
  if (df?.path !== path) {
    const counts = new Map<string, number>(JSON.parse(readFileSync(path, 'utf8')));
    df = { path, rarity: rarityIn((t) => counts.get(t) ?? 0, task.posts) };
  }
  const sink = folderSink(plan.out);
  const catalog: ArticleSummary[] = [];
  const fragments = new Map<number, Fragment[]>();
  const texts = new Map<number, WindowSet[]>();
  let doc = task.run * RUN;
  for (const line of spilledLines(() => spillFile.run(plan.spill, task.run), 1)) {
    const { s, c } = JSON.parse(line) as { s: ArticleSummary; c: Candidates };
    s.translations = task.translations[s.id] ?? s.translations;
    catalog.push(s);
    const file = Math.floor(doc++ / plan.fragmentsPerFile);
    const { fragment, rest } = fragmentOf(s, c, df.rarity);
    into(fragments, file, fragment);
    into(texts, file, rest);
  }
  sink.write(dataFile.catalog(task.run), catalog);
  for (const [file, list] of fragments) sink.write(dataFile.searchFragments(file), list);
  for (const [file, list] of texts) sink.write(dataFile.searchTexts(file), list);
  return catalog.length;
}

/** Posts per run: a posts task, a catalog page, a whole number of fragment files. */
export const RUN = 512;

export function runTask(task: Task, plan: BuildPlan, worker: number): unknown {
  switch (task.kind) {
    case 'posts':
      return posts(task, plan, worker);
    case 'terms':
      return terms(task, plan);
    case 'group':
      return group(task, plan);
    case 'run':
      return run(task, plan);
  }
}
