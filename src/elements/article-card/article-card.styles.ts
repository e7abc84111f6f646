import { css } from 'lit';

/*
 * Why the card looks as it does (comments here, not inside the CSS: the bundle ships the CSS text as written).
 * - The host is a flex column so that the card fills the height a partner's grid row gives it: cards side by side
 *   end level, their last lines ("Also in …") at the bottom (`.end` takes the free room above it).
 * - The card grows with its content: text spacing (WCAG 1.4.12), large text, long titles are never cut; no line
 *   clamps, no overflow hidden (the build already cuts the excerpt at a word, with "…"). Its least height is what a
 *   page reserves before the script runs (README), in em so that it scales with the page's text: 12.5em holds most
 *   cards of the seed archive at 40rem wide, so nothing below them moves when they render.
 * - Compact (a sidebar list): a one-line title sits in the middle of the room kept for two.
 * - The meta line's dots are drawn, not read (`/ ''`); "5 min read" and the date wrap as wholes.
 * - Chinese, Japanese and Korean have no italics: an outlet's name stays upright there.
 * - Forced colours: links in the link colour, the title's too, and the "Also in" button that reads as a link.
 */
export const articleCardStyles = css`
  :host {
    display: flex !important;
    flex-direction: column;
    min-inline-size: min(16rem, 100%);
    max-inline-size: var(--fosc-card-max-width, 40rem);
    color: var(--_fg);
  }
  [part~='card'] {
    flex: 1 0 auto;
    box-sizing: border-box;
    min-block-size: var(--fosc-card-min-height, 12.5em);
    padding: var(--fosc-card-padding, 1rem 1.25rem);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    overflow-wrap: break-word;
  }
  :host([variant='compact']) [part~='card'] {
    min-block-size: var(--fosc-card-min-height, 5.5em);
    padding: 0.6rem 0.8rem;
    gap: 0.3rem;
    justify-content: center;
  }
  p {
    margin: 0;
  }
  [part~='meta'],
  [part~='source'],
  [part~='note'] {
    color: var(--_muted);
    font-size: 0.85em;
    line-height: 1.45;
  }
  [part~='meta'] > * + *::before {
    content: ' · ' / '';
  }
  [part~='reading-time'],
  [part~='date'] {
    white-space: nowrap;
  }
  cite:is(:lang(zh), :lang(ja), :lang(ko)) {
    font-style: normal;
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--fosc-card-title-size, 1.2em);
    line-height: 1.3;
    text-wrap: pretty;
  }
  :host([variant='compact']) [part~='title'] {
    font-size: 1em;
  }
  [part~='link'] {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  [part~='link']:hover {
    color: var(--_accent);
  }
  [part~='excerpt'] {
    line-height: 1.5;
  }
  .end {
    margin-block-start: auto;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  [part~='translation'] {
    font-size: 0.9em;
    line-height: 1.45;
  }
  [part~='translation'] :is(a, button),
  [part~='note'] a,
  [part~='retry'] {
    color: var(--_accent);
    font: inherit;
    text-underline-offset: 0.2em;
  }
  button {
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
  }
  [part~='status'] {
    color: var(--_muted);
  }
  .status {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .skeleton {
    display: block;
    block-size: 0.9em;
    margin-block: 0.35em;
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_muted) 18%, transparent);
  }
  .skeleton.short {
    inline-size: 40%;
  }
  @media (forced-colors: active) {
    [part~='link'],
    [part~='translation'] button {
      color: LinkText;
    }
  }
`;
