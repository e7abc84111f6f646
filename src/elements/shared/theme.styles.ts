import { css } from 'lit';

/**
 * Shared look: the host page's font and colour scheme by default, light or dark on request (`theme`), every colour
 * a custom property a partner can set; non-text contrast and forced colours handled once for every element.
 *
 * Colour scheme: a widget follows **the page**. `color-scheme` is inherited, and a host that does not set it takes
 * the page's: light on a page that declares nothing (a plain white page stays white when the reader's OS is dark),
 * the reader's preference on a page that declares `color-scheme: light dark` on its root (or on any ancestor of the
 * widget) or `<meta name="color-scheme" content="light dark">`, dark on a dark-only page. The browser applies a
 * change of the page's declaration or of the OS preference to every widget at once: no script, no observer.
 * `theme="light|dark"` forces one.
 *
 * Tokens (`--_name`, private: elements use them, partners set the public `--fosc-color-*` behind them). Contrast
 * against the surface `--_bg` (#ffffff light, #1b1f24 dark):
 * - `--_fg` text 15.8:1 / 13.9:1; `--_muted` secondary text 6.4:1 / 7.7:1; `--_accent` links 6.5:1 / 7.3:1;
 * - `--_border` decorative edges (a card's box) 1.4:1 / 1.6:1: never the only edge of a control;
 * - `--_control-border` the edge of a control (a text field, a toggle): 4.2:1 / 4.7:1, above WCAG 1.4.11's 3:1;
 * - `--_indicator` a current, pressed or selected mark (a bar, a border, a fill under `--_bg` text): 6.5:1 / 7.3:1;
 * - `--_focus` focus rings: 6.2:1 / 7.9:1.
 * In forced colours every token is a system colour, and pressed/selected/current controls take the system's
 * selection colours (below).
 *
 * Also (said here, not in the CSS: the bundle ships the CSS text as written):
 * - `display: block !important` on :host: a page's "* { all: unset }" or "display: inline" must not flatten a
 *   widget (important declarations of a shadow root's :host win over the page's normal ones); `hidden` still hides.
 * - `.visually-hidden`: text for screen readers only.
 * - `[lang]` is isolated: bidi controls in content (a title, an outlet) cannot reorder our labels.
 * - Forced colours (Windows high contrast): borders and focus rings in system colours (the browser forces the rest),
 *   and the current, pressed or selected control (`aria-pressed`, `aria-selected`, `aria-checked`, `aria-current`)
 *   in SelectedItem / SelectedItemText, as native lists and toggles show it, its descendants in the same colour
 *   (but matched words, in Mark / MarkText as everywhere).
 *   `forced-color-adjust: none` on it: without it the browser paints its Canvas backplate behind the text, and
 *   SelectedItemText vanishes on it. Tints and shadows vanish in forced colours, so they can never be the only sign
 *   of a state. `!important`: an element's own state styles (a tint) must not win over the reader's palette.
 */
export const themeStyles = css`
  :host {
    font: inherit;
    --_fg: var(--fosc-color-text, light-dark(#1d232b, #e8ebef));
    --_muted: var(--fosc-color-muted, light-dark(#56606c, #a9b2bd));
    --_bg: var(--fosc-color-surface, light-dark(#ffffff, #1b1f24));
    --_border: var(--fosc-color-border, light-dark(#d5dae0, #3a424c));
    --_control-border: var(--fosc-color-control-border, light-dark(#737d89, #808a96));
    --_accent: var(--fosc-color-accent, light-dark(#b3261e, #ff8a80));
    --_indicator: var(--fosc-color-indicator, var(--_accent));
    --_focus: var(--fosc-color-focus, light-dark(#1a56db, #8ab4ff));
    --_radius: var(--fosc-radius, 0.5rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host {
    display: block !important;
    box-sizing: border-box !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [lang] {
    unicode-bidi: isolate;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_border: CanvasText;
      --_control-border: ButtonBorder;
      --_accent: LinkText;
      --_indicator: Highlight;
      --_focus: Highlight;
    }
    :is(
      [aria-pressed='true'],
      [aria-selected='true'],
      [aria-checked='true'],
      [aria-current]:not([aria-current='false'])
    ) {
      forced-color-adjust: none !important;
      background: SelectedItem !important;
      color: SelectedItemText !important;
      border-color: SelectedItemText !important;
    }
    :is(
        [aria-pressed='true'],
        [aria-selected='true'],
        [aria-checked='true'],
        [aria-current]:not([aria-current='false'])
      )
      :not(mark) {
      color: inherit !important;
      background: transparent !important;
    }
  }
`;
