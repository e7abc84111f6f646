/**
 * Rendered HTML (a post body as a visitor's browser shows it) → our blocks, through parse5 (the HTML standard's
 * parser, so the tree is the browser's). Paragraphs, headings, lists, quotations with who said them, captions and
 * preformatted text become blocks; images, media, scripts and embeds go; every word that goes is noted.
 *
 * Models chosen to keep the block kinds as they are:
 * - a nested list is one flat list in reading order: each nested item its own item, after its parent's
 *   (`ListBlock.items` is flat: no word lost, none glued);
 * - preformatted text (`<pre>`: code, verse) is a paragraph that keeps its line breaks and indentation;
 * - a table is a list with one item per row, its cells joined by ` · `;
 * - a `<br>` is a line break (`\n`) inside the block's text.
 * Blocks come out with an empty `lang`: the caller detects languages once the whole post is known.
 */
import { parseFragment } from 'parse5';
import { type Block, blockText } from '../../../core/post.js';
import {
  CONTROLS,
  type Element,
  MEDIA,
  NOT_SHOWN,
  type Node,
  attr,
  hasClass,
  holdsBlock,
  isBlock,
  isElement,
  isHidden,
  rawText,
} from './dom.js';

/** Inline text as a browser lays it out: runs of spaces collapsed, `<br>` a line break, blank lines gone. */
class Run {
  private parts: string[] = [];

  text(value: string): void {
    this.parts.push(value.replace(/[\t\n\f\r ]+/g, ' '));
  }

  br(): void {
    this.parts.push('\n');
  }

  take(): string {
    const text = this.parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    this.parts = [];
    return text;
  }
}

const TABLE_CELL_SEPARATOR = ' · ';
const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Collects what a post loses on the way, once per distinct line. */
export type Notes = Set<string>;

export function htmlToBlocks(html: string, notes: Notes): Block[] {
  const out: Block[] = [];
  new Walker(notes).container(parseFragment(html).childNodes, out);
  return out;
}

/** The `<cite>` that ends a quotation (its last child, or the last child of its last paragraph): who said it. */
function endingCite(quote: Element): Element | undefined {
  const last = (el: Element) =>
    [...el.childNodes].reverse().find((c) => isElement(c) || (c as { value?: string }).value?.trim());
  const end = last(quote);
  if (!end || !isElement(end)) return undefined;
  if (end.tagName === 'cite' || end.tagName === 'footer') return end;
  const inner = end.tagName === 'p' ? last(end) : undefined;
  return inner && isElement(inner) && inner.tagName === 'cite' ? inner : undefined;
}

class Walker {
  /** Elements already taken care of (a quotation's `<cite>`, read as its byline). */
  private readonly taken = new Set<Node>();

  constructor(private readonly notes: Notes) {}

  /** Block content: inline runs between blocks become paragraphs. */
  container(nodes: readonly Node[], out: Block[]): void {
    const run = new Run();
    this.flow(nodes, out, run);
    this.flush(run, out);
  }

  private flush(run: Run, out: Block[]): void {
    const text = run.take();
    if (text) out.push({ kind: 'paragraph', lang: '', text });
  }

  private flow(nodes: readonly Node[], out: Block[], run: Run): void {
    for (const node of nodes) {
      if (node.nodeName === '#text') {
        run.text((node as { value: string }).value);
        continue;
      }
      if (!isElement(node) || isHidden(node) || NOT_SHOWN.has(node.tagName) || this.taken.has(node)) continue;
      const tag = node.tagName;
      if (tag === 'img' && (hasClass(node, 'wp-smiley') || hasClass(node, 'emoji'))) {
        // WordPress shows emoji as pictures; their `alt` is the emoji itself.
        run.text(attr(node, 'alt') ?? '');
      } else if (MEDIA.has(tag)) {
        if (tag === 'iframe' || tag === 'object' || tag === 'embed')
          this.dropEmbed(attr(node, 'src') ?? attr(node, 'data'));
      } else if (hasClass(node, 'wp-element-button') || hasClass(node, 'wp-block-file__button')) {
        // A download or search button beside a link: not words of the post, and it would glue to the link.
        this.dropText(node, 'a button');
      } else if (CONTROLS.has(tag)) {
        this.dropText(node, `a form control (${tag})`);
      } else if (tag === 'br') {
        run.br();
      } else if (tag === 'sup' && (attr(node, 'data-fn') !== undefined || hasClass(node, 'fn'))) {
        // A footnote mark reads as a number after the word: `[1]` keeps it apart from the word.
        run.text(`[${rawText(node).trim()}]`);
      } else if (!isBlock(node) && !holdsBlock(node)) {
        this.flow(node.childNodes, out, run);
      } else {
        this.flush(run, out);
        this.block(node, out);
      }
    }
  }

  /** The text of an element's content as one string (a heading, a caption, a table cell). */
  private textOf(el: Element): string {
    const blocks: Block[] = [];
    this.container(el.childNodes, blocks);
    return blocks.flatMap(blockText).join('\n');
  }

