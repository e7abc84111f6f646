import { css } from 'lit';

export const quoteCarouselStyles = css`
  :host {
    display: block;
    max-inline-size: var(--fosc-quote-max-width, 40rem);
    color: var(--_fg);
  }
  [part~='carousel'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 1rem 1.25rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  button {
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.3rem 0.8rem;
    min-block-size: 2rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  [part~='rotation'] {
    margin-inline-end: auto;
  }
  [part~='previous'] span[aria-hidden],
  [part~='next'] span[aria-hidden] {
    font-size: 1.2em;
    line-height: 1;
  }
  [part~='previous'] .label {
    margin-inline-start: 0.3rem;
  }
  [part~='next'] .label {
    margin-inline-end: 0.3rem;
  }
  /* Every slide stands in the same cell: the carousel is as tall as its longest quote and never jumps. */
  [part~='slides'] {
    display: grid;
  }
  [part~='slide'] {
    grid-area: 1 / 1;
    visibility: hidden;
  }
  [part~='slide'][data-current] {
    visibility: visible;
  }
  figure {
    margin: 0;
  }
  [part~='quote'] {
    margin: 0;
    font-size: var(--fosc-quote-size, 1.25em);
    line-height: 1.45;
    quotes: '“' '”' '‘' '’';
  }
  [part~='quote']:lang(fr) {
    quotes: '« ' ' »' '“' '”';
  }
  [part~='quote']::before {
    content: open-quote;
    color: var(--_accent);
  }
  [part~='quote']::after {
    content: close-quote;
    color: var(--_accent);
  }
  [part~='caption'] {
    margin-block-start: 0.6rem;
    color: var(--_muted);
    font-size: 0.9em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  [part~='speaker'] {
    font-weight: 600;
    color: var(--_fg);
  }
  [part~='speaker']::before {
    content: '— ';
  }
  [part~='source'] {
    color: var(--_accent);
    font-style: italic;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='slide'][data-enter] {
      animation: fosc-fade 0.35s ease-out;
    }
  }
  @keyframes fosc-fade {
    from {
      opacity: 0;
    }
  }
`;
