/**
 * What an import will write, checked before anything is written: the file of each post, the posts already in the
 * folder it keeps or (with --force) replaces, and the archive they make together — so a second import into a
 * folder that has posts fails here, naming the input's line, instead of leaving duplicate ids for the build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type LoadedPost, checkArchive, displayPath, postFiles } from '../content.js';
import { ContentError } from '../errors.js';
import { markdownFrontMatter, markdownToPost, postToMarkdown } from '../markdown.js';
import type { ImportedPost } from './reader.js';

export interface ImportPlan {
  /** New files, in the input's order: `001-<id>.md`, … */
  write: { name: string; imported: ImportedPost }[];
  /** Posts already in the folder that the import replaces (same id, other file name; --force only). */
  remove: string[];
}

const fail = (reason: string, { source }: ImportedPost): never => {
  throw new ContentError(reason, source.file, source.line);
};

const named = ({ post }: ImportedPost) =>
  `post "${post.title.length > 60 ? `${post.title.slice(0, 59)}…` : post.title}"`;

export function planImport(out: string, posts: readonly ImportedPost[], force: boolean): ImportPlan {
  const width = Math.max(3, String(posts.length).length);
  const write = posts.map((imported, i) => ({
    name: `${String(i + 1).padStart(width, '0')}-${imported.post.id}.md`,
    imported,
  }));
  if (existsSync(out) && !statSync(out).isDirectory()) throw new Error(`${out} is a file, not a folder`);
  const existing = existsSync(out) ? postFiles(out).posts : [];

  const names = new Map(write.map((w) => [w.name, w]));
  const clash = existing.map((name) => names.get(name)).find((w) => w !== undefined);
  if (clash && !force)
    fail(`${displayPath(join(out, clash.name))} exists; pass --force to overwrite it`, clash.imported);

  const ids = new Map(write.map((w) => [w.imported.post.id, w.imported]));
  const kept: LoadedPost[] = [];
  const remove: string[] = [];
  for (const name of existing) {
    if (names.has(name)) continue;
    const file = displayPath(join(out, name));
    const { keyLines, ...front } = markdownFrontMatter(readFileSync(join(out, name), 'utf8'), file);
    const again = ids.get(front.id);
    if (again && !force) {
      fail(
        `${named(again)} gets the id "${front.id}", which ${file} already has (imported before?): pass --force to replace that post, or import into another folder with --out`,
        again,
      );
    }
    if (again) remove.push(name);
    else kept.push({ post: { ...front, blocks: [] }, keyLines, file });
  }
  checkArchive([
    ...kept,
    ...write.map(({ imported }) => ({
      post: imported.post,
      keyLines: { id: imported.source.line, translationOf: imported.source.line },
      file: imported.source.file,
    })),
  ]);
  return { write, remove };
}

/**
 * A post's Markdown, proven to read back as the same post: what the build would refuse, or read otherwise, is an
 * error at the post's line in the input (not in a file that is about to be thrown away).
 */
export function renderChecked(imported: ImportedPost): string {
  const text = postToMarkdown(imported.post);
  let back;
  try {
    back = markdownToPost(text, 'post.md').post;
  } catch (err) {
    if (err instanceof ContentError) fail(`${named(imported)}: ${err.reason}`, imported);
    throw err;
  }
  if (!isDeepStrictEqual(back, imported.post)) {
    fail(
      `${named(imported)} would not read back as imported from its Markdown (an importer bug: please report it)`,
      imported,
    );
  }
  return text;
}
