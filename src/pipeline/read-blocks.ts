/**
 * A post's Markdown body (mdast) → blocks. Whatever the reader would not see as the author wrote it is refused
 * with the file, the line, and what to write instead: the widgets show text, so Markdown that means more than text
 * (raw HTML, code blocks, numbered lists) would lose something on the way. Inside a line the syntax only knows
 * escapes, entities and line breaks (markdown-syntax.ts): everything else is text.
 */
import type { List, ListItem, Parent, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Block, ReprintBlock } from '../core/post.js';
import { ContentError } from './errors.js';
import { langTagProblem } from './lang-tag.js';
import { rawHtmlIn } from './markdown-syntax.js';

export interface Source {
  file: string;
  /** The file's lines, to tell a closed directive from one the file never closes. */
  lines: readonly string[];
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

const fail = (reason: string, where: Source, node: { position?: { start: { line: number } } }): never => {
  throw new ContentError(reason, where.file, lineOf(node));
};

/** The text of a run of phrasing content, exactly as the reader is to see it; a line break is a newline. */
function phrasingText(nodes: readonly PhrasingContent[], where: Source): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'html') {
      fail(
        `raw HTML (\`${node.value}\`) is not allowed: the widgets show text only. Remove the tag, or write \\< to show a "<"`,
        where,
        node,
      );
    } else fail(`${node.type} is not supported in a post`, where, node);
  }
  return out;
}

const textOf = (node: Parent, where: Source) => phrasingText(node.children as PhrasingContent[], where);

/** Markdown between blocks that posts have no place for. */
const FLOW_REFUSED: Record<string, string> = {
  code: 'code blocks (``` fences) are not supported: posts are text; remove the fences',
  thematicBreak:
    'a line of ---, *** or ___ is a thematic break, which posts do not have: remove it, or write \\--- to show it',
  leafDirective: 'this directive is not supported: posts use :::event, :::caption, :::byline, :::lang, ::::reprint',
};

function refuseFlow(node: RootContent, where: Source): never {
  if (node.type === 'html') {
    return fail(
      `raw HTML (\`${node.value.split('\n')[0]}\`) is not allowed: the widgets show text only. Remove it, or write \\< to show a "<"`,
      where,
      node,
    );
  }
  return fail(FLOW_REFUSED[node.type] ?? `${node.type} is not supported in a post`, where, node);
}

/** A list's items, nested lists flattened after their parent item: every item stays an item of its own. */
function listItems(list: List, where: Source): string[] {
  if (list.ordered) {
    fail(
      'a line opening with a number and "." or ")" is a numbered list, which posts do not have: write "-" bullets, or escape the number\'s dot (2024\\.) to keep it as text',
      where,
      list,
    );
  }
  return list.children.flatMap((item: ListItem) => {
    const own: string[] = [];
    const nested: string[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') own.push(textOf(child, where));
      else if (child.type === 'list') nested.push(...listItems(child, where));
      else if (child.type === 'html') refuseFlow(child, where);
      else fail(`a list item holds text and nested lists, not ${child.type}: move it out of the list`, where, child);
    }
    // An item holding only a nested list (`- - x`) is that list's items, not an empty item before them.
    return own.length || !nested.length ? [own.join('\n'), ...nested] : nested;
  });
}

export function readBlocks(nodes: readonly RootContent[], lang: string, where: Source): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', lang, text: textOf(node, where) });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', lang, text: textOf(node, where) });
        break;
      case 'blockquote':
        blocks.push({
          kind: 'quote',
          lang,
          paragraphs: node.children.map((c) =>
            c.type === 'paragraph'
              ? textOf(c, where)
              : c.type === 'html'
                ? refuseFlow(c, where)
                : fail(
                    `a quotation (">") holds paragraphs only, not ${c.type}: move it out of the quotation`,
                    where,
                    c,
                  ),
          ),
        });
        break;
      case 'list':
        blocks.push({ kind: 'list', lang, items: listItems(node, where) });
        break;
      case 'containerDirective':
        blocks.push(...readDirective(node, lang, where));
        break;
      default:
        refuseFlow(node, where);
    }
  }
  return blocks;
}

