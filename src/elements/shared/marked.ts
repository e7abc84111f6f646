import { html, type TemplateResult } from 'lit';

/**
 * Text with ranges marked: `<mark>` elements made by the template, the text itself always rendered as text
 * (never parsed as HTML).
 */
export function marked(text: string, ranges: readonly (readonly [number, number])[]): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
