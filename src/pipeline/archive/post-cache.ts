/**
 * The incremental build's cache: what the per-post step makes of a file (post-work.ts), kept by the hash of the
 * file's text, so that a rebuild after one post changed works on that post alone; what needs the whole archive
 * (the checks across files, translation links, the index's statistics, rare words, quotes) is still made from
 * every post's record, cached or not, so the output is the same byte for byte as a clean build's.
 *
 * Records are stored as the spill lines they become (JSON and index lines already written), in pack files of a
 * posts task's records (the build's state says where each post's is: build-state.ts), in
 * `<root>/<code version>/<content folder>/` (code-version.ts: any change to the code or a dependency starts
 * afresh); a folder per content folder lets a build delete the packs none of its posts uses any more.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../core/quote.js';
import { summaryOf } from '../derive.js';
import { positionsText } from '../search-layout.js';
import type { LightPost, PostWork } from './post-work.js';
import { AppendedFile } from './spill.js';

/** A post's part of the build, as the spills take it. */
export interface PostRecord {
  light: Omit<LightPost, 'file'>;
  lengths: number[];
  stopWords: string[];
  quotes: Quote[];
  /** The post as `article(id)` gives it, as a JSON line (translations linked later). */
  article: string;
  /** Its summary and search windows, as a JSON line. */
  run: string;
  /** One line per term: `term \t tf \t positions;near` (the spill adds the post's number after the term). */
  terms: string;
  /**
   * Words of its search windows that are not among its index terms (a window cut inside a long unspaced word):
   * their rarity decides its fragment too, so a rebuild must know them to tell which fragments a change reaches.
   */
  extra: string[];
}

export function recordOf(work: PostWork): PostRecord {
  const { file: _file, ...light } = work.light;
  // Window terms the index lacks (a long word cut by a window): few or none.
  const indexed = new Set<string>();
  for (const [term] of work.terms.terms) indexed.add(term);
  const extra = work.candidates.terms.filter((t) => !indexed.has(t));
  return {
    light,
    lengths: work.terms.lengths,
    stopWords: work.terms.stopWords,
    quotes: work.quotes,
    article: JSON.stringify(work.article),
    run: JSON.stringify({ s: summaryOf(work.article), c: work.candidates }),
    terms: work.terms.terms
      .map(([term, tf, positions, near]) => `${term}\t${tf.join(',')}\t${positionsText(positions, near)}`)
      .join('\n'),
    extra: extra.sort(),
  };
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The key of a post's text. */
export const keyOf = (text: string): string => sha(text).slice(0, 32);

/** Where a record is kept: its pack file (in the cache folder), and its bytes' offset and length there. */
export type RecordAt = [pack: string, offset: number, length: number];

/**
 * A record as kept: one line of JSON for its light part, then the article's and the run's JSON lines as they were
 * made (not escaped into another JSON string), then its index lines. JSON text holds no raw line break.
 */
const recordParts = ({ run, article, terms, ...light }: PostRecord) => [
  JSON.stringify(light),
  '\n',
  article,
  '\n',
  run,
  '\n',
  terms,
];

function parseRecord(text: string): PostRecord | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 3; i++) {
    const end = text.indexOf('\n', start);
    if (end < 0) return undefined;
    parts.push(text.slice(start, end));
    start = end + 1;
  }
  try {
    const light = JSON.parse(parts[0]) as Omit<PostRecord, 'article' | 'run' | 'terms'>;
    return { ...light, article: parts[1], run: parts[2], terms: text.slice(start) };
  } catch {
    return undefined;
  }
}

/**
 * The records one posts task makes, appended to one pack file: on a busy machine, creating a file per post cost
 * ten times what appending does (2.5 s of a 5,000-post build). Written beside, then renamed when the task ends: a
 * pack is whole or absent, also when two builds run at once.
 */
export class PackWriter {
  private readonly name: string;
  private readonly part: string;
  private file: AppendedFile | undefined;
  private offset = 0;

  constructor(
    private readonly dir: string,
    worker: number,
    run: number,
  ) {
    this.name = `${Date.now().toString(36)}-${process.pid}-${worker}-${run}.pack`;
    this.part = join(dir, `${this.name}.part`);
  }

  add(record: PostRecord): RecordAt {
    // Copied into the file's buffer part by part, as the spills are: no string joined, no buffer made per record.
    this.file ??= new AppendedFile(openSync(this.part, 'w'));
    let length = 0;
    for (const part of recordParts(record)) length += this.file.append(part);
    const at: RecordAt = [this.name, this.offset, length];
    this.offset += length;
    return at;
  }

  close(): void {
    if (this.file === undefined) return;
    this.file.close();
    renameSync(this.part, join(this.dir, this.name));
  }
}

/** A kept record; undefined when its pack is gone or cut short (the post is worked on again). */
export function readRecord(dir: string, [pack, offset, length]: RecordAt): PostRecord | undefined {
  let fd: number;
  try {
    fd = openSync(join(dir, pack), 'r');
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.alloc(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) return undefined;
    return parseRecord(bytes.toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/** A file's size and modification time. */
export type FileStat = [size: number, mtime: number];

/** The key of a file this thread did not hash (a first build's). */
export const NOT_HASHED = '';

/**
 * The key of each file's text (read and hashed: about 0.3 s for 27 MB), unless the file has the size and time it had
 * when the previous build hashed it (`before`), as make and tsc --incremental trust them. A first build (no
 * previous build to compare with) takes only the sizes and times: the workers hash each text as they read it.
 */
export function keysOf(
  files: readonly string[],
  before: ((i: number) => { key: string; stat?: FileStat } | undefined) | undefined,
): { keys: string[]; stats: FileStat[] } {
  const stats = files.map((file): FileStat => {
    const stat = statSync(file);
    return [stat.size, stat.mtimeMs];
  });
  if (!before) return { keys: files.map(() => NOT_HASHED), stats };
  const keys = files.map((file, i) => {
    const known = before(i);
    const same = known?.stat?.[0] === stats[i][0] && known.stat[1] === stats[i][1];
    return same ? known.key : keyOf(readFileSync(file, 'utf8'));
  });
  return { keys, stats };
}

/** Deletes the packs none of the content folder's current posts is kept in (and parts of stopped builds). */
export function pruneRecords(dir: string, used: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
}
