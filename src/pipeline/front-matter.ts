/**
 * A post's YAML front matter: parsed with bounded alias expansion, every key checked, every problem reported at
 * the line of the key it is about.
 */
import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type { PostSource } from '../core/post.js';
import { withinOneTypo } from '../core/search/typos.js';
import { ContentError } from './errors.js';
import { langTagProblem } from './lang-tag.js';
import { plainFrontMatter } from './front-matter-plain.js';
import { rawHtmlIn } from './markdown-syntax.js';

/** The keys a post's front matter may have, in the order an editor reads them. */
const FRONT_MATTER_KEYS = [
  'id',
  'title',
  'lang',
  'translationOf',
  'sources',
  'url',
  'truncated',
  // What an import from a CMS adds (src/pipeline/sources/): when and by whom, how the site filed it, and the
  // hashes that tell a later import what changed.
  'date',
  'authors',
  'categories',
  'tags',
  'sourceId',
  'sourceHash',
  'importHash',
] as const;

/** An ISO 8601 date, with a time (and offset) or not: `2024-06-05`, `2024-06-05T16:04:48Z`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * How far YAML aliases (`*name`) may expand. Front matter needs none; a few are harmless, but nested ones grow
 * exponentially (a "billion laughs" document of a few lines would take all memory).
 */
const MAX_ALIAS_COUNT = 20;

/** An id names the post's data files (`posts/<id>.json`) and goes into addresses; file names stop at 255 bytes. */
const MAX_ID_LENGTH = 100;

/** A title is a line on a card; past this it is a paragraph that lost its way (a dump opening on its text). */
export const MAX_TITLE_LENGTH = 1000;

/** A post's fields but its text, as its front matter gives them. */
export interface FrontMatter extends Omit<PostSource, 'blocks'> {
  /** Line of each key in the file, for errors found later (a translation link to a missing post). */
  keyLines: Record<string, number>;
}

/** The front matter as the yaml package reads it, with the line of each key; its problems fail at their line. */
function parsedFrontMatter(yaml: string, firstLine: number, fail: (reason: string, line: number) => never) {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  const lineAt = (pos: number | undefined) => firstLine + (pos === undefined ? 0 : counter.linePos(pos).line - 1);
  if (doc.errors.length) {
    const err = doc.errors[0];
    fail(
      `front matter does not parse: ${err.message.split('\n')[0]}. A value holding ": " or " #", or starting with one of [ ] { } @ \` ' " ! & * | > % , needs quotes: title: "Re: Cuba"`,
      lineAt(err.pos[0]),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let at: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node)) at ??= node.range?.[0];
      },
    });
    fail(
      `front matter aliases (*name) expand beyond ${MAX_ALIAS_COUNT} values (${(err as Error).message}): write the values out`,
      lineAt(at),
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    fail('front matter must be a mapping of keys to values (`id: …`, `title: …`)', firstLine - 1);
  }
  const keyLines: Record<string, number> = {};
  if (doc.contents && 'items' in doc.contents) {
    for (const pair of doc.contents.items as { key: { value: unknown; range?: number[] } }[]) {
      if (pair.key?.range) keyLines[String(pair.key.value)] = lineAt(pair.key.range[0]);
    }
  }
  return { values: data as Record<string, unknown>, keyLines, doc: { doc, lineAt } };
}

/**
 * Reads the YAML between the `---` lines; `firstLine` is the file's line of the YAML's first line.
 */
