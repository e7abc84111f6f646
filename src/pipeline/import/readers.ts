/**
 * The formats `npm run import` reads, each by its own reader, chosen by what the file holds (not its name).
 * A new format (a WordPress export, an RSS, Atom or JSON Feed) is one more reader in READERS, before the plain
 * dump, which takes any text: the steps after reading — ids, file names, the checks, writing all or none — are
 * the same for every format (import-cli.ts, plan.ts, commit.ts).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { dumpReader } from './dump-reader.js';
import type { Reader } from './reader.js';

export type { ImportedPost, ImportOptions, Reader } from './reader.js';

/** The most particular format first: the plain-text dump accepts anything. */
const READERS: readonly Reader[] = [dumpReader];

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `file` is a WordPress export or a feed (XML, or JSON for a JSON Feed), which `npm run import` syncs
 * (sync-source.ts) rather than reads with READERS; sources/read-source.ts tells which one it is.
 */
export function isSourceFile(file: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml|<!--|<!DOCTYPE|<rss\b|<feed\b|<rdf:RDF\b|\{)/i.test(head(file));
}

/** The reader for `file`, chosen by its content. */
export function readerFor(file: string, readers: readonly Reader[] = READERS): Reader {
  const start = head(file);
  const reader = readers.find((r) => r.accepts(start));
  if (!reader) throw new Error(`${file}: not a format the importer reads (${readers.map((r) => r.name).join(', ')})`);
  return reader;
}
