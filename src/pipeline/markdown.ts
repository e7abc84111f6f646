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
import type { BlockContent, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, PostSource } from '../core/post.js';
import { ContentError } from './errors.js';
import { type FrontMatter, readFrontMatter } from './front-matter.js';
import { parsePlainMarkdown } from './markdown-plain.js';
import { parseMarkdown, TO_MARKDOWN, tooDeep } from './markdown-syntax.js';
import { readBlocks } from './read-blocks.js';
import { unreadable } from './unreadable.js';

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
  return toMarkdown(tree, TO_MARKDOWN);
}

// ---------- reading ----------

export interface ParsedPost {
  post: PostSource;
  /** Line of each front matter key, for errors found later (a translation link to a missing post). */
  keyLines: Record<string, number>;
}

function frontMatterOf(tree: Root, file: string): FrontMatter {
  const head = tree.children[0];
  if (head?.type !== 'yaml') {
    throw new ContentError('a post starts with YAML front matter between two lines of ---', file, 1);
  }
  // The YAML starts on the line after the opening `---`.
  return readFrontMatter(head.value, file, (head.position?.start.line ?? 1) + 1);
}

/** A post's front matter alone, its text not parsed (the importer checks the ids and links of posts already there). */
export function markdownFrontMatter(source: string, file: string): FrontMatter {
  // Up to the first line of --- after the opening one; micromark reads that part as it reads the whole file.
  const close = /\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return frontMatterOf(parseMarkdown(close ? source.slice(0, close.index + close[0].length) : source), file);
}

export function markdownToPost(source: string, file: string): ParsedPost {
  const bad = unreadable(source);
  if (bad) throw new ContentError(bad.reason, file, bad.line);
  const lines = source.split(/\r?\n|\r/);
  const deep = tooDeep(lines);
  if (deep) throw new ContentError(deep.reason, file, deep.line);
  let tree;
  try {
    // Most posts are plain paragraphs, headings, quotations, lists and directives: read those ten times faster.
    tree = parsePlainMarkdown(source) ?? parseMarkdown(source);
  } catch (err) {
    // Recursion in the parser on a shape the nesting check does not foresee: still an error about this file.
    if (err instanceof RangeError) throw new ContentError(`cannot be read: ${err.message}`, file, 1);
    throw err;
  }
  const { keyLines, ...front } = frontMatterOf(tree, file);
  const body = tree.children.slice(1);
  const post: PostSource = { ...front, blocks: readBlocks(body, front.lang, { file, lines }) };
  return { post, keyLines };
}