export function readFrontMatter(yaml: string, file: string, firstLine: number): FrontMatter {
  const fail = (reason: string, line: number): never => {
    throw new ContentError(reason, file, line);
  };
  // Most front matter is plain `key: value` lines and lists of strings: read without building a YAML document.
  const plain = plainFrontMatter(yaml);
  const { values, keyLines, doc } = plain
    ? {
        values: plain.values as Record<string, unknown>,
        keyLines: Object.fromEntries(Object.entries(plain.keyLines).map(([key, line]) => [key, firstLine + line])),
        doc: undefined,
      }
    : parsedFrontMatter(yaml, firstLine, fail);
  // A missing key is reported on the line of the opening `---`.
  const at = (key: string) => keyLines[key] ?? firstLine - 1;

  for (const key of Object.keys(values)) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      const near = FRONT_MATTER_KEYS.find((k) => withinOneTypo(k.toLowerCase(), key.toLowerCase()));
      const hint = near ? ` (\`${near}\`?)` : '';
      fail(`unknown front matter key \`${key}\`${hint}: a post's keys are ${FRONT_MATTER_KEYS.join(', ')}`, at(key));
    }
  }
  // YAML drops what follows " #" on a line as a comment: `title: Issue #5 review` would be "Issue". A comment
  // written as one (`# a note`) is fine; "#" right before a letter or digit was the author's text. (The plain
  // reader declines any "#" after a space.)
  if (doc)
    visit(doc.doc, {
      Scalar(_, node) {
        if (node.comment && /^\S/u.test(node.comment)) {
          fail(
            `" #${node.comment.split('\n')[0]}" would be dropped as a YAML comment: put the whole value in quotes ("… #${node.comment.split('\n')[0]}"), or write "# " for a comment`,
            doc.lineAt(node.range?.[0]),
          );
        }
      },
    });
  const text = (key: string, what = 'a non-empty string', max = Infinity, why = ''): string => {
    const value = values[key];
    if (typeof value === 'number' || typeof value === 'boolean') {
      fail(`\`${key}\` is read as a ${typeof value}: put it in quotes (${key}: "${String(value)}")`, at(key));
    }
    if (typeof value !== 'string' || !value.trim()) fail(`front matter needs \`${key}\` (${what})`, at(key));
    const trimmed = (value as string).trim();
    if (trimmed.length > max) {
      fail(`\`${key}\` is ${trimmed.length} characters long: at most ${max}${why}; shorten it`, at(key));
    }
    const html = rawHtmlIn(trimmed);
    if (html) fail(`raw HTML (\`${html}\`) in \`${key}\`: the widgets show text only; remove the tag`, at(key));
    return trimmed;
  };
  const slug = (key: string): string => {
    const value = text(key, 'a slug', MAX_ID_LENGTH, ' (it names files)');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
      fail(`\`${key}\` is a slug: lower-case letters a–z, digits and single hyphens ("${value}")`, at(key));
    }
    return value;
  };

  const title = text('title', 'a non-empty string', MAX_TITLE_LENGTH);
  const lang = text('lang', 'a language tag such as "en"');
  const problem = langTagProblem(lang);
  if (problem) fail(`\`lang\`: ${problem}`, at('lang'));
  const front: FrontMatter = { id: slug('id'), title, lang, sources: [], truncated: false, keyLines };

  const list = (key: string, what: string): string[] => {
    const value = values[key] ?? [];
    if (!Array.isArray(value) || value.some((s) => typeof s !== 'string' || !s.trim())) {
      fail(`\`${key}\` is a list of ${what}, or \`[]\``, at(key));
    }
    for (const s of value as string[]) {
      const html = rawHtmlIn(s);
      if (html) fail(`raw HTML (\`${html}\`) in \`${key}\`: the widgets show text only; remove the tag`, at(key));
    }
    return (value as string[]).map((s) => s.trim());
  };
  front.sources = list('sources', 'outlet names (`- Xinhua News Agency`)');
  for (const key of ['authors', 'categories', 'tags'] as const) {
    if (values[key] != null) front[key] = list(key, `names (\`- ${key === 'authors' ? 'Jane Doe' : 'News'}\`)`);
  }
  if (values.date != null) {
    const date = text('date', 'an ISO 8601 date');
    if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
      fail(`\`date\` is an ISO 8601 date, such as 2024-06-05 or 2024-06-05T16:04:48Z ("${date}")`, at('date'));
    }
    front.date = date;
  }
  for (const key of ['sourceId', 'sourceHash', 'importHash'] as const) {
    if (values[key] != null) front[key] = text(key);
  }

  if (values.truncated != null && typeof values.truncated !== 'boolean') {
    fail('`truncated` is `true` or `false`', at('truncated'));
  }
  front.truncated = values.truncated === true;
  if (values.translationOf != null) front.translationOf = slug('translationOf');
  if (values.url != null) {
    const url = text('url', 'an http(s) address');
    if (!/^https?:\/\//.test(url) || !URL.canParse(url)) {
      fail(`\`url\` must be an http(s) address ("${url}")`, at('url'));
    }
    front.url = url;
  }
  return front;
}
