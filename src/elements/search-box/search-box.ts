import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, query, state } from 'lit/decorators.js';
import { chromeDirection, directionOf } from '../../i18n/direction.js';
import { formatNumber } from '../../i18n/plural.js';
import { type SearchResult, loadSearch, searchHits } from '../../runtime/search/search.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscFilteredElement } from '../shared/filtered-element.js';
import { retryButton } from '../shared/retry.js';
import { postHref } from '../shared/safe-url.js';
import { longEnough } from './query-length.js';
import * as t from './messages.js';
import { noResultsNote, option, said, shortcutCap } from './results.js';
import { searchBoxStyles } from './search-box.styles.js';
import { type Shortcut, ShortcutController, parseShortcuts } from './shortcut-controller.js';

/** What a query found: its ranked posts' results, those loaded so far (in rank order), and the query. */
interface Found {
  query: string;
  /** Each ranked post's result, all requested at once when the posts are ranked. */
  loads: Promise<SearchResult>[];
  results: SearchResult[];
  /** Loading a later result failed: the list stays as it is. */
  stopped?: boolean;
}

/** The results in, in rank order, up to the first not in yet. */
function loadedPrefix(arrived: readonly (SearchResult | undefined)[]): SearchResult[] {
  const out: SearchResult[] = [];
  for (let i = 0; arrived[i]; i++) out.push(arrived[i]!);
  return out;
}

