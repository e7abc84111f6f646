/**
 * The streaming build's units of work, run in worker threads (worker.ts) or, for tests, in the main thread. Each
 * reads its inputs from files and writes its outputs to files: the data folder (names from core/data-files.ts),
 * or the spill folder for a later step (spill.ts).
 */
import { bucketOf, dataFile } from '../../core/data-files.js';
import type { ArticleSummary, TranslationRef } from '../../core/post.js';
import type { Fragment, WindowSet } from '../../core/search/index-format.js';
import { rangeOf } from '../../core/search/sorted.js';
import { folderSink } from '../data-sink.js';
import { type Candidates, fragmentOf, writeFragmentFile } from '../search-fragments.js';
import { type IndexStats, indexTermRange } from '../search-index.js';
import type { DocEntry } from './build-state.js';
import { PackWriter, type PostRecord, type RecordAt, keyOf, readRecord, recordOf } from './post-cache.js';
import { workOn } from './post-work.js';
import {
  type BucketsTask,
  type FragmentsTask,
  buckets,
  fragments,
  into,
  linkedJson,
  rarityOf,
} from './record-tasks.js';
import { type IndexedTerms, RangePostings } from './range-postings.js';
import { type AppendedFile, Appender, spillFile, spilledLines, spilledTexts } from './spill.js';
import { readUtf8 } from '../unreadable.js';
import { type BuildPlan, RUN, partShard } from './build-plan.js';

export type { BuildPlan } from './build-plan.js';

export type Task =
  | {
      kind: 'posts';
      run: number;
      docs: number[];
      files: string[];
      /** Per post, where the cache keeps a record of its text (the previous build had that text, by any name). */
      kept: (Kept | null)[];
      /**
       * Whether the posts go on to the bucket and run spills: when every post of the archive is worked on in this
       * build (a clean build, with a cache or not), the output steps read them there rather than from the records.
       */
      spill: boolean;
    }
  | {
      kind: 'terms';
      partition: number;
      stats: IndexStats;
      /** The previous build's postings of the range (build-state.ts) and each of its posts' number now (-1: gone). */
      previous?: { file: string; remap: Int32Array };
      /** Where to keep this build's postings of the range for the next. */
      next?: string;
    }
  | { kind: 'group'; group: number; translations: Record<string, TranslationRef[]> }
  | { kind: 'run'; run: number; posts: number; translations: Record<string, TranslationRef[]> }
  | BucketsTask
  | FragmentsTask;

export interface PostsDone {
  /** The posts worked on, in the order given (`name` is the main thread's to set). */
  docs: Omit<DocEntry, 'name'>[];
  /** How many of the posts came from the cache. */
  cached: number;
}

/** Where the cache keeps a post whose text the previous build had: that text's key, and its record's place. */
export type Kept = [key: string, at: RecordAt];

interface Made {
  record: PostRecord;
  key: string;
  at?: RecordAt;
}

/** A post's record: from the cache when its text was built before (`kept`), else made (and packed). */
function recordFor(
  file: string,
  kept: Kept | null,
  plan: BuildPlan,
  pack: PackWriter | undefined,
  done: PostsDone,
): Made {
  const text = readUtf8(file);
  if (!plan.cache || !pack) return { record: recordOf(workOn(text, file)), key: '' };
  const key = keyOf(text);
  const cached = kept?.[0] === key ? readRecord(plan.cache, kept[1]) : undefined;
  if (cached) {
    done.cached++;
    return { record: cached, key, at: kept![1] };
  }
  const record = recordOf(workOn(text, file));
  return { record, key, at: pack.add(record) };
}

/**
 * Per post: its terms to the ranges' spills; in a clean build, the post to its bucket group's spill and its summary
 * and windows to the run's (an incremental build's output steps read the records of the posts they need).
 */