/** What each directive may carry. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  lang: ['lang'],
  event: ['lang'],
  caption: ['lang'],
  byline: ['lang'],
  origin: ['lang'],
  reprint: ['lang', 'outlet'],
};

/** A directive runs to a closing line of at least as many colons; one the file never closes runs to its end. */
function checkClosed(node: ContainerDirective, where: Source): void {
  const opening = /^\s*(:+)/.exec(where.lines[lineOf(node) - 1] ?? '')?.[1].length ?? 3;
  const endLine = node.position?.end.line ?? 0;
  const closing = /^\s*(:+)\s*$/.exec(where.lines[endLine - 1] ?? '')?.[1].length ?? 0;
  const last = node.children[node.children.length - 1];
  const endsInside = last?.position && last.position.end.line >= endLine;
  if (closing < opening || endsInside) {
    fail(
      `${':'.repeat(opening)}${node.name} is never closed: end it with a line of ${':'.repeat(opening)}`,
      where,
      node,
    );
  }
}

function checkAttributes(node: ContainerDirective, where: Source): void {
  const allowed = ATTRIBUTES[node.name];
  if (!allowed) {
    fail(
      `unknown directive :::${node.name}: posts use :::event, :::caption, :::byline, :::lang, ::::reprint (with :::origin first inside)`,
      where,
      node,
    );
  }
  const label = node.children[0];
  if (label?.type === 'paragraph' && label.data && 'directiveLabel' in label.data) {
    fail(`:::${node.name}[…] takes no label in brackets: write the text on the lines below`, where, node);
  }
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      fail(
        `:::${node.name} has no attribute "${key}"; it takes ${allowed.map((a) => `${a}="…"`).join(', ')}`,
        where,
        node,
      );
    }
    if (key === 'lang') {
      const problem = langTagProblem(value ?? '');
      if (problem) fail(`:::${node.name} lang: ${problem}`, where, node);
    }
    if (key === 'outlet') {
      if (!value?.trim())
        fail(`:::${node.name} outlet is empty: name the outlet, or leave the attribute out`, where, node);
      const html = rawHtmlIn(value ?? '');
      if (html) fail(`raw HTML (\`${html}\`) in outlet: the widgets show text only; remove the tag`, where, node);
    }
  }
  if (node.name === 'lang' && !node.attributes?.lang) {
    fail(':::lang needs a language: :::lang{lang="en"}', where, node);
  }
}

/** The one paragraph a directive like :::caption holds. */
function only(node: ContainerDirective, where: Source) {
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph' || rest.length) {
    fail(`:::${node.name} holds one paragraph of text (no blank line inside)`, where, node);
  }
  return first as Parent & { type: 'paragraph' };
}

/** The non-empty lines of a directive's one paragraph, each with its line in the file. */
function linesOf(node: ContainerDirective, where: Source): { text: string; line: number }[] {
  const paragraph = only(node, where);
  return textOf(paragraph, where)
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: lineOf(paragraph) + i }))
    .filter((l) => l.text);
}

function readDirective(node: ContainerDirective, context: string, where: Source): Block[] {
  checkAttributes(node, where);
  checkClosed(node, where);
  const lang = node.attributes?.lang || context;
  switch (node.name) {
    case 'lang':
      return readBlocks(node.children, lang, where);
    case 'event':
      return [
        {
          kind: 'event',
          lang,
          fields: linesOf(node, where).map(({ text, line }) => {
            const m = /^(\p{L}+)\s*:?\s*(.*)$/u.exec(text);
            if (!m) {
              throw new ContentError(
                `:::event line "${text}" does not start with a label: write the label first, as in "Time 10:30" or "Date Saturday 11 May"`,
                where.file,
                line,
              );
            }
            return { label: m[1], value: m[2].trim(), text };
          }),
        },
      ];
    case 'caption':
      return [{ kind: 'caption', lang, text: textOf(only(node, where), where) }];
    case 'byline':
      return [{ kind: 'byline', lang, lines: linesOf(node, where).map((l) => l.text) }];
    case 'reprint':
      return [readReprint(node, lang, where)];
    default:
      return fail(`:::${node.name} goes first inside a ::::reprint, before the piece's heading`, where, node);
  }
}

function readReprint(node: ContainerDirective, lang: string, where: Source): ReprintBlock {
  let children = node.children;
  const block: ReprintBlock = { kind: 'reprint', lang, blocks: [] };
  const first = children[0];
  if (first?.type === 'containerDirective' && first.name === 'origin') {
    checkAttributes(first, where);
    checkClosed(first, where);
    block.origin = textOf(only(first, where), where);
    if (first.attributes?.lang && first.attributes.lang !== lang) block.originLang = first.attributes.lang;
    children = children.slice(1);
  }
  const heading = children[0];
  if (heading?.type === 'heading' && heading.depth === 2) {
    block.heading = textOf(heading, where);
    children = children.slice(1);
  }
  if (node.attributes?.outlet) block.outlet = node.attributes.outlet;
  block.blocks = readBlocks(children, lang, where);
  return block;
}
