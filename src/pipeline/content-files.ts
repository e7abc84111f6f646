/**
 * A content folder's files and the checks across its posts: what the build's main thread needs, without the
 * Markdown reader and its packages (content.ts reads posts; the build reads them in its workers).
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './errors.js';
import type { ParsedPost } from './markdown.js';

export interface LoadedPost extends ParsedPost {
  file: string;
}

/** A post's file: `.md` or `.markdown`, in any case (`NOTES.MD` too). */
const isPostFile = (name: string) => /\.(?:md|markdown)$/i.test(name) && !name.startsWith('.');

/** The source's version of a post that sync could not apply (`post.md.upstream`): to merge by hand, never read. */
const isUpstreamFile = (name: string) => /\.(?:md|markdown)\.upstream$/i.test(name) && !name.startsWith('.');

/**
 * The post files of a folder in archive order, and what else it holds: upstream versions waiting to be merged
 * (`pending`, not read), files that are not posts (a `notes.txt`) and folders (named, not read); hidden ones
 * (`.gitkeep`) are passed over.
 */
export function postFiles(dir: string): { posts: string[]; pending: string[]; ignored: string[] } {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
  // A symbolic link to a post is a post.
  const isFile = (e: Dirent) => e.isFile() || (e.isSymbolicLink() && statSync(join(dir, e.name)).isFile());
  const posts = entries.filter((e) => isPostFile(e.name) && isFile(e)).map((e) => e.name);
  const pending = entries.filter((e) => isUpstreamFile(e.name) && isFile(e)).map((e) => e.name);
  const read = new Set([...posts, ...pending]);
  return {
    posts: posts.sort(),
    pending: pending.sort(),
    ignored: entries.map((e) => e.name).filter((name) => !read.has(name)),
  };
}

/** A file as an editor would type it: relative to where the command runs, when it is below it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/**
 * Checks what no single file can: ids are unique; a translation names another post, in another language, that is
 * itself an original (so links never form a cycle), and an original has one translation per language.
 */
export function checkArchive(posts: readonly LoadedPost[]): void {
  const byId = new Map<string, LoadedPost>();
  for (const loaded of posts) {
    const first = byId.get(loaded.post.id);
    if (first) {
      throw new ContentError(
        `duplicate id "${loaded.post.id}", already used by ${first.file}: give this post another id`,
        loaded.file,
        loaded.keyLines.id ?? 1,
      );
    }
    byId.set(loaded.post.id, loaded);
  }
  const translated = new Map<string, LoadedPost>();
  for (const { post, file, keyLines } of posts) {
    const target = post.translationOf;
    if (!target) continue;
    const line = keyLines.translationOf ?? 1;
    const fail = (reason: string): never => {
      throw new ContentError(`translationOf names "${target}", ${reason}`, file, line);
    };
    const original = byId.get(target);
    if (target === post.id) fail('this post itself: name the post this one translates, or remove the line');
    if (!original) return fail('which is no post: check the id, or remove the line');
    if (original.post.lang === post.lang)
      fail(`a post in the same language (${post.lang}): a translation is in another`);
    if (original.post.translationOf) {
      fail(
        `which is itself a translation (of "${original.post.translationOf}", ${original.file}): name the original post`,
      );
    }
    const key = `${target}\n${post.lang}`;
    const sibling = translated.get(key);
    if (sibling) fail(`which already has a translation in ${post.lang}: ${sibling.file}`);
    translated.set(key, { post, file, keyLines });
  }
}
