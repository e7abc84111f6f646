/**
 * A post as a Markdown file with YAML front matter, both ways, through mdast (micromark parses, mdast-util-to-markdown
 * writes and escapes). Plain Markdown carries paragraphs, headings, block quotes and lists; directives
 * (`:::event`, `:::caption`, `:::byline`, `::::reprint`, `:::origin`, `:::lang`) carry what Markdown has no word for.
 *
 * ```md
 * ---
 * id: silence-on-decolonise
 * lang: fr
 * ---
 * :::lang{lang="en"}
 * We are very pleased …
 * :::
 *
 * ::::reprint{outlet="Le Sahel Dimanche"}
 * :::origin
 * We reprint the French language version, as published by Le Sahel Dimanche …
 * :::
 *
 * ## The piece's own heading (optional, first)
 *
 * Lorsque le gouvernement militaire du Niger …
 * ::::
 * ```
 * A block's language is its container's unless a `lang` attribute says otherwise.
 */
import type { BlockContent, Heading, Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import { LineCounter, parseDocument, stringify } from 'yaml';
import type { Block, PostSource } from '../core/post.js';
import { ContentError } from './errors.js';

// ---------- writing ----------

const text = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function container(
  name: string,
  children: BlockContent[],
  attributes: Record<string, string> = {},
): ContainerDirective {
  return { type: 'containerDirective', name, attributes, children };
}

function blockNodes(block: Block, depth: 2 | 3): BlockContent[] {
  switch (block.kind) {
    case 'paragraph':
      return [text(block.text)];
    case 'heading':
      return [{ type: 'heading', depth, children: [{ type: 'text', value: block.text }] }];
    case 'quote':
      return [{ type: 'blockquote', children: block.paragraphs.map(text) }];
    case 'list':
      return [
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [text(item)] })),
        },
      ];
    case 'event':
      return [container('event', [text(block.fields.map((f) => f.text).join('\n'))])];
    case 'caption':
      return [container('caption', [text(block.text)])];
    case 'byline':
      return [container('byline', [text(block.lines.join('\n'))])];
    case 'reprint': {
      const children: BlockContent[] = [];
      if (block.origin) {
        children.push(container('origin', [text(block.origin)], block.originLang ? { lang: block.originLang } : {}));
      }
      if (block.heading)
        children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: block.heading }] });
      children.push(...blocksNodes(block.blocks, block.lang, 3));
      return [container('reprint', children, block.outlet ? { outlet: block.outlet } : {})];
    }
  }
}

/** Blocks in `lang`'s context: runs in another language go into a `:::lang` container (a reprint carries its own). */
function blocksNodes(blocks: readonly Block[], lang: string, depth: 2 | 3): BlockContent[] {
  const out: BlockContent[] = [];
  let run = null as { lang: string; nodes: BlockContent[] } | null;
  for (const block of blocks) {
    const nodes = blockNodes(block, depth);
    if (block.kind === 'reprint') {
      run = null;
      if (block.lang !== lang) (nodes[0] as ContainerDirective).attributes!.lang = block.lang;
      out.push(...nodes);
    } else if (block.lang === lang) {
      run = null;
      out.push(...nodes);
    } else if (run?.lang === block.lang) {
      run.nodes.push(...nodes);
    } else {
      run = { lang: block.lang, nodes };
      out.push(container('lang', run.nodes, { lang: block.lang }));
    }
  }
  return out;
}

/** Front matter keys in the order an editor reads them; empty values are left out. */
function frontMatter(post: PostSource): string {
  const data: Record<string, unknown> = { id: post.id, title: post.title, lang: post.lang };
  if (post.translationOf) data.translationOf = post.translationOf;
  data.sources = post.sources;
  if (post.url) data.url = post.url;
  data.truncated = post.truncated;
  return stringify(data, { lineWidth: 0 }).trimEnd();
}

export function postToMarkdown(post: PostSource): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: frontMatter(post) }, ...blocksNodes(post.blocks, post.lang, 2)],
  };
  return toMarkdown(tree, {
    extensions: [directiveToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    rule: '-',
  });
}

// ---------- reading ----------

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

/** Lines of a paragraph that holds one item per line (event details, bylines). */
const linesOf = (node: RootContent) =>
  toString(node)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface Where {
  file: string;
}

function only(node: ContainerDirective, where: Where): Paragraph {
  const [first, ...rest] = node.children;
  if (first?.type !== 'paragraph' || rest.length) {
    throw new ContentError(`:::${node.name} holds one paragraph of text`, where.file, lineOf(node));
  }
  return first;
}

