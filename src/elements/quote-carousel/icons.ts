import { svg } from 'lit';

/**
 * The controls' icons, drawn in `currentColor` (so forced colours paint them as button text) and hidden from
 * assistive technology (each button has its words). The chevrons point towards the line's start and end: they
 * are drawn left and right and flipped on right-to-left pages in CSS.
 */
const icon = (path: ReturnType<typeof svg>, name: string) =>
  svg`<svg class=${`icon ${name}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${path}</svg>`;

export const pauseIcon = icon(svg`<path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" />`, 'pause');
export const playIcon = icon(svg`<path d="M4.5 2.2v11.6L13.5 8z" />`, 'play');
export const previousIcon = icon(svg`<path d="M10.5 2.5 5 8l5.5 5.5" />`, 'chevron');
export const nextIcon = icon(svg`<path d="m5.5 2.5 5.5 5.5-5.5 5.5" />`, 'chevron');
