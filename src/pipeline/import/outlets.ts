/**
 * Names of outlets in the sentences that say where a piece first appeared:
 * "originally published by the Xinhua News Agency", "which we reprint from Yes! Media",
 * "published on the IDCPC website", "this interesting piece for People’s Dispatch".
 */

import { iso6393 } from 'iso-639-3';

/** "published in Chinese" names a language, not an outlet. */
const LANGUAGE_NAMES = new Set(iso6393.filter((l) => l.type === 'living').map((l) => l.name));

/** A capitalised word, allowing the marks outlet names carry (`Yes!`, `People’s`, `Nhân`). */
const WORD = String.raw`[\p{Lu}][\p{L}\p{N}’'!&.-]*`;
/** Small words inside a name, kept only when another capitalised word follows. */
const JOINER = String.raw`(?:of|the|de|du|des|la|le|and|et)(?=\s+[\p{Lu}])`;
const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${JOINER}))*`;

const PATTERNS = [
  String.raw`(?:published|printed|appeared|reprint(?:ed)?)\s+(?:by|in|on|from)\s+(?:the\s+)?(?:website\s+of\s+(?:the\s+)?)?(${NAME})`,
  String.raw`\bas\s+published\s+by\s+(?:the\s+)?(${NAME})`,
  String.raw`\b(?:article|report|piece|interview)s?\s+(?:from|for|in)\s+(?:the\s+)?(${NAME})`,
].map((p) => new RegExp(p, 'gu'));

function clean(name: string): string {
  // A full stop inside a name belongs to initials (`W.E.B.`); followed by a space it ends the sentence.
  return name
    .split(/\.\s/u)[0]
    .replace(/[.’']+$/u, '')
    .trim();
}

/** Outlets named in a sentence, in the order they are named, without repeats. */
export function outletsIn(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      for (const part of m[1].split(/\s+(?:and|et)\s+/u)) {
        const name = clean(part);
        // A lone article or pronoun caught at a sentence start is not a name.
        if (name.length > 1 && !LANGUAGE_NAMES.has(name) && !/^(?:The|A|An|Le|La|Les|We|Our|It|This)$/u.test(name)) {
          found.push({ at: (m.index ?? 0) + m[0].indexOf(part), name });
        }
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.name))];
}
