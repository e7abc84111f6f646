/** Post ids for imported posts: readable slugs, unique, also for titles with no Latin letters. */
import slugify from '@sindresorhus/slugify';
import { shortHash } from './hash.js';

/** What `content/` accepts as an id (see markdown.ts). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX = 60;

/** WordPress stores non-Latin slugs percent-encoded (`%d0%bf%d1%80…`). */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** The slug of a text, transliterated (`привет-мир` → `privet-mir`); '' when nothing Latin is left (Chinese, emoji). */
export function slugOf(text: string): string {
  // `We’re` → `were`, not `we-re`.
  let slug = slugify(decodeSlug(text).replace(/['’]/gu, ''));
  if (slug.length > MAX) slug = slug.slice(0, MAX).replace(/-[^-]*$/, '');
  return ID.test(slug) ? slug : '';
}

/** Hands out ids, each once: the first usable candidate, else a stable fallback from the source's own id. */
export class IdAllocator {
  private readonly used = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.used.add(id);
  }

  /**
   * `candidates` in order of preference (the site's slug, the title); `number` is the source's numeric id
   * (`post-1234`), `key` a last resort hashed into `post-3f2a…`.
   */
  take(candidates: readonly (string | undefined)[], number: string | undefined, key: string): string {
    // A slug of digits only is what WordPress gives a post without a title (`/2024/03/08/140/`): the title says more.
    const base =
      candidates.map((c) => (c ? slugOf(c) : '')).find((slug) => slug && !/^\d+$/.test(slug)) ||
      (number && /^\d+$/.test(number) ? `post-${number}` : `post-${shortHash(key).slice(0, 8)}`);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
