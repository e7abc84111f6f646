import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { formatNumber, plural } from '../../i18n/plural.js';
import { type SearchResult, loadSearch, search } from '../../runtime/search/search.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscFilteredElement } from '../shared/filtered-element.js';
import { retryButton } from '../shared/retry.js';
import { marked } from '../shared/marked.js';
import { postHref } from '../shared/safe-url.js';
import { searchBoxStyles } from './search-box.styles.js';
import { ShortcutController } from './shortcut-controller.js';

/** What a query found: the results and the query they are for. */
interface Found {
  query: string;
  results: SearchResult[];
}

/**
 * Full-text search over the archive as you type: a WAI-ARIA combobox whose listbox popup shows the best posts,
 * each with the section the match is in and an excerpt with the matched words marked.
 *
 * Keyboard (WAI-ARIA APG combobox): ↓/↑ open the list and move through the results, Home/End jump to the first
 * or last result while one is active, Enter opens it, Escape closes the list, or empties the field when it is
 * closed; ←/→ return to editing. With `shortcut`, `/` anywhere on the page focuses the field.
 *
 * The index loads on first focus or keystroke (a loading message shows if the reader is faster).
 *
 * @summary Full-text search over the archive, as you type.
 * @tagname fosc-search-box
 *
 * @csspart label - The field's label (visually hidden unless `show-label`).
 * @csspart field - The box around the icon, the input and its buttons.
 * @csspart input - The text input (`role="combobox"`).
 * @csspart clear - The button that empties the field.
 * @csspart popup - The dropdown under the field.
 * @csspart listbox - The list of results (`role="listbox"`).
 * @csspart option - One result (`role="option"`).
 * @csspart option-title - A result's title.
 * @csspart option-section - The section or reprinted piece the match is in.
 * @csspart option-excerpt - The text around the match.
 * @csspart mark - A matched word.
 * @csspart status - The visible message: loading, no results, error.
 * @csspart retry - The button that retries loading the index.
 *
 * @cssprop --fosc-color-text - Text colour.
 * @cssprop --fosc-color-muted - Secondary text.
 * @cssprop --fosc-color-surface - Field and popup background.
 * @cssprop --fosc-color-border - Borders.
 * @cssprop --fosc-color-focus - Focus ring and active result.
 * @cssprop --fosc-color-mark - Background of matched words.
 * @cssprop --fosc-radius - Corner radius.
 * @cssprop --fosc-search-max-width - Widest the box grows (default 40rem).
 * @cssprop --fosc-search-z-index - Stacking of the popup (default 1000).
 *
 * @fires {FoscSearchSelectEvent} fosc-search-select - Cancelable. A result was chosen (Enter or click);
 *   `detail: { id, title, lang, url, query }`. Unless cancelled, the page goes to the post's address
 *   (`href-template`, else the post's URL).
 */
export class FoscSearchBox extends FoscFilteredElement {
  static override styles = [FoscFilteredElement.styles, searchBoxStyles];
  /** Defaults and bounds of the numeric attributes: nonsense falls back to the default, with one warning. */
  static readonly defaults = {
    debounce: { fallback: 120, min: 0, max: 5000 },
    limit: { fallback: 8, min: 1, max: 50 }, // search() gives at most 50
  } as const;
  /** Focusing the element (or clicking its padding) focuses the field. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Placeholder text; by default "Search the archive". */
  @property() placeholder?: string;

  /** The field's label; by default "Search the archive". */
  @property() label?: string;

  /** Show the label above the field (it is always there for screen readers). */
  @property({ type: Boolean, attribute: 'show-label' }) showLabel = false;

  /** Milliseconds to wait after the last keystroke (default 120, at most 5000). */
  @property({ converter: numberConverter }) debounce?: number;

  /** At most this many results (default 8, at most 50). */
  @property({ converter: numberConverter }) limit?: number;

  /** Address of a post, `{id}` standing for its id: `https://example.org/posts/{id}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Focus the field when the reader presses `/` outside any text field. */
  @property({ type: Boolean }) shortcut = false;

  /** What the field holds now. */
  @state() private value = '';
  /** What to search for: the field's text once the reader pauses (`debounce`). */
  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;

  @query('input') private input!: HTMLInputElement;

  private timer?: ReturnType<typeof setTimeout>;

  /** The search code and index, loaded on first focus or keystroke (not before: a page may never search). */
  private readonly index = new Task(this, { task: () => loadSearch(), autoRun: false });

  /** The results for `query`, searched again when it, the language or the limit changes. */
  private readonly found = new Task(this, {
    task: async ([query, lang, limit]): Promise<Found> =>
      query.trim() ? { query, results: await search(query, { lang, limit }) } : { query: '', results: [] },
    args: () =>
      [
        this.query,
        this.languageFilter ?? undefined,
        this.numberOf('limit', this.limit, FoscSearchBox.defaults.limit),
      ] as const,
    onComplete: ({ query }) => (this.open = !!query),
    onError: (err) => {
      this.warn('search', 'search failed.', err);
      this.open = true;
    },
  });

