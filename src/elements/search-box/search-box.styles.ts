import { css } from 'lit';

/**
 * The search box's look. Comments live here, not in the CSS (what a css`` literal holds ships as it is):
 * - `--_control-border`: the field's edge is how a reader finds it, at least 3:1 against its surface (WCAG 1.4.11):
 *   3.55:1 light, 3.92:1 dark. Local until the shared theme has a control border token.
 * - A turned-off shortcut's key cap stays (the way to turn it on again), crossed out corner to corner, edge dashed.
 * - Matched words take the full text colour: 12.7:1 light, 6.1:1 dark (the muted excerpt colour gave 3.4:1).
 * - Forced colours (Windows High Contrast): the system's colours for the field, the active result, matched words and
 *   focus, which the tints would lose.
 */
export const searchBoxStyles = css`
  :host {
    display: block;
    position: relative;
    max-inline-size: var(--fosc-search-max-width, 40rem);
    color: var(--_fg);
    --_control-border: light-dark(#808994, #737c88);
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
    border: 1px solid var(--_control-border);
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
  [part~='retry'],
  [part~='shortcut'] {
    font: inherit;
    color: var(--_muted);
    background: none;
    border: 0;
    border-radius: 0.3rem;
    padding: 0.3rem 0.45rem;
    cursor: pointer;
  }
  [part~='clear']:hover,
  [part~='shortcut']:hover {
    color: var(--_fg);
  }
  [part~='shortcut'] {
    flex: none;
    padding: 0.2rem;
  }
  kbd {
    display: inline-block;
    min-inline-size: 1.5em;
    box-sizing: border-box;
    font: inherit;
    font-size: 0.8em;
    line-height: 1.5;
    text-align: center;
    color: var(--_muted);
    border: 1px solid var(--_control-border);
    border-radius: 0.25rem;
    padding: 0 0.35rem;
  }
  [aria-pressed='false'] kbd {
    border-style: dashed;
    background: linear-gradient(
      to top right,
      transparent calc(50% - 0.06em),
      currentColor calc(50% - 0.06em) calc(50% + 0.06em),
      transparent calc(50% + 0.06em)
    );
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
  [part~='option']:has([aria-selected='true']) {
    background: color-mix(in srgb, var(--_focus) 16%, transparent);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [part~='option-title'] {
    display: block;
    font-weight: 600;
    overflow-wrap: anywhere;
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
    color: var(--_fg);
    border-radius: 0.15em;
  }
  [part~='status'] {
    margin: 0;
    padding: 0.6rem 0.9rem;
    font-size: 0.9em;
    color: var(--_muted);
  }
  [part~='status'] p {
    margin: 0;
  }
  [part~='status'] p + p {
    margin-block-start: 0.25em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    padding: 0.3rem 0.45rem;
  }
  .footer [part~='status'] {
    padding: 0.3rem 0.45rem;
  }
  @media (forced-colors: active) {
    [part~='field'] {
      border-color: FieldText;
    }
    [part~='field']:focus-within,
    :focus-visible {
      outline-color: Highlight;
    }
    [part~='option']:has([aria-selected='true']) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline: 2px solid HighlightText;
    }
    [part~='option']:has([aria-selected='true']) > * {
      color: inherit;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    kbd {
      border-color: ButtonText;
    }
  }
`;
