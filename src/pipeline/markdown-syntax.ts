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

const SYNTAX: Extension[] = [
  containerDirectives(),
  frontmatter(['yaml']),
  // An indented paragraph (pasted text often is) is a paragraph, not a code block; `<https://…>` stays as written
  // instead of becoming a link whose brackets vanish.
  { disable: { null: ['codeIndented', 'autolink'] } },
];

export const parseMarkdown = (source: string): Root =>
  fromMarkdown(source, {
    extensions: SYNTAX,
    mdastExtensions: [directiveFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });

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
