import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Quote } from '../../core/quote.js';
import { LocaleController } from '../../i18n/localization.js';
import { formatNumber } from '../../i18n/plural.js';
import { featured, quotes } from '../../runtime/quotes.js';
import { numberAttribute, warnOnce } from '../shared/attributes.js';
import { defineOnce } from '../shared/define.js';
import { postHref, safeHttpUrl } from '../shared/safe-url.js';
import { themeStyles } from '../shared/theme.styles.js';
import { quoteCarouselStyles } from './quote-carousel.styles.js';
import { RotationController } from './rotation-controller.js';

const DEFAULT_INTERVAL = 6000;

interface Slide {
  text: string;
  speaker?: string;
  lang?: string;
  articleId?: string;
  /** Title and address of the post it is from, once known. */
  title?: string;
  href?: string;
}

type Phase = 'loading' | 'ready' | 'empty' | 'error';

/** A blogger's own `<blockquote>`: its words, and its `<footer>` or `<cite>` as the speaker. */
function ownSlide(quote: HTMLQuoteElement): Slide {
  const credit = quote.querySelector('footer, cite');
  const copy = quote.cloneNode(true) as HTMLElement;
  copy.querySelector('footer, cite')?.remove();
  return {
    text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
    speaker: credit?.textContent?.replace(/^[\s—–-]+/u, '').trim() || undefined,
    lang: quote.closest('[lang]')?.getAttribute('lang') ?? undefined,
    href: safeHttpUrl(quote.getAttribute('cite')),
  };
}

/**
 * Rotating pull quotes from the archive, each with who said it and a link to the post, following the WAI-ARIA APG
 * carousel pattern: a rotation control first in tab order, previous and next controls, slides labelled "3 of 12",
 * a live region that speaks only when the carousel is not turning by itself. Rotation stops for good when focus
 * enters the carousel or the pointer rests on it (the rotation control starts it again), never starts for readers
 * who prefer reduced motion, and pauses while the tab is hidden.
 *
 * @summary Rotating pull quotes from the archive, with who said them.
 * @tagname fosc-quote-carousel
 *
 * @slot - A blogger's own quotes: `<blockquote>` elements (a `<footer>` or `<cite>` inside names the speaker,
 *   a `cite` attribute links the source). Shown as they are before the script runs, and used instead of the
 *   archive's quotes after.
 *
 * @csspart carousel - The whole carousel (`aria-roledescription="carousel"`).
 * @csspart controls - The row of buttons.
 * @csspart rotation - The start/stop button.
 * @csspart previous - The previous-slide button.
 * @csspart next - The next-slide button.
 * @csspart slides - The area the slides stand in (the live region).
 * @csspart slide - One slide (`aria-roledescription="slide"`).
 * @csspart quote - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`: speaker and post.
 * @csspart speaker - The speaker's name.
 * @csspart source - The link to the post.
 * @csspart status - Loading, empty and error messages.
 * @csspart retry - The button that tries loading the quotes again after an error.
 *
 * @cssprop --fosc-color-text - Text colour.
 * @cssprop --fosc-color-muted - Caption and buttons.
 * @cssprop --fosc-color-surface - Background.
 * @cssprop --fosc-color-border - Border.
 * @cssprop --fosc-color-accent - The quotation mark and links.
 * @cssprop --fosc-color-focus - Focus ring.
 * @cssprop --fosc-radius - Corner radius.
 * @cssprop --fosc-quote-size - Font size of the quote (default 1.25em).
 *
 * @fires fosc-quote-shown - A slide became the current one; `detail: { index, text, speaker, articleId }`.
 */
export class FoscQuoteCarousel extends LitElement {
  static override styles = [themeStyles, quoteCarouselStyles];

  /** Milliseconds each slide shows (default 6000; nonsense falls back to it with a warning). */
  @property() interval?: string | number;

  /** Only quotes from this post. */
  @property() article?: string;

  /** Only quotes from posts that match this search. */
  @property() query?: string;

  /** Only quotes in this language. The attribute is `lang`, as on any element. */
  @property({ attribute: 'lang' }) filterLang?: string;

  /** Only quotes by this speaker: whole words of the name or its start (`xi` finds Xi Jinping). */
  @property() speaker?: string;

  /** At most this many quotes (default 12). */
  @property() limit?: string | number;

  /** The carousel's accessible name; by default "Quotes from the archive". */
  @property() label?: string;

  /** Address of a post, `{id}` standing for its id; by default the post's URL. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Forces `light` or `dark`; by default the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private slides: Slide[] = [];
  @state() private current = 0;
  @state() private phase: Phase = 'loading';
  /** A slide came in by rotation or a button (the first one shown does not fade in). */
  @state() private moved = false;

