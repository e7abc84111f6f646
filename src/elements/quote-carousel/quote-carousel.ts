import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Quote } from '../../core/quote.js';
import { formatNumber } from '../../i18n/plural.js';
import { featured, quotes } from '../../runtime/quotes.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscFilteredElement } from '../shared/filtered-element.js';
import { retryButton } from '../shared/retry.js';
import { postHref, safeHttpUrl } from '../shared/safe-url.js';
import { quoteCarouselStyles } from './quote-carousel.styles.js';
import { RotationController } from './rotation-controller.js';

interface Slide {
  text: string;
  speaker?: string;
  lang?: string;
  articleId?: string;
  /** Title and address of the post it is from, once known. */
  title?: string;
  href?: string;
}

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
 * @fires {FoscQuoteShowEvent} fosc-quote-show - A slide became the current one; `detail: { index, text, speaker,
 *   articleId }`.
 * @fires {FoscQuoteShowEvent} fosc-quote-shown - Deprecated: the old name of `fosc-quote-show`, fired beside it
 *   with the same detail until the next release.
 */
export class FoscQuoteCarousel extends FoscFilteredElement {
  static override styles = [FoscFilteredElement.styles, quoteCarouselStyles];

  /** Defaults and bounds of the numeric attributes: nonsense falls back to the default, with one warning. */
  static readonly defaults = {
    interval: { fallback: 6000, min: 500, max: 600_000 },
    limit: { fallback: 12, min: 1, max: 100 },
  } as const;

  /** Milliseconds each slide shows (default 6000; nonsense falls back to it with a warning). */
  @property({ converter: numberConverter }) interval?: number;

  /** Only quotes from this post. */
  @property() article?: string;

  /** Only quotes from posts that match this search. */
  @property() query?: string;

  /** Only quotes by this speaker: whole words of the name or its start (`xi` finds Xi Jinping). */
  @property() speaker?: string;

  /** At most this many quotes (default 12, at most 100). */
  @property({ converter: numberConverter }) limit?: number;

  /** The carousel's accessible name; by default "Quotes from the archive". */
  @property() label?: string;

  /** Address of a post, `{id}` standing for its id; by default the post's URL. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  @state() private slides: Slide[] = [];
  @state() private current = 0;
  /** A slide came in by rotation or a button (the first one shown does not fade in). */
  @state() private moved = false;

  private readonly rotation = new RotationController(
    this,
    () => this.numberOf('interval', this.interval, FoscQuoteCarousel.defaults.interval),
    () => this.show(this.current + 1),
    () => this.slides.length > 1,
  );

  /** The slides: a blogger's own blockquotes, else the archive's quotes, loaded again when a filter changes. */
  private readonly quotes = new Task(this, {
    task: async ([article, query, lang, speaker, limit], { signal }): Promise<Slide[]> => {
      const own = [...this.querySelectorAll(':scope > blockquote')] as HTMLQuoteElement[];
      if (own.length) return own.map(ownSlide).filter((s) => s.text);
      // A filter set to something that is not text (a framework's object) matches nothing.
      if (article === null || query === null || lang === null || speaker === null) return [];
      if (article !== undefined && !article.trim()) {
        this.warn('article', 'the `article` attribute is empty; showing quotes from the whole archive.');
      }
      const filter = {
        article: article?.trim() || undefined,
        query: query || undefined,
        lang,
        speaker: speaker || undefined,
      };
      const found = Object.values(filter).some(Boolean) ? await quotes(filter) : await featured();
      signal.throwIfAborted();
      return found.slice(0, limit).map((q) => this.slideOf(q));
    },
    args: () =>
      [
        this.textOf('article', this.article),
        this.textOf('query', this.query),
        this.languageFilter,
        this.textOf('speaker', this.speaker),
        this.numberOf('limit', this.limit, FoscQuoteCarousel.defaults.limit),
      ] as const,
    onComplete: (slides) => this.setSlides(slides),
    onError: (err) => this.warn('load', 'the quotes could not be loaded.', err),
  });

  private slideOf(q: Quote): Slide {
    return {
      text: q.text,
      speaker: q.speaker,
      lang: q.lang,
      articleId: q.articleId,
      title: q.articleTitle,
      href: postHref(this.textOf('hrefTemplate', this.hrefTemplate), q.articleId, q.articleUrl),
    };
  }

  private setSlides(slides: Slide[]): void {
    this.slides = slides;
    this.current = 0;
    this.moved = false;
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
    const { text, speaker, articleId } = this.slides[this.current];
    this.emit('fosc-quote-show', { index: this.current, text, speaker, articleId });
  }

  /** Moves by one slide from a button: a reader's choice, so the countdown starts over. */
  private step(by: number): void {
    this.show(this.current + by);
    this.rotation.schedule();
  }

  override render() {
    const ui = this.locale;
    const label = this.textOf('label', this.label) || msg('Quotes from the archive');
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
        ${this.quotes.render({
          initial: () => this.renderStatus(msg('Loading quotes…')),
          pending: () => this.renderStatus(msg('Loading quotes…')),
          complete: () =>
            this.slides.length
              ? this.slides.map((s, i) => this.renderSlide(s, i))
              : this.renderStatus(msg('No quotes to show.')),
          error: () => this.renderStatus(msg('The quotes could not be loaded.'), true),
        })}
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

  /** Loading, empty, or failed (with "Try again"). */
  private renderStatus(text: string, retry = false) {
    return html`<p part="status">${text}</p>
      ${retry ? retryButton(() => this.quotes.run()) : nothing}`;
  }
}

FoscQuoteCarousel.define('fosc-quote-carousel');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-quote-carousel': FoscQuoteCarousel;
  }
}
