/**
 * The translation units of a lit-localize XLIFF 1.2 file, parsed as XML (htmlparser2), for the checks on them
 * (check-locales.ts, test/node/xliff.test.ts): each unit's text without its placeholders, and the placeholders.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

// domhandler's node types, as htmlparser2 hands them out (domhandler itself is not our direct dependency).
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type ChildNode = Element['children'][number];

export interface XliffUnit {
  id: string;
  /** The text around the placeholders, each placeholder written `{N}` (its `<x id>`). */
  source: string;
  target?: string;
  note?: string;
  /** `id=equiv-text` of each `<x>`, sorted: the same in source and target when no placeholder was lost or added. */
  sourcePlaceholders: string[];
  targetPlaceholders: string[];
}

export interface XliffFile {
  locale: string;
  units: XliffUnit[];
}

const child = (el: Element, name: string) => DomUtils.findOne((e) => e.name === name, el.children, false);

function textOf(nodes: ChildNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return DomUtils.textContent(n);
      const el = n as Element;
      return el.name === 'x' ? `{${el.attribs.id}}` : textOf(el.children ?? []);
    })
    .join('');
}

const placeholders = (el: Element | null) =>
  el
    ? DomUtils.findAll((e) => e.name === 'x', el.children)
        .map((x) => `${x.attribs.id}=${x.attribs['equiv-text']}`)
        .sort()
    : [];

export function parseXliff(xml: string): XliffFile {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const file = DomUtils.findOne((e) => e.name === 'file', doc.children);
  const units = DomUtils.findAll((e) => e.name === 'trans-unit', doc.children).map((unit): XliffUnit => {
    const [source, target, note] = ['source', 'target', 'note'].map((name) => child(unit, name));
    return {
      id: unit.attribs.id,
      source: source ? textOf(source.children) : '',
      target: target ? textOf(target.children) : undefined,
      note: note ? DomUtils.textContent(note) : undefined,
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
  return { locale: file?.attribs['target-language'] ?? '', units };
}
