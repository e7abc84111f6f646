/**
 * A fast reader for the Markdown most posts are written in: front matter, then paragraphs, `#` headings, `>`
 * quotations, `-` lists and `:::` directives, each line plain text. It gives the tree micromark gives for such a
 * file (same nodes, same positions), about ten times faster; on anything else — a character that could be an escape,
 * an entity or HTML, a line that could open another construct, blocks not kept apart where CommonMark's rules get
 * subtle (lazy lines, loose lists, setext underlines) — it answers null and the caller parses with micromark.
 * Declining is always safe; a tree it gives must equal micromark's (test/node/markdown-plain.test.ts compares them).
 */
import type { Root } from 'mdast';

type Point = { line: number; column: number; offset: number };
type Position = { start: Point; end: Point };
// Nodes as mdast-util-from-markdown builds them (the mdast types, loosened: this file builds, micromark's typed).
type Node = { type: string; position: Position; children?: Node[]; [key: string]: unknown };

/**
 * Inside a line micromark still reads escapes (`\*`), character references (`&amp;`), raw HTML and hard breaks
 * (markdown-syntax.ts); everything else is text. Escapes of ASCII punctuation are read here as micromark reads them;
 * a reference, a `<`, a backslash before anything else, and characters that make lines hard to compare decline.
 */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const NOT_PLAIN = /[\\<\t\r\0\v\f\uFEFF]|&[#A-Za-z0-9]+;/;
/** Line openings that can start a construct other than a paragraph, or change the paragraph before them. */
const OPENS_CONSTRUCT = /^(?:[ #>\-*+=_`~]|:::|\d{1,9}[.)])/;
const HEADING = /^(#{1,6}) (.*)$/;
const ITEM = /^([-*+]) (.*)$/;
const QUOTE = /^>(?: (.*))?$/;
const FENCE_OPEN = /^(:{3,})([A-Za-z][A-Za-z0-9_-]*)(?:\{((?: ?[A-Za-z][A-Za-z0-9_-]*="[^"\\&\n]*")*)\})?$/;
const FENCE_CLOSE = /^(:{3,})$/;
const ATTRIBUTE = /([A-Za-z][A-Za-z0-9_-]*)="([^"]*)"/g;

/** The text a line's content shows (a paragraph's, heading's, quotation's or list item's), or null if not plain. */
function textOf(content: string): string | null {
  if (content === '' || content[0] === ' ' || content[content.length - 1] === ' ') return null;
  if (!content.includes('\\')) return NOT_PLAIN.test(content) ? null : content;
  // What is left once the escapes are taken out is read as above (`\&amp;` shows "&amp;": the escape took the `&`).
  return NOT_PLAIN.test(content.replace(ESCAPE, '')) ? null : content.replace(ESCAPE, '$1');
}
/** A line that is a paragraph's line and nothing else. */
const plainLine = (line: string) => !OPENS_CONSTRUCT.test(line) && textOf(line) !== null;
const blank = (line: string) => /^ *$/.test(line);

/** Declines: the file needs micromark. */
class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

/** micromark's tree for `source`, or null when the file is not in the plain subset. */
export function parsePlainMarkdown(source: string): Root | null {
  if (/[\r\0\uFEFF]/.test(source)) return null;
  const lines = source.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const point = (index: number, column: number): Point => ({
    line: index + 1,
    column,
    offset: starts[index] + column - 1,
  });
  const span = (fromLine: number, fromColumn: number, toLine: number, toColumn: number): Position => ({
    start: point(fromLine, fromColumn),
    end: point(toLine, toColumn),
  });
  const textNode = (value: string, position: Position): Node => ({ type: 'text', value, position });
  /** A paragraph of lines already checked plain, starting at `column` on each (after `> ` or `- `). */
  const paragraphOf = (from: number, to: number, column: number, contents: string[]): Node => {
    const position = span(from, column, to, column + contents[contents.length - 1].length);
    return { type: 'paragraph', children: [textNode(contents.map(textOf).join('\n'), position)], position };
  };

  try {
    // Front matter: `---` on the first line, up to the next `---`.
    if (lines[0] !== '---') return null;
    const close = lines.indexOf('---', 1);
    if (close < 0) return null;
    const yaml: Node = { type: 'yaml', value: lines.slice(1, close).join('\n'), position: span(0, 1, close, 4) };

    let i = close + 1;
    const markers = new WeakMap<Node, string>();
    /** Blocks up to the end of the file, or up to the closing fence of `colons` colons (its line index returned). */
    const flow = (colons: number): { nodes: Node[]; end: number } => {
      const nodes: Node[] = [];
      while (i < lines.length) {
        const line = lines[i];
        if (blank(line)) {
          i++;
          continue;
        }
        const fence = FENCE_CLOSE.exec(line);
        if (fence) {
          if (fence[1].length !== colons) decline();
          return { nodes, end: i };
        }
        const open = FENCE_OPEN.exec(line);
        const heading = HEADING.exec(line);
        if (open) {
          const start = i++;
          const attributes: Record<string, string> = {};
          for (const [, key, value] of (open[3] ?? '').matchAll(ATTRIBUTE)) {
            if (key in attributes) decline();
            attributes[key] = value;
          }
          const inner = flow(open[1].length);
          if (inner.end >= lines.length) decline();
          const position = span(start, 1, inner.end, open[1].length + 1);
          nodes.push({ type: 'containerDirective', name: open[2], attributes, children: inner.nodes, position });
          i = inner.end + 1;
        } else if (heading) {
          const raw = heading[2];
          const text = textOf(raw);
          if (text === null || raw.endsWith('#')) decline();
          const column = heading[1].length + 2;
          nodes.push({
            type: 'heading',
            depth: heading[1].length,
            children: [textNode(text!, span(i, column, i, column + raw.length))],
            position: span(i, 1, i, line.length + 1),
          });
          i++;
        } else if (QUOTE.test(line)) {
          const start = i;
          const children: Node[] = [];
          let run: string[] = [];
          let runStart = i;
          const flush = () => {
            if (run.length) children.push(paragraphOf(runStart, runStart + run.length - 1, 3, run));
            run = [];
          };
          for (let m: RegExpExecArray | null; i < lines.length && (m = QUOTE.exec(lines[i])); i++) {
            const content = m[1];
            if (content === undefined) {
              if (!run.length) decline(); // an empty line opening a quotation or following another
              flush();
              continue;
            }
            if (!plainLine(content)) decline();
            if (!run.length) runStart = i;
            run.push(content);
          }
          if (!run.length) decline(); // ends on an empty `>` line
          flush();
          const last = i - 1;
          nodes.push({ type: 'blockquote', children, position: span(start, 1, last, lines[last].length + 1) });
        } else if (ITEM.test(line)) {
          const start = i;
          const marker = line[0];
          const items: Node[] = [];
          for (let m: RegExpExecArray | null; i < lines.length && (m = ITEM.exec(lines[i])); i++) {
            if (m[1] !== marker || !plainLine(m[2])) decline();
            const paragraph = paragraphOf(i, i, 3, [m[2]]);
            const position = span(i, 1, i, lines[i].length + 1);
            items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position });
          }
          const last = i - 1;
          const position = span(start, 1, last, lines[last].length + 1);
          const previous = nodes[nodes.length - 1];
          if (previous?.type === 'list' && markers.get(previous) === marker) {
            // Items after a blank line that ends a list of the same bullet: the same list, now a loose one.
            previous.children!.push(...items);
            previous.spread = true;
            previous.position.end = position.end;
          } else {
            const list: Node = { type: 'list', ordered: false, start: null, spread: false, children: items, position };
            markers.set(list, marker);
            nodes.push(list);
          }
        } else if (plainLine(line)) {
          const start = i;
          const run: string[] = [];
          for (; i < lines.length && plainLine(lines[i]); i++) run.push(lines[i]);
          nodes.push(paragraphOf(start, i - 1, 1, run));
        } else {
          decline();
        }
        // What follows a block at once, with no blank line: only a closing fence or the end of the file is read
        // the same by every CommonMark rule; anything else (a lazy line, an interrupting construct) declines.
        if (i < lines.length && !blank(lines[i]) && !FENCE_CLOSE.test(lines[i])) decline();
      }
      if (colons) decline(); // a directive the file never closes
      return { nodes, end: i };
    };
    const { nodes } = flow(0);
    const last = lines.length - 1;
    const root = {
      type: 'root',
      children: [yaml, ...nodes],
      position: span(0, 1, last, lines[last].length + 1),
    };
    return root as unknown as Root;
  } catch (err) {
    if (err instanceof Decline) return null;
    throw err;
  }
}
