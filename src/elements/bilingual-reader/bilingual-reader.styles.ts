import { css } from 'lit';

export const bilingualReaderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--fosc-reader-max-width, 72rem);
    color: var(--_fg);
    line-height: 1.6;
  }
  [part~='reader'] {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
  }
  [part~='header'] {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    margin-block-end: 1rem;
  }
  .titles {
    display: grid;
    gap: 0.2rem 2rem;
  }
  [data-mode='side-by-side'] .titles {
    grid-template-columns: 1fr 1fr;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  [part~='title'] + [part~='title'] {
    color: var(--_muted);
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .modes {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
  }
  button {
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: transparent;
    border: 0;
    padding: 0.35rem 0.8rem;
    min-block-size: 2rem;
    cursor: pointer;
  }
  /* The group's rounded corners clip what stands outside it: the focus ring goes inside. */
  [part~='mode']:focus-visible {
    outline-offset: -3px;
  }
  [part~='mode'] + [part~='mode'] {
    border-inline-start: 1px solid var(--_border);
  }
  [part~='mode'][aria-pressed='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 600;
  }
  [part~='switch-all'] {
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
  }
  [part~='segments'] {
    display: grid;
    gap: 0;
  }
  [part~='segment'] {
    position: relative;
    padding-block: 0.6rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
    scroll-margin-block-start: 1rem;
  }
  [part~='segment']:first-child {
    border-block-start: 0;
  }
  [part~='segment']:focus {
    outline: none;
  }
  [part~='segment']:target,
  [part~='segment']:focus-visible,
  [part~='segment']:focus {
    background: color-mix(in srgb, var(--_focus) 8%, transparent);
  }
  [part~='version'] > :first-child {
    margin-block-start: 0;
  }
  [part~='version'] > :last-child {
    margin-block-end: 0;
  }
  [part~='version'] p,
  [part~='version'] ul,
  [part~='version'] blockquote {
    margin-block: 0 0.5rem;
  }
  [part~='version'] h3 {
    margin: 0.4rem 0;
    font-size: 1.1em;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--_accent);
  }
  .byline,
  .origin,
  .caption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .event span {
    display: block;
  }
  /* Interleaved: the second language follows, set back. */
  [data-mode='interleaved'] [data-side='second'] {
    margin-block-start: 0.4rem;
    padding-inline-start: 0.9rem;
    border-inline-start: 2px solid var(--_border);
    color: var(--_muted);
  }
  /* Side by side: pairs share a row of one grid, so each pair starts level. */
  [part~='segments'][data-mode='side-by-side'] {
    grid-template-columns: 1fr 1fr;
    column-gap: 2rem;
  }
  [data-mode='side-by-side'] [part~='segment'] {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: start;
  }
  [data-mode='side-by-side'] [part~='only-in'] {
    grid-column: 1 / -1;
  }
  [part~='only-in'] {
    margin: 0 0 0.3rem;
    font-size: 0.78em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  [data-one-sided='true'] [part~='version'] {
    color: var(--_muted);
  }
  /* One language: the switch sits at the end of the line. */
  [data-mode='single'] [part~='segment'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.75rem;
    align-items: start;
  }
  [data-mode='single'] [part~='only-in'] {
    grid-column: 1 / -1;
  }
  [part~='segment-switch'] {
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.05em;
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
    padding: 0.2rem 0.45rem;
    min-block-size: 1.8rem;
    min-inline-size: 2.4rem;
    color: var(--_accent);
  }
  [part~='note'] {
    margin: 0;
    color: var(--_muted);
  }
  /* Narrow: side by side stacks, each pair still together. */
  @container (max-width: 40rem) {
    [part~='segments'][data-mode='side-by-side'],
    [data-mode='side-by-side'] .titles {
      grid-template-columns: 1fr;
    }
    [data-mode='side-by-side'] [data-side='second'] {
      margin-block-start: 0.4rem;
      padding-inline-start: 0.9rem;
      border-inline-start: 2px solid var(--_border);
      color: var(--_muted);
    }
    [data-mode='side-by-side'] .empty {
      display: none;
    }
  }
`;
