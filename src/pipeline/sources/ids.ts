/** Post ids for imported posts: readable slugs, unique, also for titles with no Latin letters. */
import { slugOf as slugOfTitle } from '../import/ids.js';
import { shortHash } from './hash.js';

/** What `content/` accepts as an id (see markdown.ts). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** WordPress stores non-Latin slugs percent-encoded (`%d0%bf%d1%80…`). */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** The slug of a text or a CMS's slug (`привет-мир` → `privet-mir`); '' when nothing Latin is left (Chinese, emoji). */
function slugOf(text: string): string {
  const slug = slugOfTitle(decodeSlug(text));
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
