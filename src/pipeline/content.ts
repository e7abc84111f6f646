/** Reads and checks `content/`: one Markdown file per post, read in file-name order (the archive's order). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PostSource } from '../core/post.js';
import { ContentError } from './errors.js';
import { type ParsedPost, markdownToPost } from './markdown.js';

export interface LoadedPost extends ParsedPost {
  file: string;
}

/** Checks what no single file can: ids are unique, translation links point at a post in another language. */
export function checkArchive(posts: readonly LoadedPost[]): void {
  const byId = new Map<string, LoadedPost>();
  for (const loaded of posts) {
    const first = byId.get(loaded.post.id);
    if (first) {
      throw new ContentError(
        `duplicate id "${loaded.post.id}", already used by ${first.file}`,
        loaded.file,
        loaded.keyLines.id ?? 1,
      );
    }
    byId.set(loaded.post.id, loaded);
  }
  for (const { post, file, keyLines } of posts) {
    if (!post.translationOf) continue;
    const original = byId.get(post.translationOf);
    const line = keyLines.translationOf ?? 1;
    if (!original) throw new ContentError(`translationOf names "${post.translationOf}", which is no post`, file, line);
    if (original.post.lang === post.lang) {
      throw new ContentError(`translationOf names "${post.translationOf}", a post in the same language`, file, line);
    }
  }
}

export function loadContent(dir: string): PostSource[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const posts = files.map((name): LoadedPost => {
    const file = join(dir, name);
    return { ...markdownToPost(readFileSync(file, 'utf8'), file), file };
  });
  checkArchive(posts);
  return posts.map((p) => p.post);
}
