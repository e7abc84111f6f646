/**
 * Intermediate files of the streaming build (in a temporary folder): what the per-post step hands to the steps
 * that need all posts of a range of terms, of a bucket, or of a run of the archive. Lines are appended in large
 * writes and read back one file at a time, so memory holds one range at once, never the archive.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes buffered per file before a write. */
const BUFFER = 1 << 18;

/** One file's buffered appends (Appender.file). */
export class AppendedFile {
  private readonly buffer = Buffer.allocUnsafe(BUFFER);
  private size = 0;

  constructor(private readonly fd: number) {}

  /** Appends `line` (its own line breaks, if any); returns its length in bytes. */
  append(line: string): number {
    // A UTF-16 code unit is at most three bytes of UTF-8.
    if (this.size + line.length * 3 > BUFFER) {
      this.flush();
      if (line.length * 3 > BUFFER) return writeSync(this.fd, line);
    }
    const bytes = this.buffer.write(line, this.size);
    this.size += bytes;
    return bytes;
  }

  flush(): void {
    if (!this.size) return;
    writeSync(this.fd, this.buffer, 0, this.size);
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Buffered appends to many files. Lines are copied into each file's buffer as UTF-8 at once: held as strings until
 * a write, they outlived the young generation and were copied by every scavenge (a tenth of a post's time).
 */
export class Appender {
  private readonly open = new Map<string, AppendedFile>();

  /** The file at `path`, opened for appending on first use. */
  file(path: string): AppendedFile {
    let file = this.open.get(path);
    if (!file) this.open.set(path, (file = new AppendedFile(openSync(path, 'a'))));
    return file;
  }

  append(path: string, line: string): void {
    this.file(path).append(line);
  }

  /** Writes everything out and closes the files. */
  close(): void {
    for (const file of this.open.values()) file.close();
    this.open.clear();
  }
}

/** The spill folder's files, by what they hold (`w` is a worker, `c` a run of the archive). */
export const spillFile = {
  terms: (dir: string, partition: number, w: number) => join(dir, `terms-${partition}-${w}.tsv`),
  group: (dir: string, group: number, w: number) => join(dir, `group-${group}-${w}.jsonl`),
  run: (dir: string, c: number) => join(dir, `run-${c}.jsonl`),
  df: (dir: string) => join(dir, 'df.json'),
};

/** Every worker's part of a spill, whole (`part(w)` names them). */
export function* spilledTexts(part: (w: number) => string, workers: number): Generator<string> {
  for (let w = 0; w < workers; w++) {
    const path = part(w);
    if (existsSync(path)) yield readFileSync(path, 'utf8');
  }
}

/** Lines of every worker's part of a spill (`part(w)` names them). */
export function* spilledLines(part: (w: number) => string, workers: number): Generator<string> {
  for (const text of spilledTexts(part, workers)) {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      yield text.slice(start, end);
    }
  }
}
