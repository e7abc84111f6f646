/**
 * What the search box shows under the field: the results as listbox options, and the messages (no results,
 * loading, unavailable). Pure templates: the element decides which.
 */
import { html, nothing } from 'lit';
import type { SearchResult } from '../../runtime/search/search.js';
import { marked } from '../shared/marked.js';
import { advice, noResults, shortcutName, shortcutOff, shortcutOn } from './messages.js';
import type { Shortcut } from './shortcut-controller.js';

/**
 * One result: a row holding the option and, beside it, what describes it. The option's name is the title alone (a
 * screen reader says it at each arrow key); the section and the excerpt are its description (`aria-describedby`,
 * pointing only at what is there). They stand outside the option, so its visible text is its name (WCAG 2.5.3, label
 * in name), and are `aria-hidden` so a screen reader's reading mode does not say them twice (a description still
 * reads the hidden nodes it points at).
 */
export function option(r: SearchResult, i: number, active: boolean, choose: (r: SearchResult) => void) {
  const id = `option-${i}`;
  const described = [r.section && `${id}-section`, `${id}-excerpt`].filter(Boolean).join(' ');
  return html`<li part="option" role="none" @mousedown=${(e: Event) => e.preventDefault()} @click=${() => choose(r)}>
    <span
      id=${id}
      part="option-title"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      aria-describedby=${described}
      lang=${r.lang}
      dir="auto"
      >${marked(r.title, r.titleHighlights)}</span
    >
    ${
      r.section
        ? html`<span part="option-section" id="${id}-section" lang=${r.lang} dir="auto" aria-hidden="true"
            >${r.section}</span
          >`
        : ''
    }
    <span part="option-excerpt" id="${id}-excerpt" lang=${r.excerptLang ?? r.lang} dir="auto" aria-hidden="true"
      >${marked(r.excerpt, r.highlights)}</span
    >
  </li>`;
}

/**
 * One of our sentences in the UI language's direction, inline: its paragraph still lines up with the page's start
 * edge (an English message on an Arabic page sits on the right, its full stop after its last word).
 */
export const said = (text: unknown, dir: 'ltr' | 'rtl') => html`<span dir=${dir}>${text}</span>`;

/**
 * The message in the popup when nothing matched: the fact, then what to try, as two paragraphs (two sentences
 * joined by a space would leave one after a Chinese full stop).
 */
export const noResultsNote = (query: string, dir: 'ltr' | 'rtl') =>
  html`<div part="status">
    <p>${said(noResults(query), dir)}</p>
    <p>${said(advice(), dir)}</p>
  </div>`;

/**
 * The shortcut's key cap, shown while the field is empty. A one-character shortcut's cap is a toggle button, the
 * reader's way to turn it off and on again (WCAG 2.1.4); a combination with Control, Alt or Meta is only shown
 * (the field's `aria-keyshortcuts` says it to screen readers).
 */
export function shortcutCap(shortcuts: readonly Shortcut[], on: boolean, toggle: (on: boolean) => void) {
  const key = shortcuts[0]?.aria;
  if (!shortcuts.some((s) => s.character)) return key ? html`<kbd aria-hidden="true">${key}</kbd>` : nothing;
  return html`<button
    part="shortcut"
    type="button"
    aria-pressed=${on ? 'true' : 'false'}
    aria-label=${shortcutName(key)}
    title=${on ? shortcutOn(key) : shortcutOff(key)}
    @click=${() => toggle(!on)}
  >
    <kbd>${key}</kbd>
  </button>`;
}
