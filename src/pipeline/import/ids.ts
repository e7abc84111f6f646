/** Post ids from titles: readable slugs, or a stable hash for a title with nothing a slug can keep. */
import slugify from '@sindresorhus/slugify';
import { shortHash } from '../sources/hash.js';

/** Slugs are cut at a word boundary within this many characters. */
const MAX_SLUG = 60;
/** slugify reads all it is given: a title line can be megabytes long (a dump that opens on a paragraph). */
const MAX_READ = 4096;

/**
 * The slug of a title (or of a CMS's slug): letters of Latin, Cyrillic, Greek, Arabic and other alphabets
 * transliterated (`Привет` → `privet`), cut at a word within 60 characters; '' when nothing is left (Chinese,
 * Japanese, Korean, Hebrew, Thai, emoji or punctuation alone). The one slug rule of the importers (dump and CMS).
 */
export function slugOf(title: string): string {
  // `We’re` → `were`, not `we-re`.
  const clean = (t: string) => slugify(t.replace(/['’]/gu, ''));
  // Longer prefixes until the slug is long enough to be cut, cut at white space (slugify splits words there too).
  const prefix = (read: number) => {
    const cut = read >= title.length ? title.length : title.lastIndexOf(' ', read);
    return clean(title.slice(0, cut > 0 ? cut : read));
  };
  let read = 256;
  let slug = prefix(read);
  while (slug.length <= MAX_SLUG && read < Math.min(title.length, MAX_READ)) slug = prefix((read *= 2));
  return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : slug;
}

/** A title's id: its slug, else `post-` and the first hex digits of its SHA-256, the same on every import. */
const idOf = (title: string) => slugOf(title) || `post-${shortHash(title).slice(0, 10)}`;

/** Readable, unique ids: a second post of the same title gets `-2`, a third `-3` (skipping ids already taken). */
export function makeIds(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const slug = idOf(title);
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  });
}
