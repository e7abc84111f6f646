import type { ShardFile } from '../search-layout.js';

/** The shape of one build, which every task of it shares (tasks.ts, record-tasks.ts, the pool and workers). */
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

/** Posts per run: a posts task, a catalog page, a whole number of fragment files. */
export const RUN = 512;

/** Where a range's shards are written before they get their numbers in the whole index. */
export const partShard = (partition: number, kind: ShardFile, k: number, part?: number): string =>
  `search/part-${partition}/${kind}-${k}${part === undefined ? '' : `-${part}`}`;
