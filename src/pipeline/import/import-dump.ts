/** A plain-text dump of an archive → posts ready to be written to `content/`. */
import type { PostSource } from '../../core/post.js';
import { MAX_TITLE_LENGTH } from '../front-matter.js';
import { ContentError } from '../errors.js';
import type { LangOptions } from '../lang.js';
import { buildBody } from './blocks.js';
import { makeIds } from './ids.js';
import { type Line, foldedWordsIn, titleKey } from './lines.js';
import type { ImportedPost } from './reader.js';
import { splitPosts } from './split-posts.js';

export type { ImportedPost } from './reader.js';

/**
 * A post that says it is a translation ("… has been translated into French …") and names, in its text,
 * the title of a post in another language, translates that post (the first such post in the dump).
 * Titles are looked up by their first two words at each word of those paragraphs, not compared one by one.
 */
function findTranslations(posts: PostSource[]): void {
  const byStart = new Map<string, { words: string[]; index: number }[]>();
  posts.forEach((post, index) => {
    const words = titleKey(post.title).split(' ').filter(Boolean);
    if (!words.length) return;
    const start = words.slice(0, 2).join(' ');
    const list = byStart.get(start);
    if (list) list.push({ words, index });
    else byStart.set(start, [{ words, index }]);
  });
  const longest = [...byStart.values()].flat().reduce((n, t) => Math.max(n, t.words.length), 0);
  posts.forEach((post, self) => {
    let found = Infinity;
    // The words of the paragraph that start a title, looked at through a window as long as the longest title.
    const window: string[] = [];
    const check = () => {
      for (const start of [window[0], `${window[0]} ${window[1]}`]) {
        for (const title of byStart.get(start) ?? []) {
          const other = posts[title.index];
          if (title.index >= found || title.index === self || other.lang === post.lang) continue;
          if (title.words.every((w, k) => window[k] === w)) found = title.index;
        }
      }
    };
    for (const b of post.blocks) {
      if (b.kind !== 'paragraph' || !/\btranslat|\btradu/iu.test(b.text)) continue;
      for (const word of foldedWordsIn(b.text)) {
        window.push(word);
        if (window.length > longest) {
          check();
          window.shift();
        }
      }
      for (; window.length; window.shift()) check();
    }
    if (found < Infinity) post.translationOf = posts[found].id;
  });
}

/** The lines of a dump as the importer reads them: numbered from 1, trimmed, the empty ones left out. */
function dumpLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text);
}

export function importDump(text: string, file: string, options: LangOptions = {}): ImportedPost[] {
  return importLines(dumpLines(text), file, options);
}

/** Posts from a dump's non-empty lines (`dumpLines`, or the same read as a stream). */
export function importLines(lines: readonly Line[], file: string, options: LangOptions = {}): ImportedPost[] {
  if (!lines.length) throw new ContentError('the dump is empty: no post to import', file, 1);

  const found = splitPosts(lines);
  for (const { title } of found) {
    if (title.text.length > MAX_TITLE_LENGTH) {
      throw new ContentError(
        `a post starts here, and its title would be this whole line of ${title.text.length.toLocaleString('en')} characters (at most ${MAX_TITLE_LENGTH}): a post's first line is its title; put a short title on its own line before the text`,
        file,
        title.n,
      );
    }
  }
  const ids = makeIds(found.map((p) => p.title.text));
  const imported = found.map((p, i): ImportedPost => {
    const body = buildBody(p.title, p.body, options);
    const post: PostSource = {
      id: ids[i],
      title: p.title.text,
      lang: body.lang,
      sources: body.outlets,
      truncated: !!p.more,
      blocks: body.blocks,
    };
    const lineNumbers = [p.title.n, ...p.body.map((l) => l.n), ...(p.more ? [p.more.n] : [])];
    return { post, source: { file, line: p.title.n }, lineNumbers };
  });
  findTranslations(imported.map((i) => i.post));
  return imported;
}
