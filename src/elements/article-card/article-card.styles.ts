import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    /* A column, so that the card fills the height a partner's grid row gives it: cards side by side end level. */
    display: flex !important;
    flex-direction: column;
    min-inline-size: min(16rem, 100%);
    max-inline-size: var(--fosc-card-max-width, 40rem);
    color: var(--_fg);
  }
  /* The card grows with its content (text spacing, large text, a long title: nothing is cut). Its least height is
     what a page reserves before the script runs (README), in em so that it scales with the page's text: a card
     of the seed archive at 40rem wide fills it, and nothing below moves when it renders. */
  [part~='card'] {
    flex: 1 0 auto;
    box-sizing: border-box;
    min-block-size: var(--fosc-card-min-height, 12em);
    padding: var(--fosc-card-padding, 1rem 1.25rem);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    overflow-wrap: break-word;
  }
  /* A list item in a sidebar: a one-line title sits in the middle of the room kept for two. */
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
  /* "English · 5 min read · Jun 5, 2024": the dots are drawn, not read. */
  [part~='meta'] > * + *::before {
    content: ' · ' / '';
  }
  /* "5 min read" and "Jun 5, 2024" wrap as wholes. */
  [part~='reading-time'],
  [part~='date'] {
    white-space: nowrap;
  }
  /* Chinese, Japanese and Korean have no italics: an outlet's name stays upright. */
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
  /* Where the post first appeared, where to read it, its translation: at the foot of the card, so that a short text
     leaves its room above them rather than an empty strip at the bottom. */
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
    /* Links in the link colour, the title's too; a button that reads as a link in a sentence as well. */
    [part~='link'],
    [part~='translation'] button {
      color: LinkText;
    }
  }
`;
