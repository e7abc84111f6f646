import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { chromeDirection, directionOf } from '../../i18n/direction.js';
import { languageName } from '../../i18n/language-names.js';
import { loadArticle } from '../shared/article-load.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscElement } from '../shared/fosc-element.js';
import { HEADING_LEVEL, headingTags } from '../shared/heading.js';
import { retryButton } from '../shared/retry.js';
import { bilingualReaderStyles } from './bilingual-reader.styles.js';
import { type Pair, type PairSegment, archivePair, ownPair } from './pair.js';
import { MODES, type Mode, type SegmentView, renderSegments } from './segments-view.js';
import { renderToolbar } from './toolbar-view.js';

/**
 * A post and its translation, paragraph by paragraph: both at once (`interleaved`, or `side-by-side` in two
 * columns whose pairs stay top-aligned and stack on narrow screens), or one language at a time (`single`), the
 * reader switching one paragraph, or the whole post, to the other language in place. Parts one version has and
 * the other lacks (an editor's introduction) are shown as such; pairs the aligner is unsure of (confidence below
 * 0.6) carry a note. Each version is written in its own direction (the partner's `dir`, else its language's):
 * Arabic and Hebrew read right to left in every mode, and side by side follows the page's direction.
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
 * @csspart title - A version's title (both titles sit in one heading, at `heading-level`).
 * @csspart toolbar - The reading options.
 * @csspart mode - A layout choice (a label around a radio button).
 * @csspart mode-active - The layout choice in use.
 * @csspart switch-all - The button that switches the whole post to the other language.
 * @csspart segments - The list of aligned pairs.
 * @csspart segment - One aligned pair.
 * @csspart version - One language version inside a segment.
 * @csspart only-in - The note on a part only one version has ("Not in the French version").
 * @csspart weak - The note on a pair the aligner is unsure of ("This pairing may be inexact.").
 * @csspart segment-switch - The button that switches one segment's language.
 * @csspart note - "This post has no translation", "not found" and error notes.
 * @csspart retry - The button that tries loading again after an error.
 *
 * @cssprop --fosc-color-text - Text colour.
 * @cssprop --fosc-color-muted - The second language's text and notes.
 * @cssprop --fosc-color-surface - Background.
 * @cssprop --fosc-color-border - Rules between segments.
 * @cssprop --fosc-color-accent - Buttons and links.
 * @cssprop --fosc-color-focus - Focus ring and the segment a link points at.
 * @cssprop --fosc-reader-max-width - Widest the reader grows (default 72rem).
 * @cssprop --fosc-reader-measure - Longest line of text (default 52ch: about 60–65 characters of prose).
 *
 * @fires {FoscLanguageSwitchEvent} fosc-language-switch - The reader switched a segment or the whole post;
 *   `detail: { scope: 'segment' | 'article', lang, segment? }`.
 */
export class FoscBilingualReader extends FoscElement {
  static override styles = [FoscElement.styles, bilingualReaderStyles];

  /** What the reader shows when an attribute does not say: `mode` (an unknown mode warns once and reads as this). */
  static readonly defaults = {
    mode: 'interleaved',
    headingLevel: HEADING_LEVEL,
  } as const satisfies { mode: Mode; headingLevel: typeof HEADING_LEVEL };

  /** Id of either post of a translated pair (or of any post: it reads as a plain reader). */
  @property({ reflect: true }) article = '';

  /** The two languages to show, in order ("en fr"); by default the named post's first. */
  @property() languages?: string;

  /** `interleaved` (default), `side-by-side` or `single`. */
  @property({ reflect: true }) mode: Mode = FoscBilingualReader.defaults.mode;

  /** Keep the reader's choice of language for the whole post across visits (localStorage). */
  @property({ type: Boolean }) remember = false;

  /**
   * The level of the reader's title, 1–6 (default 2: under the page's own `h1`); section headings inside are one
   * level below.
   */
  @property({ attribute: 'heading-level', converter: numberConverter }) headingLevel?: number;

