/** Reads and checks `content/`: one Markdown file per post, read in file-name order (the archive's order). */
import { join } from 'node:path';
import type { PostSource } from '../core/post.js';
import { type LoadedPost, checkArchive, displayPath, postFiles } from './content-files.js';
import { markdownToPost } from './markdown.js';
import { readUtf8 } from './unreadable.js';

export { type LoadedPost, checkArchive, displayPath, postFiles } from './content-files.js';

export interface LoadOptions {
  /** Told about files in the folder that are not read (default: printed on stderr). */
  warn?: (message: string) => void;
}

export function loadContent(dir: string, { warn = console.warn }: LoadOptions = {}): PostSource[] {
  const { posts: names, ignored } = postFiles(dir);
  for (const name of ignored) {
    warn(`${displayPath(join(dir, name))}: warning: not read; a post is a .md or .markdown file`);
  }
  const posts = names.map((name): LoadedPost => {
    const file = displayPath(join(dir, name));
    return { ...markdownToPost(readUtf8(join(dir, name), file), file), file };
  });
  checkArchive(posts);
  return posts.map((p) => p.post);
}
