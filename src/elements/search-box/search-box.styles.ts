import { css } from 'lit';

export const searchBoxStyles = css`
  :host {
    display: block;
    position: relative;
    max-inline-size: var(--fosc-search-max-width, 40rem);
    color: var(--_fg);
  }
  [part~='label'] {
    display: block;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  [part~='field'] {
    box-sizing: border-box;
    /* A fixed height: the page keeps its layout when the box renders (reserve 2.75rem before it does). */
    block-size: 2.75rem;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    padding-inline: 0.6rem 0.3rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='field']:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part~='input'] {
    flex: 1;
    min-inline-size: 0;
    align-self: stretch;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    /* Below 16px, iOS zooms into the field on focus. */
    font-size: max(1em, 16px);
  }
  [part~='input']:focus {
    outline: none;
  }
  [part~='input']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  svg {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--_muted);
  }
  [part~='clear'],
  [part~='retry'] {
    font: inherit;
    color: var(--_muted);
    background: none;
    border: 0;
    border-radius: 0.3rem;
    padding: 0.3rem 0.45rem;
    cursor: pointer;
  }
  [part~='clear']:hover {
    color: var(--_fg);
  }
  kbd {
    font: inherit;
    font-size: 0.8em;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0 0.35rem;
  }
  [part~='popup'] {
    position: absolute;
    inset-inline: 0;
    z-index: var(--fosc-search-z-index, 1000);
    margin-block-start: 0.3rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
    overflow: hidden;
  }
  [part~='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    max-block-size: min(28rem, 60vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  [part~='option'] {
    padding: 0.5rem 0.65rem;
    border-radius: calc(var(--_radius) - 0.15rem);
    cursor: pointer;
    line-height: 1.4;
  }
  [part~='option']:hover {
    background: color-mix(in srgb, var(--_fg) 6%, transparent);
  }
  [part~='option'][aria-selected='true'] {
    background: color-mix(in srgb, var(--_focus) 16%, transparent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [part~='option-title'] {
    display: block;
    font-weight: 600;
  }
  [part~='option-section'] {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  [part~='option-excerpt'] {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  mark {
    background: var(--fosc-color-mark, light-dark(#ffe58a, #6b5300));
    color: inherit;
    border-radius: 0.15em;
  }
  [part~='status'] {
    margin: 0;
    padding: 0.6rem 0.9rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  [part~='status']:empty {
    display: none;
  }
  .footer {
    display: flex;
    align-items: center;
    justify-content: space-between;
    border-block-start: 1px solid var(--_border);
  }
  .footer:has([part~='status']:empty) {
    display: none;
  }
`;
