/** What the HTML walker needs to know about parse5's nodes: kinds of elements, attributes, hidden parts. */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;

export const isElement = (node: Node): node is Element => 'tagName' in node;

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Elements that start a new block of text when a browser lays them out. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

/** An inline element holding a block (`<a><div>…</div></a>`, a `<span>` around paragraphs) is laid out as a block. */
export const holdsBlock = (el: Element): boolean =>
  el.childNodes.some((c) => isElement(c) && (isBlock(c) || holdsBlock(c)));

/** Media, scripts and form controls: no text a reader reads in the flow of the post. */
export const MEDIA = new Set([
  'audio',
  'canvas',
  'embed',
  'iframe',
  'img',
  'map',
  'object',
  'picture',
  'source',
  'svg',
  'track',
  'video',
]);
export const NOT_SHOWN = new Set(['head', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
/** Controls whose words a visitor sees but that are not the post's prose. */
export const CONTROLS = new Set(['button', 'input', 'select', 'textarea']);

/** Hidden from sighted visitors: the `hidden` attribute, `display:none`, screen-reader-only text. */
export function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true;
  const style = (attr(el, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  return hasClass(el, 'screen-reader-text') || hasClass(el, 'sr-only') || hasClass(el, 'visually-hidden');
}

/** Every text of an element as written, line breaks kept (`<pre>`); media and hidden parts left out. */
export function rawText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node) || MEDIA.has(node.tagName) || NOT_SHOWN.has(node.tagName) || isHidden(node)) return '';
  if (node.tagName === 'br') return '\n';
  return node.childNodes.map(rawText).join('');
}
