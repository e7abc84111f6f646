/**
 * Streaming XML for exports and feeds, on htmlparser2 in XML mode: the document goes through in chunks, and only
 * the elements asked for (one `<item>` at a time) are held, as small trees, until handed over. Memory stays the
 * size of the largest item, however large the file. htmlparser2 is lenient: the control characters and stray
 * bytes real WordPress exports carry do not stop it.
 *
 * Names are compared as written, prefixes included (`wp:status`, `content:encoded`): WordPress, RSS and Atom
 * producers write the customary prefixes.
 */
import { Parser } from 'htmlparser2';
import { escapeAttribute, escapeText } from 'entities';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export interface Collected {
  /** Names of the element's ancestors and its own, from the root. */
  path: string[];
  element: XmlElement;
  /** The line its start tag is on (1-based), for errors and messages about it. */
  line: number;
}

/**
 * Line numbers of offsets that only grow (the parser's events come in order): holds the text from the last offset
 * asked for, never the whole document.
 */
class LineCounter {
  private base = 0;
  private lines = 1;
  private window = '';

  add(chunk: string): void {
    this.window += chunk;
  }

  /** The line of `offset`, which must not be less than the last one asked for (else the last one's line). */
  lineAt(offset: number): number {
    const upTo = Math.max(0, offset - this.base);
    for (let i = this.window.indexOf('\n'); i >= 0 && i < upTo; i = this.window.indexOf('\n', i + 1)) this.lines++;
    this.window = this.window.slice(upTo);
    this.base += upTo;
    return this.lines;
  }
}

export interface CollectOptions {
  /** Which elements to hand over whole, by their path. */
  wanted: (path: readonly string[]) => boolean;
  /** Elements left out of the handed-over trees (comments on a WordPress post: they can be large). */
  skip?: ReadonlySet<string>;
  /** Called when the root element opens. */
  onRoot?: (name: string, attrs: Record<string, string>) => void;
}

export async function* collectElements(
  chunks: AsyncIterable<string>,
  options: CollectOptions,
): AsyncGenerator<Collected> {
  const path: string[] = [];
  const open: XmlElement[] = [];
  const ready: Collected[] = [];
  const lines = new LineCounter();
  /** Line of the start tag of each open element. */
  const starts: number[] = [];
  /** Depth of the skipped element being read through, or 0. */
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        path.push(name);
        if (path.length === 1) options.onRoot?.(name, attrs);
        if (skipping) return;
        if (open.length && options.skip?.has(name)) {
          skipping = path.length;
          return;
        }
        if (!open.length && !options.wanted(path)) return;
        const element: XmlElement = { name, attrs, children: [] };
        if (!open.length) starts.push(lines.lineAt(parser.startIndex));
        open.at(-1)?.children.push(element);
        open.push(element);
      },
      ontext(text) {
        const top = open.at(-1);
        if (skipping || !top) return;
        const last = top.children.length - 1;
        if (typeof top.children[last] === 'string') top.children[last] += text;
        else top.children.push(text);
      },
      onclosetag() {
        if (skipping === path.length) skipping = 0;
        else if (!skipping && open.length) {
          const element = open.pop()!;
          if (!open.length) ready.push({ path: [...path], element, line: starts.pop()! });
        }
        path.pop();
      },
    },
    { xmlMode: true },
  );
  for await (const chunk of chunks) {
    lines.add(chunk);
    parser.write(chunk);
    // What the parser has read through holds no start tag to come: the counter can let it go.
    lines.lineAt(parser.endIndex + 1);
    while (ready.length) yield ready.shift()!;
  }
  parser.end();
  while (ready.length) yield ready.shift()!;
}

const isElement = (node: XmlElement | string): node is XmlElement => typeof node !== 'string';

export const childrenNamed = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => isElement(c) && c.name === name);

export const child = (el: XmlElement, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** All the text inside an element (CDATA included), as written. */
export const textOf = (el: XmlElement | undefined): string =>
  el ? el.children.map((c) => (isElement(c) ? textOf(c) : c)).join('') : '';

/** The trimmed text of the first child so named, or '' (WordPress writes empty values as empty elements). */
export const childText = (el: XmlElement, name: string): string => textOf(child(el, name)).trim();

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** An element's content written back as markup (Atom `type="xhtml"` carries its HTML as XML elements). */
export const innerMarkup = (el: XmlElement): string =>
  el.children
    .map((c) => {
      if (!isElement(c)) return escapeText(c);
      const name = c.name.replace(/^[\w-]+:/, '');
      const attrs = Object.entries(c.attrs)
        .filter(([k]) => !k.startsWith('xmlns'))
        .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
        .join('');
      return VOID.has(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${innerMarkup(c)}</${name}>`;
    })
    .join('');
