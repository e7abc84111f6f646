import { css } from 'lit';

/**
 * Shared look: the host page's font and colour scheme by default, light or dark on request (`theme`),
 * every colour a custom property a partner can set.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    font: inherit;
    --_fg: var(--fosc-color-text, light-dark(#1d232b, #e8ebef));
    --_muted: var(--fosc-color-muted, light-dark(#56606c, #a9b2bd));
    --_bg: var(--fosc-color-surface, light-dark(#ffffff, #1b1f24));
    --_border: var(--fosc-color-border, light-dark(#d5dae0, #3a424c));
    --_accent: var(--fosc-color-accent, light-dark(#b3261e, #ff8a80));
    --_focus: var(--fosc-color-focus, light-dark(#1a56db, #8ab4ff));
    --_radius: var(--fosc-radius, 0.5rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* A page's "* { all: unset }" or "display: inline" must not flatten a widget: important declarations of a
     shadow root's :host win over the page's normal ones. The hidden attribute still hides. */
  :host {
    display: block !important;
    box-sizing: border-box !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Text for screen readers only. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Content is isolated from the UI around it: bidi controls in a title cannot reorder our labels. */
  [lang] {
    unicode-bidi: isolate;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