  private readonly i18n = new LocaleController(this);
  /** Exposed for tests: whether a timer is pending. */
  readonly rotation = new RotationController(
    this,
    () => numberAttribute(this, 'interval', this.interval, DEFAULT_INTERVAL, { min: 500, max: 600_000 }),
    () => this.show(this.current + 1),
    () => this.slides.length > 1,
  );
  private ticket = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const filters = ['article', 'query', 'filterLang', 'speaker', 'limit'];
    if (!this.hasUpdated || filters.some((f) => changed.has(f))) void this.load();
  }

  private async load(): Promise<void> {
    const ticket = ++this.ticket;
    const own = [...this.querySelectorAll(':scope > blockquote')] as HTMLQuoteElement[];
    if (own.length) {
      this.setSlides(own.map(ownSlide).filter((s) => s.text));
      return;
    }
    if (this.article !== undefined && !this.article.trim()) {
      warnOnce(this, 'article', 'the `article` attribute is empty; showing quotes from the whole archive.');
    }
    this.phase = 'loading';
    try {
      const limit = numberAttribute(this, 'limit', this.limit, 12, { min: 1, max: 100 });
      const filter = {
        article: this.article?.trim() || undefined,
        query: this.query || undefined,
        lang: this.filterLang || undefined,
        speaker: this.speaker || undefined,
      };
      const found = Object.values(filter).some(Boolean) ? await quotes(filter) : await featured();
      if (ticket === this.ticket) this.setSlides(found.slice(0, limit).map((q) => this.slideOf(q)));
    } catch (err) {
      if (ticket !== this.ticket) return;
      console.warn('fosc-quote-carousel: the quotes could not be loaded.', err);
      this.phase = 'error';
    }
  }

  private slideOf(q: Quote): Slide {
    return {
      text: q.text,
      speaker: q.speaker,
      lang: q.lang,
      articleId: q.articleId,
      title: q.articleTitle,
      href: postHref(this.hrefTemplate, q.articleId, q.articleUrl),
    };
  }

  private setSlides(slides: Slide[]): void {
    this.slides = slides;
    this.current = 0;
    this.moved = false;
    this.phase = slides.length ? 'ready' : 'empty';
    this.rotation.schedule();
    if (slides.length) this.announce();
  }

  private show(index: number): void {
    const n = this.slides.length;
    if (!n) return;
    this.current = (index + n) % n;
    this.moved = true;
    this.announce();
  }

  private announce(): void {
    const slide = this.slides[this.current];
    this.dispatchEvent(
      new CustomEvent('fosc-quote-shown', {
        detail: { index: this.current, text: slide.text, speaker: slide.speaker, articleId: slide.articleId },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Moves by one slide from a button: a reader's choice, so the countdown starts over. */
  private step(by: number): void {
    this.show(this.current + by);
    this.rotation.schedule();
  }

  override render() {
    const ui = this.i18n.locale;
    const label = this.label || msg('Quotes from the archive');
    const rotating = this.rotation.rotating;
    const many = this.slides.length > 1;
    return html`<section part="carousel" aria-roledescription=${msg('carousel')} aria-label=${label} lang=${ui}>
      ${
        many
          ? html`<div part="controls">
              <button part="rotation" type="button" @click=${() => this.rotation.toggle()}>
                ${rotating ? msg('Stop automatic slide show') : msg('Start automatic slide show')}
              </button>
              <button part="previous" type="button" aria-controls="slides" @click=${() => this.step(-1)}>
                <span aria-hidden="true">‹</span><span class="label">${msg('Previous quote')}</span>
              </button>
              <button part="next" type="button" aria-controls="slides" @click=${() => this.step(1)}>
                <span class="label">${msg('Next quote')}</span><span aria-hidden="true">›</span>
              </button>
            </div>`
          : nothing
      }
      <div id="slides" part="slides" aria-live=${rotating ? 'off' : 'polite'} aria-atomic="false">
        ${this.phase === 'ready' ? this.slides.map((s, i) => this.renderSlide(s, i)) : this.renderStatus()}
      </div>
    </section>`;
  }

  private renderSlide(slide: Slide, index: number) {
    const n = formatNumber(index + 1);
    const total = formatNumber(this.slides.length);
    const source = slide.title
      ? slide.href
        ? html`<a part="source" href=${slide.href} lang=${ifDefined(slide.lang)}>${slide.title}</a>`
        : html`<cite part="source" lang=${ifDefined(slide.lang)}>${slide.title}</cite>`
      : slide.href
        ? html`<a part="source" href=${slide.href}>${msg('Source')}</a>`
        : nothing;
    return html`<div
      part="slide"
      role="group"
      aria-roledescription=${msg('slide')}
      aria-label=${msg(str`${n} of ${total}`)}
      ?data-current=${index === this.current}
      ?data-enter=${index === this.current && this.moved}
      ?inert=${index !== this.current}
    >
      <figure>
        <blockquote part="quote" lang=${ifDefined(slide.lang)}>${slide.text}</blockquote>
        ${
          slide.speaker || source !== nothing
            ? html`<figcaption part="caption">
                ${slide.speaker ? html`<span part="speaker">${slide.speaker}</span>` : nothing} ${source}
              </figcaption>`
            : nothing
        }
      </figure>
    </div>`;
  }

  private renderStatus() {
    const text =
      this.phase === 'error'
        ? msg('The quotes could not be loaded.')
        : this.phase === 'empty'
          ? msg('No quotes to show.')
          : msg('Loading quotes…');
    return html`<p part="status">${text}</p>
      ${
        this.phase === 'error'
          ? html`<button part="retry" type="button" @click=${() => this.load()}>${msg('Try again')}</button>`
          : nothing
      }`;
  }
}

defineOnce('fosc-quote-carousel', FoscQuoteCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'fosc-quote-carousel': FoscQuoteCarousel;
  }
}