  /** In `single` mode, the language the whole post is shown in. */
  @state() private shown?: string;
  /** Segments switched away from `shown`. */
  @state() private flipped = new Set<string>();
  @state() private announcement = '';
  /** The mode the reader chose with the toolbar, over the attribute. */
  @state() private chosenMode?: Mode;
  /** The segment whose language button is in the tab order (the others are reached with ↑ ↓). */
  @state() private activeSwitch?: string;

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
    const language = languageName(next, this.locale);
    this.announcement = msg(str`Post shown in ${language}.`, {
      desc: 'Bilingual reader: announced to screen readers after the whole post switched language. The placeholder is a language name in the UI language ("French"; fr "français").',
    });
    this.emit('fosc-language-switch', { scope: 'article', lang: next });
  }

  private switchSegment(segment: PairSegment): void {
    const flipped = new Set(this.flipped);
    if (flipped.has(segment.id)) flipped.delete(segment.id);
    else flipped.add(segment.id);
    this.flipped = flipped;
    const lang = this.langOf(segment);
    const language = languageName(lang, this.locale);
    this.announcement = msg(str`Paragraph shown in ${language}.`, {
      desc: 'Bilingual reader: announced to screen readers after one paragraph switched language. The placeholder is a language name in the UI language ("French"; fr "français").',
    });
    this.emit('fosc-language-switch', { scope: 'segment', lang, segment: segment.id });
  }

  /** The language a segment shows in `single` mode. */
  private langOf(segment: PairSegment): string {
    return this.flipped.has(segment.id) ? this.otherLang(this.shown)! : this.shown!;
  }

  // ---- deep links ----

  private onHash = () => {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed fragment (`#100%`) names no segment
    }
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[part~="segment"][id="${CSS.escape(id)}"]`);
    if (!target) return;
    if (target.querySelector('[part~="segment-switch"]')) this.activeSwitch = id;
    target.scrollIntoView({ block: 'start' });
    // Focusable while the link holds it: a click in its text later does not ring it.
    target.tabIndex = -1;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    target.focus({ preventScroll: true });
  };

  // ---- paragraph switches: one tab stop, ↑ ↓ Home End between them ----

  private onSwitchKey(event: KeyboardEvent): void {
    const all = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="segment-switch"]')];
    const at = all.indexOf(event.currentTarget as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (to === undefined || !all[to]) return;
    event.preventDefault();
    all[to].focus();
  }

  // ---- rendering ----

  /** Direction of the UI's own words (the page's may differ: English labels on an Arabic page). */
  private get uiDir() {
    return directionOf(this.locale);
  }

  override render() {
    return this.pairs.render({
      initial: () => this.renderStatus(),
      pending: () => this.renderStatus(),
      complete: (pair) =>
        pair
          ? this.renderPair(pair)
          : this.renderStatus(
              msg('This post could not be found.', {
                id: 'reader-not-found',
                desc: 'Bilingual reader: shown instead of the text when the archive has no post with the id given.',
              }),
            ),
      error: () =>
        this.renderStatus(
          msg('The post could not be loaded. Check your connection.', {
            id: 'reader-load-failed',
            desc: 'Bilingual reader: loading the post failed (network). A "Try again" button follows.',
          }),
          true,
        ),
    });
  }

  /** Loading (no note), not found, or failed (with "Try again"): the partner's fallback stays below. */
  private renderStatus(note?: string, retry = false) {
    return html`<div
      part="reader"
      lang=${this.locale}
      dir=${ifDefined(chromeDirection(this, this.locale))}
      aria-busy=${note ? 'false' : 'true'}
    >
      ${note ? html`<p part="note" role="status" dir=${this.uiDir}>${note}</p>` : nothing}
      ${retry ? retryButton(() => this.pairs.run()) : nothing}
      <slot></slot>
    </div>`;
  }

  private renderPair(pair: Pair) {
    const mode = pair.second ? this.effectiveMode : 'single';
    const level = this.numberOf('heading-level', this.headingLevel, FoscBilingualReader.defaults.headingLevel);
    const { heading, sub } = headingTags(level);
    const ids = new Set(pair.segments.filter((s) => s.first.length && s.second.length).map((s) => s.id));
    const active = this.activeSwitch && ids.has(this.activeSwitch) ? this.activeSwitch : ids.values().next().value;
    const view: SegmentView = {
      mode,
      pair,
      sub,
      ui: this.locale,
      uiDir: this.uiDir,
      langOf: (s) => this.langOf(s),
      flipped: (s) => this.flipped.has(s.id),
      active,
      onSwitch: (s) => this.switchSegment(s),
      onSwitchKey: (e) => this.onSwitchKey(e),
      onSwitchFocus: (s) => (this.activeSwitch = s.id),
    };
    const shownDir = mode === 'single' ? this.versionOf(this.shown!)?.dir : undefined;
    return html`<div
      part="reader"
      lang=${this.locale}
      dir=${ifDefined(chromeDirection(this, this.locale))}
      data-mode=${mode}
    >
      <header part="header">
        ${this.renderTitles(mode, heading)}
        ${
          pair.second
            ? renderToolbar({
                mode,
                language: languageName(this.otherLang(this.shown)!, this.locale),
                uiDir: this.uiDir,
                onMode: (m) => (this.chosenMode = m),
                onSwitchAll: () => this.switchAll(),
              })
            : html`<p part="note" dir=${this.uiDir}>
                ${msg('This post has no translation.', {
                  desc: 'Bilingual reader: note under the title of a post that has no translation; the post follows.',
                })}
              </p>`
        }
      </header>
      <div part="segments" data-mode=${mode} dir=${ifDefined(shownDir)}>${renderSegments(view)}</div>
      ${
        mode === 'single'
          ? html`<p id="switch-keys" class="visually-hidden" dir=${this.uiDir}>
              ${msg('The up and down arrow keys move to the other paragraphs’ buttons.', {
                desc: 'Bilingual reader: read by screen readers after the name of a paragraph’s language button.',
              })}
            </p>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" dir=${this.uiDir}>${this.announcement}</div>
    </div>`;
  }

  private versionOf(lang: string) {
    const { first, second } = this.pair!;
    return second?.lang === lang ? second : first;
  }

  /**
   * The title once, as the reader's heading: both versions' titles in one heading (each with its language), or in
   * `single` mode the shown version's.
   */
  private renderTitles(mode: Mode, heading: StaticValue) {
    const { first, second } = this.pair!;
    const versions = mode === 'single' ? [this.versionOf(this.shown!)] : [first, second];
    const titled = versions.filter((v) => v?.title);
    if (!titled.length) return nothing;
    return staticHtml`<${heading} class="titles">${titled.map(
      (v) =>
        html`<span part="title" lang=${v!.lang} dir=${v!.dir} data-side=${v === first ? 'first' : 'second'}
            >${v!.title}</span
          >
          ${' '}`,
    )}</${heading}>`;
  }
}

FoscBilingualReader.define('fosc-bilingual-reader');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-bilingual-reader': FoscBilingualReader;
  }
}
