/**
 * In a build with a cache: which bucket, catalog and fragment files must be made again, and which the data folder
 * still holds as the previous build made them from the same inputs (build-state.ts). A file's inputs:
 * - a summary or post bucket: its posts (their texts' keys) in order, and their translation links;
 * - a catalog page: the same, for its run of the archive;
 * - a fragment file: its posts, the archive's size, and the post counts of their windows' words (rarity picks
 *   the windows), which the index step reports as changed terms and the posts that hold them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bucketOf, dataFile } from '../../core/data-files.js';
import type { TranslationRef } from '../../core/post.js';
import { type BuildState, type DocEntry, fresh, keep, signature } from './build-state.js';
import type { BucketsTask, FragmentsTask, Member } from './record-tasks.js';

export interface PlanInput {
  previous: BuildState | undefined;
  out: string;
  /** The previous build's data folder, moved aside. */
  from: string | undefined;
  docs: readonly DocEntry[];
  translations: ReadonlyMap<string, TranslationRef[]>;
  shape: { summaryBuckets: number; postBuckets: number; groups: number; fragmentsPerFile: number };
  run: number;
}

export interface Planned<T> {
  tasks: T[];
  /** Every file of the step, by name, with its signature; and which of them are kept as they are. */
  files: Map<string, string>;
  kept: Set<string>;
}

const idOf = (d: DocEntry) => d.light.post.id;

/** Where the cache keeps each post's record, by its text's key. */
const recordsAt = (docs: readonly DocEntry[]) => new Map(docs.map((d) => [d.key, d.at!]));

export function planBuckets(input: PlanInput): Planned<BucketsTask> {
  const { docs, shape, translations } = input;
  const files = new Map<string, string>();
  const kept = new Set<string>();
  const tasks: BucketsTask[] = Array.from({ length: shape.groups }, () => ({
    kind: 'buckets',
    at: {},
    summaries: [],
    bodies: [],
  }));
  const at = recordsAt(docs);
  const member = (d: DocEntry): Member => {
    const links = translations.get(idOf(d));
    return links?.length ? [d.key, links] : [d.key];
  };
  for (const [kind, count] of [
    ['summaries', shape.summaryBuckets],
    ['bodies', shape.postBuckets],
  ] as const) {
    const members: Member[][] = Array.from({ length: count }, () => []);
    for (const d of docs) members[bucketOf(idOf(d), count)].push(member(d));
    members.forEach((list, bucket) => {
      const name = kind === 'summaries' ? dataFile.summaries(bucket) : dataFile.posts(bucket);
      const sig = signature([kind, list]);
      files.set(name, sig);
      if (fresh(input.previous, input.out, input.from, name, sig)) {
        keep(input.from!, input.out, name);
        kept.add(name);
      } else {
        const task = tasks[bucket % shape.groups];
        task[kind].push({ bucket, members: list });
        for (const [key] of list) task.at[key] = at.get(key)!;
      }
    });
  }
  return { tasks: tasks.filter((t) => t.summaries.length || t.bodies.length), files, kept };
}

/**
 * `reached`: posts whose fragments may choose other windows (their words' counts changed), or undefined when the
 * previous build's counts are not known (every fragment is made again).
 */
export function planFragments(input: PlanInput, reached: ReadonlySet<number> | undefined): Planned<FragmentsTask> {
  const { docs, shape, translations, run } = input;
  const files = new Map<string, string>();
  const kept = new Set<string>();
  const tasks: FragmentsTask[] = [];
  const isFresh = (name: string, sig: string) => {
    files.set(name, sig);
    const ok = fresh(input.previous, input.out, input.from, name, sig);
    if (ok) kept.add(name);
    return ok;
  };
  for (let first = 0, r = 0; first < docs.length; first += run, r++) {
    const part = docs.slice(first, first + run);
    const catalog = part.map((d): Member => [d.key, translations.get(idOf(d))]);
    const task: FragmentsTask = { kind: 'fragments', at: {}, run: r, posts: docs.length, files: [] };
    if (!isFresh(dataFile.catalog(r), signature(['catalog', catalog]))) task.catalog = catalog;
    else keep(input.from!, input.out, dataFile.catalog(r));
    for (let at = 0; at < part.length; at += shape.fragmentsPerFile) {
      const file = (first + at) / shape.fragmentsPerFile;
      const members = part.slice(at, at + shape.fragmentsPerFile).map((d) => d.key);
      const sig = signature(['fragments', docs.length, members]);
      const untouched = !!reached && members.every((_, i) => !reached.has(first + at + i));
      const names = [dataFile.searchFragments(file), dataFile.searchTexts(file)];
      // Both files are checked (and listed), whichever answers first.
      const both = names.map((name) => isFresh(name, sig)).every(Boolean);
      if (untouched && both) {
        for (const name of names) keep(input.from!, input.out, name);
        // The text file's parts go with it (made in the same step from the same inputs).
        for (let k = 1; existsSync(join(input.from!, `${dataFile.searchTextPart(file, k)}.json`)); k++) {
          keep(input.from!, input.out, dataFile.searchTextPart(file, k));
        }
      } else {
        for (const name of names) kept.delete(name);
        task.files.push({ file, members });
      }
    }
    if (!task.catalog && !task.files.length) continue;
    for (const d of part) task.at[d.key] = d.at!;
    tasks.push(task);
  }
  return { tasks, files, kept };
}
