import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Unit } from '../../core/align/units.js';
import { assertNever } from '../../core/assert.js';
import { endonym, languageName } from '../../i18n/language-names.js';
import { loadArticle } from '../shared/article-load.js';
import { FoscElement } from '../shared/fosc-element.js';
import { retryButton } from '../shared/retry.js';
import { bilingualReaderStyles } from './bilingual-reader.styles.js';
import { type Pair, type PairSegment, archivePair, ownPair } from './pair.js';

const MODES = ['interleaved', 'side-by-side', 'single'] as const;
type Mode = (typeof MODES)[number];

/**
 * A post and its translation, paragraph by paragraph: both at once (`interleaved`, or `side-by-side` in two
 * columns whose pairs stay top-aligned and stack on narrow screens), or one language at a time (`single`), the
 * reader switching one paragraph, or the whole post, to the other language in place. Parts one version has and
 * the other lacks (an editor's introduction) are shown as such.
 *
 * Each aligned pair is one `part="segment"` element with a stable id: `#id` in the page's address scrolls to it.
 * Every version carries its `lang` attribute. A partner's own pair, `<article lang="en">…</article><article
 * lang="fr">…</article>` inside the tag, is aligned in the browser and read the same way; without the script,
 * the partner's two texts stay as they are.
 *
 * With `remember`, the language chosen for the whole post is kept in the browser's localStorage (key
 * `fosc-reader:<ids>`), and nothing else; without it, nothing is stored.
 *
 * @summary A post and its translation, paragraph-aligned, switching language inline.
 * @tagname fosc-bilingual-reader
 *
 * @slot - Fallback while loading and if the script never runs; or a partner's own pair as two `<article lang>`.
 *
 * @csspart reader - The whole reader.
 * @csspart header - Titles and the toolbar.
 * @csspart title - A version's title.
 * @csspart toolbar - The reading options.
 * @csspart mode - A mode button (pressed when active).
 * @csspart switch-all - The button that switches the whole post to the other language.
 * @csspart segments - The list of aligned pairs.
 * @csspart segment - One aligned pair.
 * @csspart version - One language version inside a segment.
 * @csspart only-in - The note on a part only one version has.
 * @csspart segment-switch - The button that switches one segment's language.
 * @csspart note - "This article has no translation", "not found" and error notes.
 * @csspart retry - The button that tries loading again after an error.
 *
 * @cssprop --fosc-color-text - Text colour.
 * @cssprop --fosc-color-muted - The second language's text and notes.
 * @cssprop --fosc-color-surface - Background.
 * @cssprop --fosc-color-border - Rules between segments.
 * @cssprop --fosc-color-accent - Buttons and links.
 * @cssprop --fosc-color-focus - Focus ring and the segment a link points at.
 * @cssprop --fosc-reader-max-width - Widest the reader grows (default 72rem).
 *
 * @fires {FoscLanguageSwitchEvent} fosc-language-switch - The reader switched a segment or the whole post;
 *   `detail: { scope: 'segment' | 'article', lang, segment? }`.
 */
export class FoscBilingualReader extends FoscElement {
  static override styles = [FoscElement.styles, bilingualReaderStyles];

  /** What the reader shows when an attribute does not say: `mode` (an unknown mode warns once and reads as this). */
  static readonly defaults = { mode: 'interleaved' } as const satisfies { mode: Mode };

  /** Id of either post of a translated pair (or of any post: it reads as a plain reader). */
  @property({ reflect: true }) article = '';

  /** The two languages to show, in order ("en fr"); by default the named post's first. */
  @property() languages?: string;

  /** `interleaved` (default), `side-by-side` or `single`. */
  @property({ reflect: true }) mode: Mode = FoscBilingualReader.defaults.mode;

  /** Keep the reader's choice of language for the whole post across visits (localStorage). */
  @property({ type: Boolean }) remember = false;

  /** In `single` mode, the language the whole post is shown in. */
  @state() private shown?: string;
  /** Segments switched away from `shown`. */
  @state() private flipped = new Set<string>();
  @state() private announcement = '';
  /** The mode the reader chose with the toolbar, over the attribute. */
  @state() private chosenMode?: Mode;