function posts(task: Extract<Task, { kind: 'posts' }>, plan: BuildPlan, worker: number): PostsDone {
  const appender = new Appender();
  const done: PostsDone = { docs: [], cached: 0 };
  // Per range of terms, its spill file and the last post that wrote to it.
  const ranges: { file: AppendedFile; doc: number }[] = [];
  const pack = plan.cache ? new PackWriter(plan.cache, worker, task.run) : undefined;
  task.files.forEach((file, i) => {
    const doc = task.docs[i];
    const { record, key, at } = recordFor(file, task.kept[i], plan, pack, done);
    // The record's index lines go to their ranges' spills as they are, each range's under a line naming the post
    // (range-postings.ts reads them): no line is cut out and joined again.
    const text = record.terms;
    for (let start = 0; start < text.length;) {
      const next = text.indexOf('\n', start) + 1 || text.length;
      const partition = rangeOf(plan.partitions, text.slice(start, text.indexOf('\t', start)));
      const range = (ranges[partition] ??= {
        file: appender.file(spillFile.terms(plan.spill, partition, worker)),
        doc: -1,
      });
      if (range.doc !== doc) {
        range.file.append(`\t${doc}\n`);
        range.doc = doc;
      }
      range.file.append(next < text.length ? text.slice(start, next) : `${text.slice(start)}\n`);
      start = next;
    }
    if (task.spill) {
      appender.append(
        spillFile.group(plan.spill, bucketOf(record.light.post.id, plan.groups), worker),
        `${doc}\t${record.article}\n`,
      );
      appender.append(spillFile.run(plan.spill, task.run), `${record.run}\n`);
    }
    const { light, lengths, stopWords, quotes, extra } = record;
    done.docs.push({ key, ...(at && { at }), light, lengths, stopWords, quotes, extra });
  });
  appender.close();
  pack?.close();
  return done;
}

function terms(task: Extract<Task, { kind: 'terms' }>, plan: BuildPlan): IndexedTerms {
  const postings = new RangePostings(task.previous);
  for (const text of spilledTexts((w) => spillFile.terms(plan.spill, task.partition, w), plan.workers)) {
    postings.addLines(text);
  }
  if (task.next) postings.save(task.next);
  const indexed = indexTermRange(
    postings.terms,
    task.stats,
    folderSink(plan.out),
    (kind, k, part) => partShard(task.partition, kind, k, part),
    {
      head: plan.head,
      shardBytes: plan.shardBytes,
    },
  );
  return { ...indexed, ...postings.changes() };
}

/** A bucket group's posts, translations linked, into their summary and post buckets. */
function group(task: Extract<Task, { kind: 'group' }>, plan: BuildPlan): number {
  const summaries = new Map<number, string[]>();
  const bodies = new Map<number, string[]>();
  let count = 0;
  // In the posts' order (workers append in the order they take runs).
  const lines = [...spilledLines((w) => spillFile.group(plan.spill, task.group, w), plan.workers)]
    .map((line) => [Number(line.slice(0, line.indexOf('\t'))), line] as const)
    .sort((a, b) => a[0] - b[0]);
  for (const [doc, line] of lines) {
    const { id, body, summary } = linkedJson(line.slice(String(doc).length + 1), (id) => task.translations[id]);
    into(summaries, bucketOf(id, plan.summaryBuckets), summary);
    into(bodies, bucketOf(id, plan.postBuckets), body);
    count++;
  }
  // Every bucket of the group is written, empty ones too: the runtime reads a missing file as a broken
  // deployment ("could not be loaded"), an empty bucket as "no such post".
  const sink = folderSink(plan.out);
  for (let b = task.group; b < plan.summaryBuckets; b += plan.groups)
    sink.writeJson(dataFile.summaries(b), `[${(summaries.get(b) ?? []).join(',')}]`);
  for (let b = task.group; b < plan.postBuckets; b += plan.groups)
    sink.writeJson(dataFile.posts(b), `[${(bodies.get(b) ?? []).join(',')}]`);
  return count;
}

/** A run of the archive: its catalog page and its posts' search fragments. */
function run(task: Extract<Task, { kind: 'run' }>, plan: BuildPlan): number {
  const rarity = rarityOf(plan, task.posts);
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
    const { fragment, rest } = fragmentOf(s, c, rarity);
    into(fragments, file, fragment);
    into(texts, file, rest);
  }
  sink.write(dataFile.catalog(task.run), catalog);
  for (const [file, list] of fragments) writeFragmentFile(sink, file, list, texts.get(file)!);
  return catalog.length;
}

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
    case 'buckets':
      return buckets(task, plan);
    case 'fragments':
      return fragments(task, plan);
  }
}
