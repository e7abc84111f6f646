import { css } from 'lit';

/*
 * Logical properties throughout: each version carries its own `dir`, so Arabic and Hebrew set their bar, indent and
 * punctuation on the right; the side-by-side grid follows the page's direction (on an RTL page the first version
 * stands on the right). Lines stay within a reading measure (`--fosc-reader-measure`, 52ch: about 60–65 characters
 * of prose in common fonts) at any width. Comments sit between the blocks, not inside: CSS comments would ship.
 */
export const bilingualReaderStyles = [
  css`
    :host {
      display: block;
      container-type: inline-size;
      max-inline-size: var(--fosc-reader-max-width, 72rem);
      color: var(--_fg);
      line-height: 1.6;
      --_measure: var(--fosc-reader-measure, 52ch);
    }
    [part~='reader'] {
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 1rem 1.25rem;
    }
  `,
  // One column of text: the reader is as wide as its lines, not as the page.
  css`
    [part~='reader'][data-mode]:not([data-mode='side-by-side']) {
      inline-size: fit-content;
      max-inline-size: 100%;
      box-sizing: border-box;
    }
    [part~='header'] {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin-block-end: 1rem;
    }
    .titles {
      display: grid;
      gap: 0.2rem 2rem;
      margin: 0;
      font-size: 1.35em;
      line-height: 1.25;
      max-inline-size: var(--_measure);
    }
    [data-mode='side-by-side'] .titles {
      grid-template-columns: repeat(2, minmax(0, var(--_measure)));
      max-inline-size: none;
    }
    [data-mode='side-by-side'] [part~='title'][data-side='second'] {
      grid-column: 2;
    }
    [part~='title'] + [part~='title'] {
      color: var(--_muted);
    }
    [part~='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
  `,
  // The layout choices: radio buttons drawn as a row of pills that wraps between pills, never inside one.
  css`
    .modes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    [part~='mode'] {
      position: relative;
      display: inline-flex;
      align-items: center;
      min-block-size: 2rem;
      padding: 0.2rem 0.8rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.85em;
      white-space: nowrap;
      cursor: pointer;
    }
    [part~='mode'] input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    [part~='mode']:has(input:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
  `,
  // The choice in use: filled with the accent (6:1 against the surface, light and dark).
  css`
    [part~='mode-active'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_bg);
      font-weight: 600;
    }
    button {
      font: inherit;
      font-size: 0.85em;
      color: var(--_fg);
      background: transparent;
      border: 0;
      padding: 0.2rem 0.8rem;
      min-block-size: 2rem;
      cursor: pointer;
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
    [part~='segments'] > :first-child,
    [part~='segments'] > :first-child > [part~='segment'] {
      border-block-start: 0;
    }
  `,
  // A segment a link points at (focusable only then): a ring that also shows in forced colours, and a tint.
  css`
    [part~='segment']:focus {
      outline: 2px solid var(--_focus);
      outline-offset: 0.3rem;
      border-radius: 2px;
      background: color-mix(in srgb, var(--_focus) 8%, transparent);
    }
    [part~='version'] {
      box-sizing: border-box;
      max-inline-size: var(--_measure);
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
    [part~='version'] :is(h2, h3, h4, h5, h6) {
      margin: 0.4rem 0;
      font-size: 1.1em;
      line-height: 1.3;
    }
    [part~='version'] ul {
      padding-inline-start: 1.25rem;
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
  `,
  // Notes in the UI's language: on a part one version lacks, on a pair the aligner is unsure of.
  css`
    [part~='only-in'],
    [part~='weak'] {
      margin: 0 0 0.3rem;
      font-size: 0.8em;
      line-height: 1.4;
      color: var(--_muted);
    }
  `,
  // Chinese, Japanese, Korean and Arabic have no italics: a slanted copy of the glyphs reads badly.
  css`
    [part~='only-in']:not(:lang(zh), :lang(ja), :lang(ko), :lang(ar)) {
      font-style: italic;
    }
    [part~='weak'] [aria-hidden] {
      font-style: normal;
      font-weight: 700;
    }
    [data-one-sided='true'] [part~='version'] {
      color: var(--_muted);
    }
  `,
  // Interleaved: the second language follows, set back behind a bar on its own start side.
  css`
    [data-mode='interleaved'] [part~='version'][data-side='second'] {
      margin-block-start: 0.4rem;
      padding-inline-start: 0.9rem;
      border-inline-start: 2px solid var(--_border);
      color: var(--_muted);
    }
    [data-mode='interleaved'] [data-one-sided='true'] [part~='version'] {
      margin-block-start: 0;
    }
    [data-mode='interleaved'] [data-weak='true'] [part~='version'][data-side='second'] {
      border-inline-start-style: dashed;
    }
  `,
  // Side by side: pairs share a row of one grid, so each pair starts level.
  css`
    [part~='segments'][data-mode='side-by-side'] {
      grid-template-columns: repeat(2, minmax(0, var(--_measure)));
      column-gap: 2rem;
    }
    [data-mode='side-by-side'] [part~='segment'],
    [data-mode='side-by-side'] .row {
      grid-column: 1 / -1;
      display: grid;
      grid-template-columns: subgrid;
      align-items: start;
    }
    [data-mode='side-by-side'] [part~='segment'] > :not([part~='version']) {
      grid-column: 1 / -1;
    }
  `,
  // A part one version lacks stands in its own column, with nothing drawn beside it.
  css`
    [data-mode='side-by-side'] [part~='segment'][data-only] {
      display: block;
    }
    [data-mode='side-by-side'] [part~='segment'][data-only='first'] {
      grid-column: 1;
    }
    [data-mode='side-by-side'] [part~='segment'][data-only='second'] {
      grid-column: 2;
    }
    .row > [part~='segment'] {
      grid-row: 1;
    }
  `,
  // One language: the switch sits at the end of the paragraph's first line (the left for Arabic).
  css`
    [data-mode='single'] [part~='segment'] {
      display: grid;
      grid-template-columns: minmax(0, var(--_measure)) auto;
      gap: 0 0.75rem;
      align-items: start;
    }
    [data-mode='single'] [part~='segment'] > p {
      grid-column: 1 / -1;
    }
    [part~='segment-switch'] {
      font-size: 0.8em;
      font-weight: 600;
      border: 1px solid var(--_border);
      border-radius: 0.35rem;
      padding: 0.15rem 0.5rem;
      min-block-size: 1.8rem;
      color: var(--_accent);
      white-space: nowrap;
    }
    [part~='note'] {
      margin: 0;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      [part~='mode-active'] {
        forced-color-adjust: none;
        background: SelectedItem;
        border-color: SelectedItem;
        color: SelectedItemText;
      }
    }
  `,
  // Narrower than two columns of 44ch (about 50 characters): side by side stacks, each pair still together.
  css`
    @container (width < calc(88ch + 4.6rem)) {
      [part~='reader'][data-mode='side-by-side'] {
        inline-size: fit-content;
        max-inline-size: 100%;
        box-sizing: border-box;
      }
      [part~='segments'][data-mode='side-by-side'],
      [data-mode='side-by-side'] .titles {
        grid-template-columns: minmax(0, var(--_measure));
      }
      [data-mode='side-by-side'] [part~='title'][data-side='second'],
      [data-mode='side-by-side'] [part~='segment'][data-only='second'] {
        grid-column: 1;
      }
      .row > [part~='segment'] {
        grid-row: auto;
      }
      [data-mode='side-by-side'] [part~='version'][data-side='second'] {
        margin-block-start: 0.4rem;
        padding-inline-start: 0.9rem;
        border-inline-start: 2px solid var(--_border);
        color: var(--_muted);
      }
      [data-mode='side-by-side'] [data-weak='true'] [part~='version'][data-side='second'] {
        border-inline-start-style: dashed;
      }
    }
  `,
  // Too narrow for a button beside the text: it goes under the paragraph, at its end.
  css`
    @container (width < 36em) {
      [data-mode='single'] [part~='segment'] {
        grid-template-columns: minmax(0, 1fr);
      }
      [part~='segment-switch'] {
        justify-self: end;
        margin-block-start: 0.3rem;
      }
    }
  `,
  // A phone: the frame gives its width back to the text.
  css`
    @container (width < 24em) {
      [part~='reader'] {
        padding: 0.75rem 0.9rem;
      }
    }
  `,
];