  constructor() {
    super();
    // `/` on the page focuses the field (with `shortcut`).
    new ShortcutController(
      this,
      () => this.shortcut,
      () => this.input.focus(),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Loads the index ahead of the first keystroke. */
  private warmUp(): void {
    if (this.index.status === TaskStatus.INITIAL) void this.index.run();
  }

  private onInput(e: InputEvent): void {
    this.value = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.open = !!this.value.trim();
    this.warmUp();
    clearTimeout(this.timer);
    const wait = this.numberOf('debounce', this.debounce, FoscSearchBox.defaults.debounce);
    this.timer = setTimeout(() => (this.query = this.value), wait);
  }

  private retry(): void {
    void this.index.run();
    void this.found.run();
    this.input.focus();
  }

  /** The last results found (kept on screen while the next query runs). */
  private get results(): SearchResult[] {
    return this.found.value?.results ?? [];
  }

  /** The query those results are for; empty when nothing was searched. */
  private get searched(): string {
    return this.found.value?.query ?? '';
  }

  /** Loading the index, or searching, failed (and no search has succeeded since). */
  private get failed(): boolean {
    const { status } = this.found;
    return status === TaskStatus.ERROR || (this.index.status === TaskStatus.ERROR && status !== TaskStatus.COMPLETE);
  }

  /** The reader typed before the index arrived. */
  private get loading(): boolean {
    return !!this.value.trim() && this.index.status === TaskStatus.PENDING && !this.searched;
  }

  private clear(): void {
    this.value = '';
    this.query = '';
    this.input.value = '';
    this.open = false;
    this.active = -1;
    this.input.focus();
  }

  private move(to: number): void {
    const n = this.results.length;
    if (!n) return;
    this.open = true;
    this.active = (to + n) % n;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
    );
  }

  private onKeydown(e: KeyboardEvent): void {
    const hasActive = this.open && this.active >= 0;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(this.open && this.active >= 0 ? this.active - 1 : -1);
        break;
      case 'Home':
      case 'End':
        if (!hasActive) return;
        e.preventDefault();
        this.move(e.key === 'Home' ? 0 : this.results.length - 1);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        this.active = -1;
        break;
      case 'Enter':
        if (!hasActive) return;
        e.preventDefault();
        this.choose(this.results[this.active]);
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.value) {
          e.preventDefault();
          this.clear();
        }
        break;
      case 'Tab':
        this.open = false;
        this.active = -1;
        break;
    }
  }

  private choose(result: SearchResult): void {
    const url = postHref(this.textOf('hrefTemplate', this.hrefTemplate), result.id, result.url);
    this.open = false;
    this.active = -1;
    const detail = { id: result.id, title: result.title, lang: result.lang, url, query: this.searched };
    if (!this.emit('fosc-search-select', detail).defaultPrevented && url) window.location.assign(url);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.contains(e.relatedTarget as Node) && !this.renderRoot.contains(e.relatedTarget as Node)) {
      this.open = false;
      this.active = -1;
    }
  }

  /** What the live region says: counts, or why there are none. */
  private announcement(): string {
    if (this.failed) return msg('Search is unavailable right now.');
    if (this.loading) return msg('Loading search…');
    if (!this.searched || !this.open) return '';
    const n = this.results.length;
    if (!n) return msg(str`No results for “${this.searched}”.`);
    const count = formatNumber(n);
    return plural(n, {
      one: () => msg(str`${count} result`, { id: 'results-one' }),
      other: () => msg(str`${count} results`, { id: 'results-other' }),
    });
  }

  override render() {
    const ui = this.locale;
    const label = this.textOf('label', this.label) || msg('Search the archive');
    const expanded = this.open && this.results.length > 0;
    const announcement = this.announcement();
    const note = this.renderNote();
    return html`<div lang=${ui} @focusout=${this.onFocusOut}>
      <label part="label" for="input" class=${this.showLabel ? '' : 'visually-hidden'}>${label}</label>
      <div part="field">
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
          <circle cx="11" cy="11" r="7"></circle>
          <path d="m20 20-3.5-3.5"></path>
        </svg>
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          aria-describedby="hint"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          placeholder=${this.textOf('placeholder', this.placeholder) ?? label}
          .value=${this.value}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @focus=${this.warmUp}
        />
        ${
          this.value
            ? html`<button part="clear" type="button" @click=${this.clear} aria-label=${msg('Clear search')}>✕</button>`
            : this.shortcut
              ? html`<kbd aria-hidden="true">/</kbd>`
              : nothing
        }
      </div>
      <span id="hint" class="visually-hidden"
        >${msg('Results appear as you type. Use the up and down arrows to choose one.')}</span
      >
      <div part="popup" ?hidden=${!this.open || (!expanded && note === nothing)}>
        <ul id="listbox" part="listbox" role="listbox" aria-label=${msg('Search results')} ?hidden=${!expanded}>
          ${expanded ? this.results.map((r, i) => this.renderOption(r, i)) : nothing}
        </ul>
        ${note}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>
    </div>`;
  }

  private renderOption(r: SearchResult, i: number) {
    return html`<li
      id="option-${i}"
      part="option"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      aria-labelledby="option-${i}-title option-${i}-section option-${i}-excerpt"
      lang=${r.lang}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(r)}
    >
      <span part="option-title" id="option-${i}-title">${marked(r.title, r.titleHighlights)}</span>
      ${r.section ? html`<span part="option-section" id="option-${i}-section">${r.section}</span>` : nothing}
      <span part="option-excerpt" id="option-${i}-excerpt">${marked(r.excerpt, r.highlights)}</span>
    </li>`;
  }

  private renderNote() {
    if (this.failed) {
      return html`<div class="footer">
        <p part="status">${msg('Search is unavailable right now.')}</p>
        ${retryButton(() => this.retry())}
      </div>`;
    }
    if (this.searched && !this.results.length) {
      return html`<p part="status">
        ${msg(str`No results for “${this.searched}”.`)} ${msg('Check the spelling, or try fewer or other words.')}
      </p>`;
    }
    if (this.loading) {
      return html`<p part="status">${msg('Loading search…')}</p>`;
    }
    return nothing;
  }
}

FoscSearchBox.define('fosc-search-box');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-search-box': FoscSearchBox;
  }
}
