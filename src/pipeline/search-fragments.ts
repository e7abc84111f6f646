/**
 * What a search result shows of a post (core/search/index-format.ts, Fragment): its title, address, language,
 * opening, section titles, and a few short windows of its text, those that hold its most telling words (the
 * rarest in the archive first). The other windows are in a file beside it, read only when a result's words are in
 * none of the chosen ones. A result never needs the whole post.
 *
 * Two steps, as for the index: per post, every candidate window with its words (`candidateWindows`); once the
 * archive's word counts are known, the best few (`chooseWindows`).
 */
import type { ArticleSummary, Block } from '../core/post.js';
import { type WordSpan, isSeparator, words } from '../core/search/analyzer.js';
import { dataFile } from '../core/data-files.js';
import { type ExcerptWindow, type Fragment, type WindowSet, idf } from '../core/search/index-format.js';
import { isStopWord } from '../core/search/lunr-setup.js';
import { postTexts } from '../core/search/post-texts.js';
import type { DataSink } from './data-sink.js';
import type { ReadFields } from './search-index.js';

/** Longest window, in characters: an excerpt as results show it (runtime/search/excerpt.ts). */
export const WINDOW_LENGTH = 170;
/** Windows kept per post. */
export const WINDOWS = 8;

export interface Candidates {
  sections: string[];
  /** The windows' distinct terms, each once for the post. */
  terms: string[];
  /**
   * Every window of the text, with its distinct terms (indexes into `terms`: a word in many windows is written,
   * parsed and weighed once), and its language when it is not the post's.
   */
  windows: [section: number, text: string, cut: number, terms: number[], lang?: string][];
}

/** A candidate as a fragment holds it: without its terms, with its language only when it is not the post's. */
const asWindow = ([s, text, cut, , lang]: Candidates['windows'][number]): ExcerptWindow =>
  lang ? [s, text, cut, lang] : [s, text, cut];

const segmenters = new Map<string, Intl.Segmenter>();
function sentences(text: string, lang: string): string[] {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return [...s.segment(text)].map((x) => x.segment);
}

/** Pieces of at most WINDOW_LENGTH characters: whole sentences when they fit, else cut between words. */
function pieces(text: string, lang: string): [start: number, end: number][] {
  if (text.length <= WINDOW_LENGTH) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  let end = 0;
  for (const sentence of sentences(text, lang)) {
    const next = end + sentence.length;
    if (next - start <= WINDOW_LENGTH) {
      end = next;
      continue;
    }
    if (end > start) out.push([start, end]);
    start = end;
    end = next;
    // A sentence too long for a window: cut between words.
    while (end - start > WINDOW_LENGTH) {
      const space = text.lastIndexOf(' ', start + WINDOW_LENGTH);
      const cut = space > start ? space + 1 : start + WINDOW_LENGTH;
      out.push([start, cut]);
      start = cut;
    }
  }
  if (end > start) out.push([start, end]);
  return out;
}

/** Whether the analyzer's runs never cross `text` at `at`: a separator on one side, or an end. */
const cutBetweenRuns = (text: string, at: number) =>
  at === 0 || at === text.length || isSeparator(text.charCodeAt(at - 1)) || isSeparator(text.charCodeAt(at));

/** The words of `spans` (in text order) that stand between `from` and `to`. */
function wordsWithin(spans: readonly WordSpan[], from: number, to: number): WordSpan[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: WordSpan[] = [];
  for (let i = lo; i < spans.length && spans[i].start < to; i++) out.push(spans[i]);
  return out;
}

/**
 * Every window of a post's texts with its distinct terms. `read` (search-index.ts) holds the words of the post's
 * fields, read for its terms: a window cut between two runs of the analyzer has the words its stretch of the field
 * has, so they are taken from there; a window cut inside one (a long word split) is read on its own.
 */
export function candidateWindows(blocks: readonly Block[], lang: string, read?: Pick<ReadFields, 'words'>): Candidates {
  const sections: string[] = [];
  const terms: string[] = [];
  const termAt = new Map<string, number>();
  const windows: Candidates['windows'] = [];
  // Where each text starts in its field: the fields join their texts with a line break (search-index.ts).
  const offsets = { headings: 0, body: 0 };
  for (const { text, section, lang: textLang, heading } of postTexts(blocks)) {
    const field = heading ? 'headings' : 'body';
    const base = offsets[field];
    offsets[field] += text.length + 1;
    let s = section === undefined ? -1 : sections.indexOf(section);
    if (section !== undefined && s < 0) s = sections.push(section) - 1;
    for (const [start, end] of pieces(text, lang)) {
      const piece = text.slice(start, end).trim();
      if (!piece) continue;
      const found =
        read && cutBetweenRuns(text, start) && cutBetweenRuns(text, end)
          ? wordsWithin(read.words[field], base + start, base + end)
          : words(piece, isStopWord);
      const own = new Set<number>();
      for (const w of found) {
        if (w.stop) continue;
        let t = termAt.get(w.term);
        if (t === undefined) termAt.set(w.term, (t = terms.push(w.term) - 1));
        own.add(t);
      }
      const cut = (start > 0 ? 1 : 0) | (end < text.length ? 2 : 0);
      windows.push(textLang === lang ? [s, piece, cut, [...own]] : [s, piece, cut, [...own], textLang]);
    }
  }
  return { sections, terms, windows };
}

