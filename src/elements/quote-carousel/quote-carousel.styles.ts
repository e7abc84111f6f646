import { css } from 'lit';

/**
 * The carousel's look. Why, rule by rule (comments stay out of the CSS text: it ships as written):
 * - `--_carousel-control`: buttons' borders at 3:1 at least against the surface (WCAG 1.4.11): 3.84:1 light,
 *   4.54:1 dark; the theme's shared `--_control-border` wins once it has one.
 * - controls: the rotation control at the start, the pager (previous, position, next) at the end; on a narrow
 *   carousel the pager wraps below as a whole, so previous and next are never split. The position has a steady
 *   width, so previous does not shift as "9 of 12" becomes "10 of 12".
 * - buttons: a pill on one line; a label that wraps (Spanish at 320 px) gets a rounded box, read from its start.
 *   Pressed, the border thickens in the text colour (a tint alone would not reach 3:1). Chevrons point to the line's
 *   start and end: flipped on a right-to-left page.
 * - slides: only the slide on show takes room, so the area is as tall as its quote (no blank the size of the longest
 *   under a short one); the element animates the change of height. Both slides take part in a move: the old one
 *   stands over the new one and fades out (its `display` is animated, so it is gone after) as the new one fades in;
 *   nothing moves under reduced motion.
 * - quotes: each in its language's marks: French guillemets hold a narrow no-break space (U+202F), never a plain
 *   one; Spanish and Arabic ones none (Arabic ones mirror in RTL); Simplified Chinese uses “ ” as English does.
 *   Words taken from inside a sentence get an ellipsis after the opening mark.
 * - the UI's sentences (status, position, rotation label) keep their own direction in an isolated span on a page of
 *   the other direction, and stand where the page's direction puts them.
 * - narrow screens (or 200 % zoom): smaller quotes, so that a line holds more than three words.
 */

export const quoteCarouselStyles = css`
  :host {
    display: block;
    max-inline-size: var(--fosc-quote-max-width, 40rem);
    color: var(--_fg);
    --_carousel-control: var(--_control-border, light-dark(#7a838e, #7d8793));
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
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  [part~='pager'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  [part~='position'] {
    min-inline-size: 4.5em;
    text-align: center;
    color: var(--_muted);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  button {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font: inherit;
    font-size: 0.85em;
    line-height: 1.3;
    color: var(--_fg);
    background: transparent;
    border: 1px solid var(--_carousel-control);
    border-radius: 1.125rem;
    text-align: start;
    padding: 0.35rem 0.85rem;
    min-block-size: 2.25rem;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  button:active {
    box-shadow: inset 0 0 0 1px var(--_fg);
  }
  [part~='previous'],
  [part~='next'] {
    justify-content: center;
    inline-size: 2.25rem;
    padding: 0;
    border-radius: 50%;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  .chevron {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  [part~='slides'] {
    position: relative;
  }
  [part~='slide'] {
    display: none;
    visibility: hidden;
  }
  [part~='slide'][data-current] {
    display: block;
    visibility: visible;
  }
  figure {
    margin: 0;
  }
  [part~='quote'] {
    margin: 0;
    font-size: var(--fosc-quote-size, 1.25em);
    line-height: 1.45;
    text-align: start;
    quotes: '“' '”' '‘' '’';
  }
  [part~='quote']:lang(fr) {
    quotes: '«\u202f' '\u202f»' '“' '”';
  }
  [part~='quote']:is(:lang(es), :lang(ar), :lang(fa), :lang(ur)) {
    quotes: '«' '»' '“' '”';
  }
  [part~='quote']:lang(de) {
    quotes: '„' '“' '‚' '‘';
  }
  [part~='quote']:lang(he) {
    quotes: '”' '”' '’' '’';
  }
  [part~='quote']:is(:lang(ja), :lang(zh-Hant), :lang(zh-TW), :lang(zh-HK)) {
    quotes: '「' '」' '『' '』';
  }
  [part~='quote']::before {
    content: open-quote;
    color: var(--_accent);
  }
  [part~='quote'][data-mid-sentence]::before {
    content: open-quote '…';
  }
  [part~='quote']::after {
    content: close-quote;
    color: var(--_accent);
  }
  [part~='caption'] {
    margin-block-start: 0.6rem;
    color: var(--_muted);
    font-size: 0.9em;
    line-height: 1.4;
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
  [part~='retry'] {
    margin-block-start: 0.6rem;
  }
  @media (max-width: 30rem) {
    [part~='carousel'] {
      padding-inline: 1rem;
    }
    [part~='quote'] {
      font-size: var(--fosc-quote-size, 1.125em);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='slide'][data-enter] {
      animation: fosc-fade-in 0.45s ease-out;
    }
    [part~='slide'][data-leave] {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
      animation: fosc-fade-out 0.2s ease-out;
    }
  }
  @keyframes fosc-fade-in {
    from,
    35% {
      opacity: 0;
    }
  }
  @keyframes fosc-fade-out {
    from {
      display: block;
      visibility: visible;
      opacity: 1;
    }
    to {
      display: block;
      visibility: visible;
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button:hover {
      border-color: Highlight;
    }
    [part~='position'] {
      color: CanvasText;
    }
  }
`;
