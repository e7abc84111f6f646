/**
 * Headings at the level the partner's page needs (`heading-level`, 1–6, default 2): under a page's own `<h1>` a
 * card's title must be an `h2`, in a sidebar under an `h3` an `h4`. Real heading elements, not `role="heading"`:
 * the tag comes from a fixed table of static literals, never from text.
 */
import { literal, type StaticValue } from 'lit/static-html.js';
import type { NumberSpec } from './attributes.js';

/** The `heading-level` attribute's default and bounds. */
export const HEADING_LEVEL: NumberSpec = { fallback: 2, min: 1, max: 6 };

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a level (1–6), and the one under it (for sections inside), for `lit/static-html.js` templates. */
export function headingTags(level: number): { heading: StaticValue; sub: StaticValue } {
  const at = Math.min(6, Math.max(1, Math.round(level))) - 1;
  return { heading: TAGS[at], sub: TAGS[Math.min(5, at + 1)] };
}