  /**
   * The two versions, aligned: a partner's own `<article lang>` pair, else the archive's post and its translation,
   * loaded again when `article` or `languages` changes. `undefined`: no such post.
   */
  private readonly pairs = new Task(this, {
    task: async ([id, languages], { signal }): Promise<Pair | undefined> => {
      const wanted = languages.split(/[\s,]+/).filter(Boolean);
      const own = [...this.querySelectorAll(':scope > article[lang]')];
      if (own.length) return ownPair(own, wanted);
      return loadArticle(
        id,
        signal,
        (id) => archivePair(id, wanted, signal),
        (...warning) => this.warn(...warning),
      );
    },
    args: () =>
      [this.textOf('article', this.article)?.trim() ?? '', this.textOf('languages', this.languages) ?? ''] as const,
    onComplete: (pair) => {
      if (!pair) return;
      this.flipped = new Set();
      this.shown = this.remembered(pair) ?? pair.first.lang;
      void this.updateComplete.then(() => this.onHash());
    },
  });

  /** The pair on screen (while loading another, the last one loaded). */
  private get pair(): Pair | undefined {
    return this.pairs.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private get effectiveMode(): Mode {
    if (this.chosenMode) return this.chosenMode;
    return this.keywordOf('mode', this.mode, MODES, FoscBilingualReader.defaults.mode);
  }

  // ---- remembering the whole-post language (opt-in) ----

  private storageKey({ first, second }: Pair): string {
    return `fosc-reader:${[first.id ?? first.lang, second?.id ?? second?.lang].join('|')}`;
  }

  private remembered(pair: Pair): string | undefined {
    if (!this.remember) return undefined;
    try {
      const lang = localStorage.getItem(this.storageKey(pair));
      return lang && [pair.first.lang, pair.second?.lang].includes(lang) ? lang : undefined;
    } catch {
      return undefined; // storage blocked: nothing to remember
    }
  }

  private keep(lang: string): void {
    if (!this.remember || !this.pair) return;
    try {
      localStorage.setItem(this.storageKey(this.pair), lang);
    } catch {
      // storage blocked or full: the choice lasts this visit only
    }
  }

  // ---- switching ----

  private otherLang(lang: string | undefined): string | undefined {
    const { pair } = this;
    if (!pair?.second) return undefined;
    return lang === pair.first.lang ? pair.second.lang : pair.first.lang;
  }

  private switchAll(): void {
    const next = this.otherLang(this.shown);
    if (!next) return;
    this.shown = next;
    this.flipped = new Set();
    this.keep(next);
    const name = languageName(next, this.locale);
    this.announcement = msg(str`Article shown in ${name}.`);
    this.emit('fosc-language-switch', { scope: 'article', lang: next });
  }

  private switchSegment(segment: PairSegment): void {
    const flipped = new Set(this.flipped);
    if (flipped.has(segment.id)) flipped.delete(segment.id);
    else flipped.add(segment.id);
    this.flipped = flipped;
    const lang = this.langOf(segment);
    const name = languageName(lang, this.locale);
    this.announcement = msg(str`Paragraph shown in ${name}.`);
    this.emit('fosc-language-switch', { scope: 'segment', lang, segment: segment.id });
  }

  /** The language a segment shows in `single` mode. */
  private langOf(segment: PairSegment): string {
    return this.flipped.has(segment.id) ? this.otherLang(this.shown)! : this.shown!;
  }

  // ---- deep links ----

  private onHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[part~="segment"][id="${CSS.escape(id)}"]`);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  // ---- rendering ----

  override render() {
    return this.pairs.render({
      initial: () => this.renderStatus(),
      pending: () => this.renderStatus(),
      complete: (pair) => (pair ? this.renderPair(pair) : this.renderStatus(msg('This article could not be found.'))),
      error: () => this.renderStatus(msg('The article could not be loaded. Check your connection.'), true),
    });
  }

  /** Loading (no note), not found, or failed (with "Try again"): the partner's fallback stays below. */
  private renderStatus(note?: string, retry = false) {
    return html`<div part="reader" lang=${this.locale} aria-busy=${note ? 'false' : 'true'}>
      ${note ? html`<p part="note" role="status">${note}</p>` : nothing}
      ${retry ? retryButton(() => this.pairs.run()) : nothing}
      <slot></slot>
    </div>`;
  }

  private renderPair(pair: Pair) {
    const mode = pair.second ? this.effectiveMode : 'single';
    return html`<div part="reader" lang=${this.locale} data-mode=${mode}>
      <header part="header">
        ${this.renderTitles(mode)}
        ${pair.second ? this.renderToolbar(mode) : html`<p part="note">${msg('This article has no translation.')}</p>`}
      </header>
      <div part="segments" data-mode=${mode}>${pair.segments.map((s) => this.renderSegment(s, mode))}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderTitles(mode: Mode) {
    const { first, second } = this.pair!;
    const shownSecond = mode === 'single' && second && this.shown === second.lang;
    const titles = mode === 'single' ? [shownSecond ? second : first] : [first, second].filter((v) => v?.title);
    return html`<div class="titles">
      ${titles.map((v) => (v?.title ? html`<h2 part="title" lang=${v.lang}>${v.title}</h2>` : nothing))}
    </div>`;
  }

  private renderToolbar(mode: Mode) {
    const other = this.otherLang(this.shown)!;
    const otherName = endonym(other);
    const labels: Record<Mode, string> = {
      interleaved: msg('Interleaved'),
      'side-by-side': msg('Side by side'),
      single: msg('One language'),
    };
    return html`<div part="toolbar" role="group" aria-label=${msg('Reading options')}>
      <span class="modes">
        ${MODES.map(
          (m) =>
            html`<button
              part="mode"
              type="button"
              aria-pressed=${m === mode ? 'true' : 'false'}
              @click=${() => (this.chosenMode = m)}
            >
              ${labels[m]}
            </button>`,
        )}
      </span>
      ${
        mode === 'single'
          ? html`<button part="switch-all" type="button" @click=${this.switchAll}>
              ${msg('Read it all in')} <span lang=${other}>${otherName}</span>
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSegment(segment: PairSegment, mode: Mode) {
    const { first, second } = this.pair!;
    const one = !segment.first.length || !segment.second.length;
    const sideLang = segment.first.length ? first.lang : second!.lang;
    let body;
    if (mode === 'single') {
      const lang = one ? sideLang : this.langOf(segment);
      const units = lang === first.lang ? segment.first : segment.second;
      const other = this.otherLang(lang);
      const otherName = other ? languageName(other, this.locale) : '';
      body = html`${this.renderVersion(units, lang, 'only')}
      ${
        one || !other
          ? nothing
          : html`<button
              part="segment-switch"
              type="button"
              lang=${this.locale}
              aria-label=${`${other.toUpperCase()} – ${msg(str`Show this paragraph in ${otherName}`)}`}
              title=${msg(str`Show this paragraph in ${otherName}`)}
              @click=${() => this.switchSegment(segment)}
            >
              <span aria-hidden="true">${other.toUpperCase()}</span>
            </button>`
      }`;
    } else {
      body = html`${segment.first.length ? this.renderVersion(segment.first, first.lang, 'first') : html`<div class="empty"></div>`}
      ${segment.second.length ? this.renderVersion(segment.second, second!.lang, 'second') : mode === 'side-by-side' ? html`<div class="empty"></div>` : nothing}`;
    }
    const onlyIn = one && this.pair!.second ? languageName(sideLang, this.locale) : undefined;
    return html`<section part="segment" id=${segment.id} tabindex="-1" data-one-sided=${one ? 'true' : 'false'}>
      ${onlyIn ? html`<p part="only-in">${msg(str`Only in the ${onlyIn} version`)}</p>` : nothing} ${body}
    </section>`;
  }

  private renderVersion(units: Unit[], lang: string, side: 'first' | 'second' | 'only') {
    return html`<div part="version" lang=${lang} data-side=${side}>${units.map((u) => this.renderUnit(u, lang))}</div>`;
  }

  private renderUnit(unit: Unit, versionLang: string) {
    const lang = unit.lang !== versionLang ? unit.lang : undefined;
    switch (unit.kind) {
      case 'heading':
        return html`<h3 lang=${ifDefined(lang)}>${unit.text}</h3>`;
      case 'quote':
        return html`<blockquote lang=${ifDefined(lang)}><p>${unit.text}</p></blockquote>`;
      case 'list':
        return html`<ul lang=${ifDefined(lang)}>
          ${(unit.items ?? []).map((i) => html`<li>${i}</li>`)}
        </ul>`;
      case 'event':
        return html`<p class="event" lang=${ifDefined(lang)}>
          ${(unit.items ?? []).map((i) => html`<span>${i}</span>`)}
        </p>`;
      case 'paragraph':
      case 'caption':
      case 'byline':
      case 'origin':
        return html`<p class=${unit.kind} lang=${ifDefined(lang)}>${unit.text}</p>`;
      default:
        return assertNever(unit.kind, 'unit kind');
    }
  }
}

FoscBilingualReader.define('fosc-bilingual-reader');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-bilingual-reader': FoscBilingualReader;
  }
}