/**
 * Full-text search over the archive as you type: a WAI-ARIA combobox whose listbox popup shows the best posts,
 * each with the section the match is in and an excerpt with the matched words marked.
 *
 * Keyboard (WAI-ARIA APG combobox): ↓/↑ open the list and move through the results, Alt+↓ opens it without
 * choosing a result and Alt+↑ closes it, Home/End jump to the first or last result while one is active, Enter
 * opens it, Escape closes the list, or empties the field when it is closed; ←/→ return to editing. Results (and
 * "no results") come from two characters on, or one in scripts where a character is a word (Chinese, Japanese,
 * Korean). With `shortcut`, a key anywhere on the page focuses the field; a reader can turn a one-character
 * shortcut off with the key-cap button in the field (WCAG 2.1.4).
 *
 * The index loads on first focus or keystroke (a loading message shows if the reader is faster). The first result
 * shows as soon as its own small file is read; the others join it in rank order as theirs arrive (the listbox is
 * `aria-busy` meanwhile), so one slow file delays only the results under it.
 *
 * @summary Full-text search over the archive, as you type.
 * @tagname fosc-search-box
 *
 * @csspart label - The field's label (visually hidden unless `show-label`).
 * @csspart field - The box around the icon, the input and its buttons.
 * @csspart input - The text input (`role="combobox"`).
 * @csspart clear - The button that empties the field.
 * @csspart shortcut - The key-cap toggle that shows the shortcut and turns it off or on (one-character shortcuts).
 * @csspart popup - The dropdown under the field.
 * @csspart listbox - The list of results (`role="listbox"`).
 * @csspart option - One result's row: its option (`role="option"`, the title) and what describes it.
 * @csspart option-title - A result's title: the `role="option"` itself, named by it.
 * @csspart option-section - The section or reprinted piece the match is in.
 * @csspart option-excerpt - The text around the match.
 * @csspart mark - A matched word.
 * @csspart status - The visible message: loading, no results (with advice), error.
 * @csspart retry - The button that retries loading the index.
 *
 * @cssprop --fosc-color-text - Text colour.
 * @cssprop --fosc-color-muted - Secondary text.
 * @cssprop --fosc-color-surface - Field and popup background.
 * @cssprop --fosc-color-border - The popup's border.
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

  /**
   * Keys that focus the field from anywhere on the page (outside text fields), in `aria-keyshortcuts` syntax:
   * `shortcut` alone is `/`; `shortcut="Control+K Meta+K"` a combination (exempt from WCAG 2.1.4). The reader can
   * turn a one-character shortcut off.
   */
  @property() shortcut?: string | boolean;

  /** What the field holds now. */
  @state() private value = '';
  /** What to search for: the field's text once the reader pauses (`debounce`), if it is long enough. */
  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  /** Counts what the live region said, so the same words said again are a change it announces. */
  @state() private said = 0;

  @query('input') private input!: HTMLInputElement;

  private timer?: ReturnType<typeof setTimeout>;

  /** The search code and index, loaded on first focus or keystroke (not before: a page may never search). */
  private readonly index = new Task(this, { task: () => loadSearch(), autoRun: false });

  /**
   * The results for `query`, searched again when it, the language or the limit changes: done when the posts are
   * ranked and the first one's result is loaded; the others, requested with it, are added as they come (`loadRest`).
   */
  private readonly found = new Task(this, {
    task: async ([query, lang, limit]): Promise<Found> => {
      if (!query) return { query: '', loads: [], results: [] };
      const hits = await searchHits(query, { lang, limit });
      const arrived: (SearchResult | undefined)[] = [];
      const loads = hits.map((hit, i) => hit.result().then((r) => (arrived[i] = r)));
      // A later result that fails is not the search failing: loadRest stops there.
      for (const load of loads.slice(1)) load.catch(() => {});
      if (!loads.length) return { query, loads, results: [] };
      await loads[0];
      // Those in by then show with the first, in one render (on a fast connection, all of them).
      await new Promise((resolve) => setTimeout(resolve));
      return { query, loads, results: loadedPrefix(arrived) };
    },
    args: () =>
      [
        this.query,
        this.languageFilter ?? undefined,
        this.numberOf('limit', this.limit, FoscSearchBox.defaults.limit),
      ] as const,
    onComplete: (found) => {
      this.open = !!found.query;
      this.said++;
      void this.loadRest(found);
    },
    onError: (err) => {
      this.warn('search', 'search failed.', err);
      this.open = true;
      this.said++;
    },
  });

  /** The shortcut keys focus the field. */
  private readonly keys = new ShortcutController(
    this,
    () => this.shortcuts,
    () => this.input.focus(),
  );

  /** The results not shown yet, each added when it and those ranked above it are in. */
  private async loadRest(found: Found): Promise<void> {
    for (let i = found.results.length; i < found.loads.length; i++) {
      let result: SearchResult;
      try {
        result = await found.loads[i];
      } catch (err) {
        found.stopped = true;
        if (this.found.value === found) {
          this.warn('search', 'a search result could not be loaded.', err);
          this.requestUpdate();
        }
        return;
      }
      // A newer query's results replaced these.
      if (this.found.value !== found) return;
      found.results = [...found.results, result];
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** The `shortcut` combinations; none when unset or unreadable (with one warning). */
  private get shortcuts(): Shortcut[] {
    const { shortcut } = this;
    if (shortcut === true) return parseShortcuts('')!;
    const text = shortcut === false ? undefined : this.textOf('shortcut', shortcut);
    if (typeof text !== 'string') return [];
    const parsed = parseShortcuts(text);
    if (!parsed) this.warn('shortcut', `shortcut="${text}" is not a key or a combination like Control+K; no shortcut.`);
    return parsed ?? [];
  }

  /** Loads the index ahead of the first keystroke. */
  private warmUp(): void {
    if (this.index.status === TaskStatus.INITIAL) void this.index.run();
  }

  private onInput(e: InputEvent): void {
    this.value = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.warmUp();
    clearTimeout(this.timer);
    // Too short to search: no results, and nothing to announce, until the reader types on.
    if (!longEnough(this.value)) {
      this.query = '';
      this.open = false;
      return;
    }
    this.open = true;
    const wait = this.numberOf('debounce', this.debounce, FoscSearchBox.defaults.debounce);
    this.timer = setTimeout(() => (this.query = this.value.trim()), wait);
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

  /** Results ranked but not loaded yet (and none failed to load). */
  private get busy(): boolean {
    const found = this.found.value;
    return !!found && !found.stopped && found.results.length < found.loads.length;
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

  /** The reader typed enough before the index arrived. */
  private get loading(): boolean {
    return longEnough(this.value) && this.index.status === TaskStatus.PENDING && !this.searched;
  }

  private clear(): void {
    this.value = '';
    this.query = '';
    this.input.value = '';
    this.close();
    this.input.focus();
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  private move(to: number): void {
    const n = this.results.length;
    if (!n) return;
    this.open = true;
    this.active = (to + n) % n;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#option-${this.active}`)?.parentElement?.scrollIntoView({ block: 'nearest' }),
    );
  }

  private onKeydown(e: KeyboardEvent): void {
    const hasActive = this.open && this.active >= 0;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        // Alt+↓ shows the list without choosing a result (APG); ↓ also moves to the next one.
        if (e.altKey) this.open = !!this.searched;
        else this.move(this.open ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) this.close();
        else this.move(hasActive ? this.active - 1 : -1);
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
          this.close();
        } else if (this.value) {
          e.preventDefault();
          this.clear();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private choose(result: SearchResult): void {
    const url = postHref(this.textOf('hrefTemplate', this.hrefTemplate), result.id, result.url);
    this.close();
    const detail = { id: result.id, title: result.title, lang: result.lang, url, query: this.searched };
    if (!this.emit('fosc-search-select', detail).defaultPrevented && url) window.location.assign(url);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.contains(e.relatedTarget as Node) && !this.renderRoot.contains(e.relatedTarget as Node)) this.close();
  }

  /** What the live region says: counts, or why there are none. */
  private announcement() {
    if (this.failed) return t.unavailable();
    if (this.loading) return t.loading();
    if (!this.searched || !this.open) return '';
    // The count the list comes to (said once, when its first result shows).
    const n = this.found.value?.stopped ? this.results.length : (this.found.value?.loads.length ?? 0);
    return n ? t.resultCount(n, formatNumber(n)) : t.noResults(this.searched);
  }

  override render() {
    const ui = this.locale;
    const dir = directionOf(ui);
    const label = this.textOf('label', this.label) || t.label();
    const expanded = this.open && this.results.length > 0;
    const announcement = this.announcement();
    const note = this.renderNote(dir);
    return html`<div lang=${ui} dir=${ifDefined(chromeDirection(this, this.locale))} @focusout=${this.onFocusOut}>
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
          aria-keyshortcuts=${this.keys.active.map((s) => s.aria).join(' ') || nothing}
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
            ? html`<button part="clear" type="button" @click=${this.clear} aria-label=${t.clear()}>✕</button>`
            : shortcutCap(this.shortcuts, !this.keys.turnedOff, (on) => (this.keys.turnedOff = !on))
        }
      </div>
      <span id="hint" class="visually-hidden" dir=${dir}>${t.hint()}</span>
      <div part="popup" ?hidden=${!this.open || (!expanded && note === nothing)}>
        <ul
          id="listbox"
          part="listbox"
          role="listbox"
          aria-label=${t.listbox()}
          aria-busy=${this.busy ? 'true' : 'false'}
          ?hidden=${!expanded}
        >
          ${expanded ? this.results.map((r, i) => option(r, i, i === this.active, (c) => this.choose(c))) : nothing}
        </ul>
        ${note}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" dir=${dir}>
        <span>${this.said % 2 ? announcement : ''}</span><span>${this.said % 2 ? '' : announcement}</span>
      </div>
    </div>`;
  }

  private renderNote(dir: 'ltr' | 'rtl') {
    if (this.failed) {
      return html`<div class="footer">
        <p part="status">${said(t.unavailable(), dir)}</p>
        ${retryButton(() => this.retry())}
      </div>`;
    }
    if (this.searched && !this.results.length) return noResultsNote(this.searched, dir);
    if (this.loading) return html`<p part="status">${said(t.loading(), dir)}</p>`;
    return nothing;
  }
}

FoscSearchBox.define('fosc-search-box');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-search-box': FoscSearchBox;
  }
}