  private block(el: Element, out: Block[]): void {
    if (hasClass(el, 'wp-block-embed')) return this.embed(el, out);
    if (hasClass(el, 'wp-block-buttons') || hasClass(el, 'wp-block-button')) return this.dropText(el, 'a button');
    if (hasClass(el, 'wp-caption-text')) return this.caption(this.textOf(el), out);
    switch (el.tagName) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const text = this.textOf(el);
        if (text) out.push({ kind: 'heading', lang: '', text });
        return;
      }
      case 'ul':
      case 'ol':
      case 'menu': {
        const items = this.items(el);
        if (items.length) out.push({ kind: 'list', lang: '', items });
        return;
      }
      case 'blockquote':
        return this.quote(el, out);
      case 'figcaption':
        return this.caption(this.textOf(el), out);
      case 'pre':
        return this.preformatted(el, out);
      case 'table':
        return this.table(el, out);
      case 'hr':
        return;
      default:
        this.container(el.childNodes, out);
    }
  }

  private caption(text: string, out: Block[]): void {
    if (text) out.push({ kind: 'caption', lang: '', text: text.replace(/\n/g, ' ') });
  }

  /** Items in reading order; a nested list's items follow their parent's, each its own item. */
  private items(list: Element): string[] {
    const items: string[] = [];
    for (const child of list.childNodes) {
      if (isElement(child) && (isHidden(child) || NOT_SHOWN.has(child.tagName))) continue;
      const blocks: Block[] = [];
      this.container([child], blocks);
      if (isElement(child) && child.tagName === 'li') {
        // An item's own text is one item, however many paragraphs it has; its nested lists add theirs.
        let own: string[] = [];
        const push = () => own.length && items.push(own.join('\n'));
        for (const b of blocks) {
          if (b.kind === 'list') {
            push();
            own = [];
            items.push(...b.items);
          } else own.push(...blockText(b));
        }
        push();
      } else {
        items.push(...blocks.flatMap(blockText));
      }
    }
    return items;
  }

  /** A quotation; the `<cite>` or `<footer>` that closes it (who said it) becomes a byline under it. */
  private quote(el: Element, out: Block[]): void {
    const cites = el.childNodes.filter(
      (c): c is Element => isElement(c) && (c.tagName === 'cite' || c.tagName === 'footer') && !isHidden(c),
    );
    const ending = endingCite(el);
    if (ending && !cites.includes(ending)) cites.push(ending);
    for (const cite of cites) this.taken.add(cite);
    const inner: Block[] = [];
    this.container(el.childNodes, inner);
    const paragraphs = inner.flatMap(blockText);
    const who = cites.flatMap((cite) => this.textOf(cite).split('\n')).filter(Boolean);
    if (paragraphs.length) out.push({ kind: 'quote', lang: '', paragraphs });
    if (who.length) out.push({ kind: 'byline', lang: '', lines: who });
  }

  /** Code and verse keep their lines and indentation; trailing spaces and blank edges go. */
  private preformatted(el: Element, out: Block[]): void {
    const text = rawText(el)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (text.trim()) out.push({ kind: 'paragraph', lang: '', text });
  }

  private table(el: Element, out: Block[]): void {
    const rows: string[] = [];
    const visit = (node: Element) => {
      for (const child of node.childNodes) {
        if (!isElement(child) || isHidden(child)) continue;
        if (child.tagName === 'caption') this.caption(this.textOf(child), out);
        else if (child.tagName === 'tr') {
          const cells = child.childNodes
            .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
            .map((c) => this.textOf(c).replace(/\n/g, ' '))
            .filter(Boolean);
          if (cells.length) rows.push(cells.join(TABLE_CELL_SEPARATOR));
        } else visit(child);
      }
    };
    visit(el);
    if (rows.length) {
      out.push({ kind: 'list', lang: '', items: rows });
      this.notes.add(`a table became a list, one item per row (${rows.length} rows)`);
    }
  }

  /** A block-editor embed: the address it shows as a video or a post goes, its caption stays. */
  private embed(el: Element, out: Block[]): void {
    const wrapper = el.childNodes.find((c): c is Element => isElement(c) && hasClass(c, 'wp-block-embed__wrapper'));
    // The stored post has the address as text; a feed has the rendered frame.
    const frame = wrapper?.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'iframe');
    this.dropEmbed((wrapper && rawText(wrapper).trim()) || (frame && attr(frame, 'src')) || undefined);
    for (const child of el.childNodes) {
      if (isElement(child) && child.tagName === 'figcaption') this.caption(this.textOf(child), out);
    }
  }

  private dropEmbed(address: string | undefined): void {
    this.notes.add(`dropped an embed${address ? ` (${shorten(address)})` : ''}`);
  }

  private dropText(el: Element, what: string): void {
    const text = (el.tagName === 'input' ? (attr(el, 'value') ?? '') : rawText(el)).replace(/\s+/g, ' ').trim();
    if (text) this.notes.add(`dropped ${what}: “${shorten(text)}”`);
  }
}
