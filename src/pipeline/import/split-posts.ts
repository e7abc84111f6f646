/**
 * Finds where posts start in a plain-text dump. The dump marks nothing: a post title, a section heading,
 * the heading of a reprinted piece, a caption and a byline are all short lines standing alone.
 * Each rule below says what makes such a line something other than a post title; what is left is a title.
 */
import {
  type Line,
  continueTitle,
  datelineOutlet,
  endsWithColon,
  foldedWords,
  hasYear,
  isHeadingLike,
  isNameLine,
  isNumberedHeading,
  isOrigin,
  closesQuotation,
  opensWithCaptionWord,
  titleKey,
} from './lines.js';

export interface DumpPost {
  title: Line;
  /** Every non-empty line after the title, up to the next post, the "Continue reading" line excluded. */
  body: Line[];
  /** The "Continue reading …" line that cut the post short, if any. */
  more?: Line;
}

/** A name on its own line right after a quotation or a piece's heading, or the where-and-when line under it. */
export function isByline(lines: readonly Line[], i: number): boolean {
  const t = lines[i].text;
  const prev = lines[i - 1]?.text ?? '';
  if (!isHeadingLike(t)) return false;
  if (isNameLine(t)) return closesQuotation(prev) || (isHeadingLike(prev) && !isNameLine(prev));
  return hasYear(t) && t.length < 100 && i > 0 && isNameLine(prev) && isByline(lines, i - 1);
}

/** A caption repeats, under the picture, words the text just said: four in a row is enough. */
export function isCaption(lines: readonly Line[], i: number): boolean {
  const t = lines[i].text;
  if (!isHeadingLike(t) || !opensWithCaptionWord(t)) return false;
  const words = foldedWords(t).slice(1);
  const before = lines
    .slice(Math.max(0, i - 3), i)
    .map((l) => ` ${foldedWords(l.text).join(' ')} `)
    .join('');
  for (let k = 0; k + 4 <= words.length; k++) {
    if (before.includes(` ${words.slice(k, k + 4).join(' ')} `)) return true;
  }
  return false;
}

/** The heading of a reprinted piece: announced by an origin line, or followed by a dateline or its author. */
export function isPieceHeading(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1]?.text ?? '';
  const prev = lines[i - 1]?.text ?? '';
  return (
    isHeadingLike(lines[i].text) &&
    (isOrigin(prev) || datelineOutlet(next) !== null || (isNameLine(next) && isByline(lines, i + 1)))
  );
}

/**
 * Indexes of lines that cannot be titles because a "Continue reading X" further down names X above them.
 * One pass: each line's title key is compared only with the titles some "Continue reading" line names.
 */
function insideContinuedPosts(lines: readonly Line[]): { titles: Set<number>; sections: Set<number> } {
  const titles = new Set<number>();
  const sections = new Set<number>();
  const named = lines.map((l) => continueTitle(l.text));
  const wanted = new Set(named.filter((n): n is string => n !== null).map(titleKey));
  if (!wanted.size) return { titles, sections };
  // The nearest line above with the named title; the lines between are its sections.
  const lastSeen = new Map<string, number>();
  const spans: [number, number][] = [];
  lines.forEach((line, c) => {
    const name = named[c];
    const t = name === null ? undefined : lastSeen.get(titleKey(name));
    if (t !== undefined) {
      titles.add(t);
      spans.push([t + 1, c]);
    }
    const key = titleKey(line.text);
    if (wanted.has(key)) lastSeen.set(key, c);
  });
  // Spans may nest or overlap: mark each line once.
  let reached = 0;
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    for (let k = Math.max(from, reached); k < to; k++) sections.add(k);
    reached = Math.max(reached, to);
  }
  return { titles, sections };
}

function startsPost(lines: readonly Line[], i: number, known: ReturnType<typeof insideContinuedPosts>): boolean {
  if (i === 0 || known.titles.has(i) || continueTitle(lines[i - 1].text)) return true;
  const t = lines[i].text;
  if (!isHeadingLike(t) || known.sections.has(i)) return false;
  if (isByline(lines, i) || isCaption(lines, i) || isPieceHeading(lines, i) || isNumberedHeading(t)) return false;
  // A section may open straight onto a quotation ("In 1948, a journalist … reported:"); a post opens on a lead
  // that says what the post is, longer than the one clause that introduces a quotation.
  const next = lines[i + 1]?.text ?? '';
  return !(endsWithColon(next) && next.length < 100);
}

/** Splits the dump's non-empty lines into posts. */
export function splitPosts(lines: readonly Line[]): DumpPost[] {
  const known = insideContinuedPosts(lines);
  const posts: DumpPost[] = [];
  lines.forEach((line, i) => {
    if (startsPost(lines, i, known)) {
      posts.push({ title: line, body: [] });
    } else if (continueTitle(line.text) && posts.length) {
      posts[posts.length - 1].more = line;
    } else {
      posts[posts.length - 1].body.push(line);
    }
  });
  return posts;
}
