/**
 * The Markdown a post is written in, for micromark (reading) and mdast-util-to-markdown (writing): CommonMark,
 * YAML front matter, and container directives (`:::event` … `:::`) — no other kind of directive.
 *
 * Text and leaf directives (`:name[label]{attributes}` inside a line, `::name` on its own) are left out on purpose:
 * the text directive syntax reads the `:30` of `10:30`, the `:16` of `John 3:16`, the `:Cuba` of `Re:Cuba` as a
 * directive and drops it. Turning such directives back into text afterwards would have to rebuild the author's
 * characters from positions, escapes and attributes already interpreted; not parsing them at all leaves every colon
 * as text for the tokenizer's other constructs (escapes, raw HTML) to see as they would anywhere else.
 */
import type { Root } from 'mdast';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Construct, Extension } from 'micromark-util-types';

const COLON = 58;

/**
 * The directive extension with its container construct only. micromark marks a container construct `concrete`
 * (its content cannot be interrupted); the leaf construct beside it in the same list is not.
 */
const containerDirectives = (): Extension => {
  const flow = directive().flow?.[COLON];
  const constructs = (Array.isArray(flow) ? flow : [flow]).filter((c): c is Construct => !!c?.concrete);
  if (constructs.length !== 1) throw new Error('micromark-extension-directive changed: no single container construct');
  return { flow: { [COLON]: constructs } };
};

/**
 * CommonMark constructs switched off. Inside a line a post is plain text, as the widgets show it: `*`, `_`,
 * backticks, `[…](…)`, `![…](…)`, `<https://…>` and `[1]: Smith, 2020` stay as written instead of turning into
 * emphasis, code, links, images or link definitions whose marks (and addresses) the reader would never see. This also
 * keeps reading linear: micromark resolves emphasis and link brackets by looking back over the paragraph, which takes
 * minutes on a long paragraph full of `*a` or `[1]`. An indented paragraph (pasted text often is) is a paragraph,
 * not a code block. Escapes (`\*`), entities (`&amp;`), raw HTML (to refuse it) and block structure stay on.
 */
const DISABLED = [
  'attention',
  'codeText',
  'labelStartLink',
  'labelStartImage',
  'labelEnd',
  'autolink',
  'definition',
  'codeIndented',
];

const SYNTAX: Extension[] = [containerDirectives(), frontmatter(['yaml']), { disable: { null: DISABLED } }];

/** How deep quotations, lists and directives may nest. */
export const MAX_NESTING = 20;

/** Containers a line opens at its start (`>`, `-`, `*`, `+`, `1.`, `1)`), counted the way micromark nests them. */
function markersAt(line: string): number {
  let n = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '>') {
      n++;
      i++;
      continue;
    }
    const list = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (!list) return n;
    n++;
    i += list[0].length;
  }
}

/**
 * Where a post nests containers deeper than MAX_NESTING, checked on its lines before parsing: micromark re-checks
 * every open container on every line, and builds the tree recursively, so a line of 5,000 `- ` takes a minute and
 * then overflows the stack, and 3,000 nested `:::lang` take minutes.
 */
export function tooDeep(lines: readonly string[]): { line: number; reason: string } | null {
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const markers = markersAt(line);
    if (/^[ \t]*:{3,}[ \t]*$/.test(line)) open = Math.max(0, open - 1);
    else if (/^[ \t]*:{3,}\p{L}/u.test(line)) open++;
    if (markers > MAX_NESTING || open > MAX_NESTING) {
      const what = markers > MAX_NESTING ? `${markers} quotations or lists` : `${open} directives`;
      return { line: i + 1, reason: `${what} open inside each other here: at most ${MAX_NESTING}; flatten them` };
    }
  }
  return null;
}

/** Made once: every post is parsed with them. */
const PARSE_OPTIONS = {
  extensions: SYNTAX,
  mdastExtensions: [directiveFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

export const parseMarkdown = (source: string): Root => fromMarkdown(source, PARSE_OPTIONS);

/**
 * Writing: escapes only what the reader above would otherwise take for syntax. A colon inside a line is plain text
 * there, so it is written as is (`10:30`, not `10\:30`); a line opening with colons is still escaped.
 */
const { handlers, unsafe } = directiveToMarkdown();
export const TO_MARKDOWN: ToMarkdownOptions = {
  extensions: [
    {
      handlers,
      unsafe: unsafe?.filter((u) => !u.inConstruct || !([] as string[]).concat(u.inConstruct).includes('phrasing')),
    },
    frontmatterToMarkdown(['yaml']),
  ],
  bullet: '-',
  rule: '-',
};

/** The first raw HTML (a tag, comment or declaration, as CommonMark defines it) in a line of plain text, if any. */
export function rawHtmlIn(text: string): string | null {
  if (!text.includes('<')) return null;
  const found: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'html') found.push(node.value ?? '');
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(parseMarkdown(text));
  return found[0] ?? null;
}
