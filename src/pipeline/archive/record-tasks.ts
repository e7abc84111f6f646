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
  const linked = ([key, translations]: Member) => linkedJson(record(key).article, () => translations);
  const sink = folderSink(plan.out);
  for (const { bucket, members } of task.summaries) {
    sink.writeJson(dataFile.summaries(bucket), `[${members.map((m) => linked(m).summary).join(',')}]`);
  }
  for (const { bucket, members } of task.bodies) {
    sink.writeJson(dataFile.posts(bucket), `[${members.map((m) => linked(m).body).join(',')}]`);
  }
  return task.summaries.length + task.bodies.length;
}

const ID = /^\{"id":("(?:[^"\\]|\\.)*")/;

/**
 * A post's JSON (as its record holds it, JSON.stringify's: `id` first, `translations` empty, `blocks` last) with its translation
 * links in, and its summary's (the same without `blocks`), cut and joined as text: parsing and writing again
 * every post of the archive cost a third of the buckets' time. These keys cannot be met earlier in the text: a
 * quotation mark inside a JSON string is escaped. Anything else is parsed and written as before.
 */
export function linkedJson(
  json: string,
  linksOf: (id: string) => TranslationRef[] | undefined,
): { id: string; body: string; summary: string } {
  const id = ID.exec(json);
  const at = json.indexOf(',"translations":[],');
  const blocks = json.indexOf(',"blocks":[');
  if (!id || at < 0 || blocks < at) {
    const article = JSON.parse(json) as Article;
    article.translations = linksOf(article.id) ?? article.translations;
    return { id: article.id, body: JSON.stringify(article), summary: JSON.stringify(summaryOf(article)) };
  }
  const postId = JSON.parse(id[1]) as string;
  const links = linksOf(postId);
  const body = links
    ? `${json.slice(0, at)},"translations":${JSON.stringify(links)}${json.slice(at + ',"translations":[]'.length)}`
    : json;
  const cut = blocks + (body.length - json.length);
  return { id: postId, body, summary: `${body.slice(0, cut)}}` };
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
