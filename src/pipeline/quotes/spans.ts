/** Where quotations stand in a text: paired quotation marks, and the marks around a block quotation's paragraphs. */

/** Opening marks and the marks that close them. */
export const CLOSING: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/** Any mark that may open a quotation. */
const MARK = new RegExp(`["${Object.keys(CLOSING).join('')}]`, 'g');

export interface Span {
  start: number;
  end: number;
  /** The quotation runs on past the end of the paragraph (the next one reopens it). */
  open?: boolean;
}

/**
 * Quotations in a text: from an opening mark to the mark that closes it, quotations inside (“ … “ … ” … ”)
 * nested; straight quotes pair up in order. A quotation left open runs to the end of the text.
 */
export function quotationSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    // Straight to the next mark: nothing else starts a quotation.
    MARK.lastIndex = i;
    if (!MARK.exec(text)) break;
    i = MARK.lastIndex - 1;
    const c = text[i];
    if (c === '"') {
      if (!/\S/u.test(text[i + 1] ?? '')) continue;
      const end = text.indexOf('"', i + 1);
      if (end < 0) continue;
      out.push({ start: i + 1, end });
      i = end;
      continue;
    }
    const close = CLOSING[c];
    if (!close) continue;
    let depth = 1;
    let j = i + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === c && c !== close) depth++;
      else if (text[j] === close) depth--;
    }
    if (depth === 0) {
      out.push({ start: i + 1, end: j - 1 });
      i = j - 1;
    } else {
      // Unbalanced: the last closing mark ends it, or, with none, the paragraph does.
      const last = text.lastIndexOf(close);
      out.push(last > i ? { start: i + 1, end: last } : { start: i + 1, end: text.length, open: true });
      i = last > i ? last : text.length;
    }
  }
  return out;
}

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** Where the mark opening at `at` is closed, before `end` (marks of the same kind inside nest); -1 if never. */
function matching(text: string, at: number, end: number): number {
  const open = text[at];
  if (open === '"') {
    const i = text.indexOf('"', at + 1);
    return i >= 0 && i < end ? i : -1;
  }
  const close = CLOSING[open];
  let depth = 1;
  for (let i = at + 1; i < end; i++) {
    if (text[i] === open && open !== close) depth++;
    else if (text[i] === close && --depth === 0) return i;
  }
  return -1;
}

/**
 * A block quotation's paragraph without the marks that open and close the whole quotation (its own marks inside
 * are kept): “It is … life. (the quotation goes on in the next paragraph), … the Nigérien “talaka” (peasant)”
 * (it ends here), « J’estime … », and a footnote mark after the last one. Returns the text and where it starts.
 */
export function unwrapParagraph(paragraph: string): { text: string; start: number } {
  let start = 0;
  let end = paragraph.length;
  const trim = () => {
    while (start < end && /\s/u.test(paragraph[start])) start++;
    while (end > start && /\s/u.test(paragraph[end - 1])) end--;
  };
  trim();
  const footnote = /\s*\[\d+\]$/u.exec(paragraph.slice(start, end));
  if (footnote) end -= footnote[0].length;
  trim();
  const first = paragraph[start];
  if (first === '"' || CLOSING[first]) {
    const match = matching(paragraph, start, end);
    if (match === end - 1) {
      // The marks around the whole paragraph.
      start++;
      end--;
    } else if (match < 0) {
      start++; // Opened here, closed in a later paragraph.
    }
    trim();
  }
  const text = paragraph.slice(start, end);
  // A closing mark at the end that nothing in the paragraph opened ends a quotation opened earlier.
  const last = text[text.length - 1];
  const opener = Object.keys(CLOSING).find((o) => CLOSING[o] === last && o !== last);
  if (opener && count(text, last) > count(text, opener)) {
    end--;
    trim();
  }
  return { text: paragraph.slice(start, end), start };
}
