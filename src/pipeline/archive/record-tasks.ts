/**
 * The output steps of a build with a cache: they read the records (post-cache.ts) of the posts in the files they
 * are given, the files whose inputs changed since the previous build (build-archive.ts decides which), and
 * write those files alone. A build without a cache makes them all from its spills instead (tasks.ts).
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../../core/data-files.js';
import type { Article, ArticleSummary, TranslationRef } from '../../core/post.js';
import type { Fragment, WindowSet } from '../../core/search/index-format.js';
import { folderSink } from '../data-sink.js';
import { summaryOf } from '../derive.js';
import { type Candidates, fragmentOf, rarityIn, writeFragmentFile } from '../search-fragments.js';
import { type PostRecord, type RecordAt, readRecord } from './post-cache.js';
import { spillFile } from './spill.js';
import type { BuildPlan } from './build-plan.js';

/** A post of a file: its record's key, and its translation links when the archive gives it some. */
export type Member = [key: string, translations?: TranslationRef[]];

/** Where the cache keeps the records of a task's posts, by key. */
export type RecordsAt = Record<string, RecordAt>;

/** Summary and post buckets to write, each with its posts in order. */
export interface BucketsTask {
  kind: 'buckets';
  at: RecordsAt;
  summaries: { bucket: number; members: Member[] }[];
  bodies: { bucket: number; members: Member[] }[];
}

/** A run's catalog page (when given its posts) and fragment files to write. */
export interface FragmentsTask {
  kind: 'fragments';
  at: RecordsAt;
  run: number;
  posts: number;
  catalog?: Member[];
  files: { file: number; members: string[] }[];
}

export function into<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let df: { path: string; posts: number; rarity: (term: string) => number } | undefined;

/** How rare each word is in this build's archive (from its post counts, spilled by build-archive.ts). */
export function rarityOf(plan: BuildPlan, posts: number): (term: string) => number {
  const path = spillFile.df(plan.spill);
  if (df?.path !== path || df.posts !== posts) {
    const counts = new Map<string, number>(JSON.parse(readFileSync(path, 'utf8')));
    df = { path, posts, rarity: rarityIn((t) => counts.get(t) ?? 0, posts) };
  }
  return df.rarity;
}

/** The task's records, each read once. */
function records(plan: BuildPlan, at: RecordsAt): (key: string) => PostRecord {
  const read = new Map<string, PostRecord>();
  return (key) => {
    let record = read.get(key);
    if (!record) {
      record = at[key] && readRecord(plan.cache!, at[key]);
      if (!record) throw new Error(`the build cache lost the record ${key} while building`);
      read.set(key, record);
    }
    return record;
  };
}

export function buckets(task: BucketsTask, plan: BuildPlan): number {
  const record = records(plan, task.at);
  const article = ([key, translations]: Member): Article => {
    const a = JSON.parse(record(key).article) as Article;
    a.translations = translations ?? a.translations;
    return a;
  };
  const sink = folderSink(plan.out);
  for (const { bucket, members } of task.summaries) {
    sink.write(
      dataFile.summaries(bucket),
      members.map((m) => summaryOf(article(m))),
    );
  }
  for (const { bucket, members } of task.bodies) sink.write(dataFile.posts(bucket), members.map(article));
  return task.summaries.length + task.bodies.length;
}

export function fragments(task: FragmentsTask, plan: BuildPlan): number {
  const record = records(plan, task.at);
  // Each post's summary and windows parsed once: the catalog page and the fragment file both read them.
  const parsed = new Map<string, { s: ArticleSummary; c: Candidates }>();
  const run = (key: string) => {
    let value = parsed.get(key);
    if (!value) parsed.set(key, (value = JSON.parse(record(key).run) as { s: ArticleSummary; c: Candidates }));
    return value;
  };
  const sink = folderSink(plan.out);
  if (task.catalog) {
    sink.write(
      dataFile.catalog(task.run),
      task.catalog.map(([key, translations]) => {
        const { s } = run(key);
        return { ...s, translations: translations ?? s.translations };
      }),
    );
  }
  const rarity = rarityOf(plan, task.posts);
  for (const { file, members } of task.files) {
    const chosen: Fragment[] = [];
    const rest: WindowSet[] = [];
    for (const key of members) {
      const { s, c } = run(key);
      const made = fragmentOf(s, c, rarity);
      chosen.push(made.fragment);
      rest.push(made.rest);
    }
    writeFragmentFile(sink, file, chosen, rest);
  }
  return task.files.length;
}
