/** The plain-text dump: one paragraph a line, posts one after another (import-dump.ts finds where). */
import { ContentError } from '../errors.js';
import { unreadable, utf8Lines } from '../unreadable.js';
import { importLines } from './import-dump.js';
import type { Line } from './lines.js';
import type { Reader } from './reader.js';

/** The dump's non-empty lines, trimmed and numbered, read as a stream (the file is never held whole), as UTF-8. */
async function readLines(file: string): Promise<Line[]> {
  const lines: Line[] = [];
  let n = 0;
  for await (const raw of utf8Lines(file)) {
    n++;
    const bad = unreadable(raw);
    if (bad) throw new ContentError(`this line ${bad.reason}`, file, n);
    const text = raw.trim();
    if (text) lines.push({ n, text });
  }
  return lines;
}

export const dumpReader: Reader = {
  name: 'plain-text dump',
  accepts: () => true,
  read: async (file, options) => importLines(await readLines(file), file, options),
};
