/** A plain-text dump of an archive → posts ready to be written to `content/`. */
import slugify from '@sindresorhus/slugify';
import type { PostSource } from '../../core/post.js';
import { ContentError } from '../errors.js';
import type { LangOptions } from '../lang.js';
import { buildBody } from './blocks.js';
import { type Line, titleKey } from './lines.js';
import { splitPosts } from './split-posts.js';

export interface ImportedPost {
  post: PostSource;
  /** The dump's line numbers that went into this post, for the no-lost-text proof. */
  lineNumbers: number[];
}

/** Readable, unique ids: the title's slug, cut at a word boundary. */
function makeIds(titles: string[]): string[] {
  const used = new Map<string, number>();
  return titles.map((title) => {
    // `We’re` → `were`, not `we-re`.
    let slug = slugify(title.replace(/['’]/gu, ''));
    if (slug.length > 60) slug = slug.slice(0, 60).replace(/-[^-]*$/, '');
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

/**
 * A post that says it is a translation ("… has been translated into French …") and names, in its text,
 * the title of a post in another language, translates that post.
 */
function findTranslations(posts: PostSource[]): void {
  for (const post of posts) {
    const said = post.blocks
      .filter((b) => b.kind === 'paragraph' && /\btranslat|\btradu/iu.test(b.text))
      .map((b) => ` ${titleKey((b as { text: string }).text)} `);
    if (!said.length) continue;
    const original = posts.find(
      (other) =>
        other !== post && other.lang !== post.lang && said.some((s) => s.includes(` ${titleKey(other.title)} `)),
    );
    if (original) post.translationOf = original.id;
  }
}

export function importDump(text: string, file: string, options: LangOptions = {}): ImportedPost[] {
  const lines: Line[] = text
    .split(/\r?\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text);
  if (!lines.length) throw new ContentError('the dump is empty: no post to import', file, 1);

  const found = splitPosts(lines);
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
    return { post, lineNumbers };
  });
  findTranslations(imported.map((i) => i.post));
  return imported;
}
