import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/localization.js';
import { formatNumber, plural } from '../../i18n/plural.js';
import { type SearchResult, loadSearch, search } from '../../runtime/search/search.js';
import { numberAttribute } from '../shared/attributes.js';
import { defineOnce } from '../shared/define.js';
import { marked } from '../shared/marked.js';
import { postHref } from '../shared/safe-url.js';
import { themeStyles } from '../shared/theme.styles.js';
import { searchBoxStyles } from './search-box.styles.js';

type Phase = 'idle' | 'loading' | 'ready' | 'error';

const DEFAULT_DEBOUNCE = 120;
const DEFAULT_LIMIT = 8;

/** Where typing belongs to the page, `/` is a character, not our shortcut. */
const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

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
 * @fires fosc-search-select - Cancelable. A result was chosen (Enter or click); `detail: { id, title, lang, url,
 *   query }`. Unless cancelled, the page goes to the post's address (`href-template`, else the post's URL).
 */
export class FoscSearchBox extends LitElement {
  static override styles = [themeStyles, searchBoxStyles];
  /** Focusing the element (or clicking its padding) focuses the field. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Placeholder text; by default "Search the archive". */
  @property() placeholder?: string;

  /** The field's label; by default "Search the archive". */
  @property() label?: string;

  /** Show the label above the field (it is always there for screen readers). */
  @property({ type: Boolean, attribute: 'show-label' }) showLabel = false;

  /** Only posts in this language (e.g. `fr`). The attribute is `lang`, as on any element. */
  @property({ attribute: 'lang' }) filterLang?: string;

  /** Milliseconds to wait after the last keystroke (default 120). */
  @property() debounce?: string | number;

  /** At most this many results (default 8). */
  @property() limit?: string | number;

  /** Address of a post, `{id}` standing for its id: `https://example.org/posts/{id}`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Focus the field when the reader presses `/` outside any text field. */
  @property({ type: Boolean }) shortcut = false;

  /** Forces `light` or `dark`; by default the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private value = '';
  @state() private results: SearchResult[] = [];
  @state() private searched = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private phase: Phase = 'idle';

  @query('input') private input!: HTMLInputElement;

  private readonly i18n = new LocaleController(this);
  private timer?: ReturnType<typeof setTimeout>;
  private ticket = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKey);
    clearTimeout(this.timer);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private onDocumentKey = (e: KeyboardEvent) => {
    if (!this.shortcut || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isEditable(e.composedPath()[0] ?? null)) return;
    e.preventDefault();
    this.input.focus();
  };

  /** Loads the index ahead of the first keystroke. */
  private warmUp(): void {
    if (this.phase !== 'idle') return;
    this.phase = 'loading';
    loadSearch().then(
      () => {
        this.phase = 'ready';
      },
      () => {
        this.phase = 'error';
      },
    );
  }

  private onInput(e: InputEvent): void {
    this.value = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.open = !!this.value.trim();
    this.warmUp();
    clearTimeout(this.timer);
    const wait = numberAttribute(this, 'debounce', this.debounce, DEFAULT_DEBOUNCE, { max: 5000 });
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    const ticket = ++this.ticket;
    const q = this.value;
    if (!q.trim()) {
      this.results = [];
      this.searched = '';
      this.open = false;
      return;
    }
    const limit = numberAttribute(this, 'limit', this.limit, DEFAULT_LIMIT, { min: 1, max: 50 });
    try {
      const results = await search(q, { lang: this.filterLang || undefined, limit });
      if (ticket !== this.ticket) return;
      this.phase = 'ready';
      this.results = results;
      this.searched = q;
      this.open = true;
    } catch (err) {
      if (ticket !== this.ticket) return;
      console.warn('fosc-search-box: search failed.', err);
      this.phase = 'error';
      this.open = true;
    }
  }

  private retry(): void {
    this.phase = 'idle';
    this.warmUp();
    void this.run();
    this.input.focus();
  }

  private clear(): void {
    this.value = '';
    this.input.value = '';
    this.results = [];
    this.searched = '';
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
    const url = postHref(this.hrefTemplate, result.id, result.url);
    const event = new CustomEvent('fosc-search-select', {
      detail: { id: result.id, title: result.title, lang: result.lang, url, query: this.searched },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    this.open = false;
    this.active = -1;
    if (this.dispatchEvent(event) && url) window.location.assign(url);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.contains(e.relatedTarget as Node) && !this.renderRoot.contains(e.relatedTarget as Node)) {
      this.open = false;
      this.active = -1;
    }
  }

  /** What the live region says: counts, or why there are none. */
  private announcement(): string {
    if (this.phase === 'error') return msg('Search is unavailable right now.');
    if (this.value.trim() && this.phase === 'loading' && !this.searched) return msg('Loading search…');
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
    const ui = this.i18n.locale;
    const label = this.label || msg('Search the archive');
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
          placeholder=${this.placeholder ?? label}
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
    if (this.phase === 'error') {
      return html`<div class="footer">
        <p part="status">${msg('Search is unavailable right now.')}</p>
        <button part="retry" type="button" @click=${this.retry}>${msg('Try again')}</button>
      </div>`;
    }
    if (this.searched && !this.results.length) {
      return html`<p part="status">
        ${msg(str`No results for “${this.searched}”.`)} ${msg('Check the spelling, or try fewer or other words.')}
      </p>`;
    }
    if (this.value.trim() && this.phase === 'loading' && !this.searched) {
      return html`<p part="status">${msg('Loading search…')}</p>`;
    }
    return nothing;
  }
}

defineOnce('fosc-search-box', FoscSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'fosc-search-box': FoscSearchBox;
  }
}
