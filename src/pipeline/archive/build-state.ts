/**
 * What a build with a cache keeps of itself for the next one, beside the per-post records (post-cache.ts), so that
 * a rebuild after a few posts changed neither reads every record again nor rewrites every output:
 * - every post's light part (what the checks across posts, BM25's statistics and the quotes need), in one file;
 * - each range of terms' postings, gathered (`terms-<range>.json`), which the next build patches: the posts that
 *   changed or went are taken out, the new ones put in, and the range is weighed again (BM25's averages and every
 *   term's rarity change with any post);
 * - the data folder written, and for each file a signature of what it was made from (posts' keys, translation
 *   links, the layout), its size and time: a file whose signature is the same and which nobody touched is kept
 *   (linked into the new folder).
 *
 * The state is written whole at the end of a build, beside, then swapped in: a stopped build leaves the last one.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Quote } from '../../core/quote.js';
import type { FileStat, PostRecord, RecordAt } from './post-cache.js';

/** A post of the build, as the state keeps it: its file's name, its text's key and its record's light part. */
export interface DocEntry {
  name: string;
  key: string;
  /** The file's size and time when its key was taken. */
  stat?: FileStat;
  /** Where the cache keeps its record. */
  at?: RecordAt;
  light: PostRecord['light'];
  lengths: number[];
  stopWords: string[];
  quotes: Quote[];
  extra: string[];
}

export interface BuildState {
  /** Ranges of terms the index was made in, one terms file each. */
  partitions: number;
  docs: DocEntry[];
  /** The data folder written, and each file's signature, size and modification time. */
  out: string;
  files: Record<string, Stamp>;
}

export type Stamp = [signature: string, size: number, mtime: number];

const stateDir = (cache: string) => `${cache}.state`;
/** Where this build writes the state it leaves. */
export const nextStateDir = (cache: string) => `${cache}.state-next-${process.pid}`;
export const termsFile = (dir: string, partition: number) => join(dir, `terms-${partition}.json`);
export const previousTermsFile = (cache: string, partition: number) => termsFile(stateDir(cache), partition);

export function readState(cache: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(join(stateDir(cache), 'build.json'), 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

/** Writes the state into the next folder and swaps it in. */
export function saveState(cache: string, state: BuildState): void {
  const next = nextStateDir(cache);
  writeFileSync(join(next, 'build.json'), JSON.stringify(state));
  const dir = stateDir(cache);
  const old = `${dir}-old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(next, dir);
  rmSync(old, { recursive: true, force: true });
}

/** What a file was made from, hashed. */
export const signature = (inputs: unknown): string =>
  createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 24);

/**
 * Whether `name` in `from` (the previous build's data folder, moved aside) is still the file that build made from
 * the same inputs (and nobody touched since).
 */
export function fresh(state: BuildState | undefined, out: string, from: string | undefined, name: string, sig: string) {
  const stamp = from && state?.out === out ? state.files[name] : undefined;
  if (stamp?.[0] !== sig) return false;
  try {
    const stat = statSync(join(from!, `${name}.json`));
    return stat.size === stamp[1] && stat.mtimeMs === stamp[2];
  } catch {
    return false;
  }
}

/**
 * Keeps a fresh file: linked into the new data folder (no bytes copied). Writing over files costs far more than
 * writing new ones (ext4 writes a replaced or truncated file's data out at once), so a build with a cache writes a
 * new folder, links what it keeps, and deletes the previous one.
 */
export function keep(from: string, out: string, name: string): void {
  const path = join(out, `${name}.json`);
  mkdirSync(dirname(path), { recursive: true });
  linkSync(join(from, `${name}.json`), path);
}

export function stampOf(out: string, name: string, sig: string): Stamp {
  const stat = statSync(join(out, `${name}.json`));
  return [sig, stat.size, stat.mtimeMs];
}

/** For each post of the previous build, its number in this one; -1 when its file went or its text changed. */
export function remapDocs(
  previous: readonly DocEntry[],
  names: readonly string[],
  keys: readonly string[],
): Int32Array {
  const now = new Map(names.map((name, doc) => [`${name}\0${keys[doc]}`, doc]));
  return Int32Array.from(previous, (d) => now.get(`${d.name}\0${d.key}`) ?? -1);
}