function readBlocks(nodes: readonly RootContent[], lang: string, where: Where): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ kind: 'paragraph', lang, text: toString(node) });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', lang, text: toString(node) });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', lang, paragraphs: node.children.map((c) => toString(c)) });
        break;
      case 'list':
        blocks.push({ kind: 'list', lang, items: node.children.map((c) => toString(c)) });
        break;
      case 'containerDirective':
        blocks.push(...readDirective(node, lang, where));
        break;
      case 'html':
        throw new ContentError('raw HTML is not allowed in a post: write text', where.file, lineOf(node));
      default:
        throw new ContentError(`unsupported Markdown (${node.type}) in a post`, where.file, lineOf(node));
    }
  }
  return blocks;
}

function readDirective(node: ContainerDirective, context: string, where: Where): Block[] {
  const lang = node.attributes?.lang || context;
  switch (node.name) {
    case 'lang':
      return readBlocks(node.children, lang, where);
    case 'event':
      return [
        {
          kind: 'event',
          lang,
          fields: linesOf(only(node, where)).map((line) => {
            const m = /^(\p{L}+)\s*:?\s*(.*)$/u.exec(line)!;
            return { label: m[1], value: m[2].trim(), text: line };
          }),
        },
      ];
    case 'caption':
      return [{ kind: 'caption', lang, text: toString(only(node, where)) }];
    case 'byline':
      return [{ kind: 'byline', lang, lines: linesOf(only(node, where)) }];
    case 'reprint': {
      let children = node.children;
      const block: Block = { kind: 'reprint', lang, blocks: [] };
      const first = children[0];
      if (first?.type === 'containerDirective' && first.name === 'origin') {
        block.origin = toString(only(first, where));
        if (first.attributes?.lang && first.attributes.lang !== lang) block.originLang = first.attributes.lang;
        children = children.slice(1);
      }
      if (children[0]?.type === 'heading' && (children[0] as Heading).depth === 2) {
        block.heading = toString(children[0]);
        children = children.slice(1);
      }
      if (node.attributes?.outlet) block.outlet = node.attributes.outlet;
      block.blocks = readBlocks(children, lang, where);
      return [block];
    }
    default:
      throw new ContentError(`unknown directive :::${node.name}`, where.file, lineOf(node));
  }
}

export interface ParsedPost {
  post: PostSource;
  /** Line of each front matter key, for errors found later (a translation link to a missing post). */
  keyLines: Record<string, number>;
}

function requireString(data: Record<string, unknown>, key: string, file: string, line: number): string {
  const value = data[key];
  if (typeof value !== 'string' || !value.trim()) {
    throw new ContentError(`front matter needs \`${key}\` (a non-empty string)`, file, line);
  }
  return value.trim();
}

export function markdownToPost(source: string, file: string): ParsedPost {
  const tree = fromMarkdown(source, {
    extensions: [directive(), frontmatter(['yaml'])],
    mdastExtensions: [directiveFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') throw new ContentError('a post starts with YAML front matter between --- lines', file, 1);

  // The YAML starts on the line after the opening `---`.
  const offset = lineOf(head);
  const counter = new LineCounter();
  const doc = parseDocument(head.value, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = offset + (counter.linePos(err.pos[0]).line || 1);
    throw new ContentError(`front matter does not parse: ${err.message.split('\n')[0]}`, file, line);
  }
  const data = doc.toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError('front matter must be a mapping of keys to values', file, offset);
  }
  const keyLines: Record<string, number> = {};
  if (doc.contents && 'items' in doc.contents) {
    for (const pair of doc.contents.items as { key: { value: unknown; range?: number[] } }[]) {
      if (pair.key?.range) keyLines[String(pair.key.value)] = offset + counter.linePos(pair.key.range[0]).line;
    }
  }
  const at = (key: string) => keyLines[key] ?? offset;

  const lang = requireString(data, 'lang', file, at('lang'));
  const sources = data.sources ?? [];
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
    throw new ContentError('`sources` is a list of outlet names', file, at('sources'));
  }
  const post: PostSource = {
    id: requireString(data, 'id', file, at('id')),
    title: requireString(data, 'title', file, at('title')),
    lang,
    sources: sources as string[],
    truncated: data.truncated === true,
    blocks: readBlocks(body, lang, { file }),
  };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(post.id)) {
    throw new ContentError('`id` is a slug: lower-case letters, digits and hyphens', file, at('id'));
  }
  if (data.translationOf != null) post.translationOf = requireString(data, 'translationOf', file, at('translationOf'));
  if (data.url != null) {
    const url = requireString(data, 'url', file, at('url'));
    if (!/^https?:\/\//.test(url)) throw new ContentError('`url` must be an http(s) address', file, at('url'));
    post.url = url;
  }
  return { post, keyLines };
}
