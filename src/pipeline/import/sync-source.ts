/**
 * `npm run import` on a WordPress export or a feed: a sync of the content folder with the source, not a one-off
 * import. The source is read as a stream (sources/read-source.ts), the folder's posts described (describeExisting),
 * the plan made (planSync: add, update, keep, conflict, gone), checked — every file written reads back as the post
 * it holds, and the folder it makes passes the archive's checks — and only then written, all or none (commit.ts).
 * A plan that writes nothing leaves the folder untouched (not even copied).
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { type LoadedPost, checkArchive, displayPath, postFiles } from '../content.js';
import { ContentError } from '../errors.js';
import { markdownFrontMatter, markdownToPost } from '../markdown.js';
import {
  type SourcePost,
  type SourceSummary,
  type SyncAction,
  describeExisting,
  planSync,
  readSource,
} from '../sources/index.js';
import { changeFolder } from './commit.js';

export interface SyncOptions {
  candidates: readonly string[];
  /** Delete the files of posts gone upstream that nobody edited. */
  prune: boolean;
}

export interface SyncResult {
  summary: SourceSummary;
  actions: SyncAction[];
  /** `.md.upstream` files removed because the post now carries the source's version (merged, or updated). */
  merged: string[];
  /** Whether the folder was changed. */
  written: boolean;
}

/**
 * A file the sync would write, read as the build reads it, and proven to hold the post it was made from; errors
 * name the source's item (`from`, found by its source id among the posts read).
 */
function checkWritten(
  text: string,
  file: string,
  from: (sourceId: string | undefined) => SourcePost | undefined,
  input: string,
): LoadedPost {
  let loaded;
  try {
    loaded = markdownToPost(text, file);
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    // The item, by the sourceId line of the text that does not read.
    const line = /^sourceId: (.+)$/m.exec(text)?.[1];
    const item = line === undefined ? undefined : from(String(parse(line)));
    throw new ContentError(
      `this item would be written as ${file}, which the build refuses: ${err.message}`,
      input,
      item?.line ?? 1,
    );
  }
  const item = from(loaded.post.sourceId);
  const { importHash: _hash, ...back } = loaded.post;
  if (!item || !isDeepStrictEqual(back, { ...item.post, id: back.id })) {
    throw new ContentError(
      `this item would not read back from ${file} as imported (an importer bug: please report it)`,
      input,
      item?.line ?? 1,
    );
  }
  return { post: { ...loaded.post, blocks: [] }, keyLines: loaded.keyLines, file };
}

export async function syncSource(input: string, out: string, options: SyncOptions): Promise<SyncResult> {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new Error(`${out} is a file, not a folder`);
  const { posts: names, pending } = existsSync(out) ? postFiles(out) : { posts: [], pending: [] };
  const texts = new Map(names.map((name) => [name, readFileSync(join(out, name), 'utf8')]));
  const existing = names.map((name) => describeExisting(name, texts.get(name)!));

  const source = readSource(input, { candidates: options.candidates });
  const incoming: SourcePost[] = [];
  for await (const post of source.posts) incoming.push(post);
  const summary = source.summary;
  const actions = planSync(
    { existing, incoming: incoming.map((p) => p.post), source: summary },
    { prune: options.prune },
  );

  // The folder after the plan, checked as the build will check it, before anything is written.
  const bySourceId = new Map(incoming.map((p) => [p.post.sourceId, p]));
  const from = (sourceId: string | undefined) => bySourceId.get(sourceId);
  const after = new Map<string, LoadedPost>();
  for (const name of names) {
    const file = displayPath(join(out, name));
    const { keyLines, ...front } = markdownFrontMatter(texts.get(name)!, file);
    after.set(name, { post: { ...front, blocks: [] }, keyLines, file });
  }
  for (const a of actions) {
    if (a.kind === 'add' || a.kind === 'update') {
      after.set(a.file, checkWritten(a.text, displayPath(join(out, a.file)), from, input));
    } else if (a.kind === 'gone' && a.remove) after.delete(a.file);
  }
  checkArchive([...after.values()]);

  // An `.upstream` file left from a conflict is done with once the post carries the source's current version.
  const pendingSet = new Set(pending);
  const merged = actions
    .filter((a) => ['keep', 'update', 'unchanged'].includes(a.kind) || (a.kind === 'gone' && a.remove))
    .map((a) => `${a.file}.upstream`)
    .filter((name) => pendingSet.has(name));

  // A conflict already written beside the file, with the same upstream version, needs no writing again.
  const waiting = (a: Extract<SyncAction, { kind: 'conflict' }>) =>
    pendingSet.has(a.beside) && readFileSync(join(out, a.beside), 'utf8') === a.text;
  const changes = actions.filter(
    (a) =>
      a.kind === 'add' ||
      a.kind === 'update' ||
      (a.kind === 'conflict' && !waiting(a)) ||
      (a.kind === 'gone' && a.remove),
  );
  if (!changes.length && !merged.length) return { summary, actions, merged, written: false };
  changeFolder(out, (stage) => {
    for (const a of changes) {
      if (a.kind === 'add' || a.kind === 'update') writeFileSync(join(stage, a.file), a.text);
      else if (a.kind === 'conflict') writeFileSync(join(stage, a.beside), a.text);
      else rmSync(join(stage, a.file));
    }
    for (const name of merged) rmSync(join(stage, name));
  });
  return { summary, actions, merged, written: true };
}