/**
 * How much the rarest words weigh in choosing windows: rarity cubed, so that a short window with a name or two
 * found nowhere else (a heading, a list item, a quote's attribution) beats a long one of many middling words. Summed
 * as is, the long ones won, and a search for a planted name read the rest of its post for 20 of 125 names in the
 * held-out archive (none cubed; 3 squared); searches for common words read it as often either way (7 of 25).
 */
const RARITY_POWER = 3;

/**
 * The windows that cover the post's rarest words, greedily (each next window adds the most rarity, cubed, not
 * yet covered), in reading order.
 */
export function chooseWindows(
  candidates: Candidates,
  rarity: (term: string) => number,
  count = WINDOWS,
): ExcerptWindow[] {
  const covered = new Uint8Array(candidates.terms.length);
  const chosen = new Set<number>();
  const weights = candidates.terms.map((t) => rarity(t) ** RARITY_POWER);
  // A window's gain only shrinks as words get covered: one whose last gain is no more than the best so far cannot
  // beat it (a tie keeps the earlier window), and is not summed again. The same windows, in far fewer sums.
  const bound = candidates.windows.map(() => Infinity);
  for (let k = 0; k < count; k++) {
    let best = -1;
    let gain = 0;
    for (let i = 0; i < bound.length; i++) {
      if (bound[i] <= gain || chosen.has(i)) continue;
      const terms = candidates.windows[i][3];
      let g = 0;
      for (let t = 0; t < terms.length; t++) if (!covered[terms[t]]) g += weights[terms[t]];
      bound[i] = g;
      if (g > gain) [best, gain] = [i, g];
    }
    if (best < 0) break;
    chosen.add(best);
    for (const t of candidates.windows[best][3]) covered[t] = 1;
  }
  return [...chosen].sort((a, b) => a - b).map((i) => asWindow(candidates.windows[i]));
}

/** Windows with the sections they stand in, the sections listed once (a fragment's form). */
function withSections(candidates: Candidates, windows: readonly ExcerptWindow[]): WindowSet {
  const used = [...new Set(windows.map((w) => w[0]).filter((s) => s >= 0))].sort((a, b) => a - b);
  return {
    sections: used.map((s) => candidates.sections[s]),
    windows: windows.map(([s, ...rest]) => [s < 0 ? -1 : used.indexOf(s), ...rest]),
  };
}

/**
 * The fragment of a post (its chosen windows), and the rest of its windows: a result reads the rest only when
 * none of the chosen ones holds what the reader searched for.
 */
export function fragmentOf(
  summary: ArticleSummary,
  candidates: Candidates,
  rarity: (term: string) => number,
): { fragment: Fragment; rest: WindowSet } {
  const chosen = chooseWindows(candidates, rarity);
  const texts = new Set(chosen.map((w) => w[1]));
  const others = candidates.windows.filter((w) => !texts.has(w[1])).map(asWindow);
  return {
    fragment: {
      id: summary.id,
      title: summary.title,
      lang: summary.lang,
      ...(summary.url && { url: summary.url }),
      excerpt: summary.excerpt,
      ...withSections(candidates, chosen),
    },
    rest: withSections(candidates, others),
  };
}

/** How telling a word is: lunr's idf for a word in `df` of `posts` posts. */
export function rarityIn(df: (term: string) => number, posts: number): (term: string) => number {
  return (term) => idf(df(term) || 1, posts);
}

/**
 * A text file of more than TEXT_CHARS characters of JSON (long posts: 8 of them made one of 108 KB) keeps only the
 * windows of its posts with up to INLINE_CHARS of them; longer ones go to parts of about PART_CHARS each (a longer
 * post alone), so that a result whose words are not in its fragment reads its own windows and few others'.
 */
const TEXT_CHARS = 32768;
const INLINE_CHARS = 4096;
const PART_CHARS = 16384;

/**
 * Writes a fragment file and its text file (and parts): the fragments of posts whose windows went to a part say
 * where (Fragment.rest).
 */
export function writeFragmentFile(sink: DataSink, file: number, fragments: Fragment[], rests: WindowSet[]): void {
  // Each post's windows as JSON once: their length decides, and the files are these texts in lists.
  const texts = rests.map((rest) => JSON.stringify(rest));
  const split = texts.reduce((sum, t) => sum + t.length, 0) > TEXT_CHARS;
  const main: string[] = [];
  const parts: { list: string[]; chars: number }[] = [];
  texts.forEach((text, i) => {
    if (!split || text.length <= INLINE_CHARS) {
      main.push(text);
      return;
    }
    // The first part with room, else a new one.
    let k = parts.findIndex((p) => p.chars + text.length <= PART_CHARS);
    if (k < 0) k = parts.push({ list: [], chars: 0 }) - 1;
    parts[k].chars += text.length;
    fragments[i].rest = [k + 1, parts[k].list.push(text) - 1];
    main.push('null');
  });
  const list = (items: string[]) => `[${items.join(',')}]`;
  sink.write(dataFile.searchFragments(file), fragments);
  sink.writeJson(dataFile.searchTexts(file), list(main));
  parts.forEach((part, k) => sink.writeJson(dataFile.searchTextPart(file, k + 1), list(part.list)));
}
