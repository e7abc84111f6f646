import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import type { Quote } from '../../core/quote.js';
import { chromeDirection, directionOf } from '../../i18n/direction.js';
import { formatNumber } from '../../i18n/plural.js';
import { summary } from '../../runtime/api.js';
import { featured, quotes } from '../../runtime/quotes.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscFilteredElement } from '../shared/filtered-element.js';
import { retryButton } from '../shared/retry.js';
import { postHref } from '../shared/safe-url.js';
import { defaultName } from './carousel-name.js';
import { DistinctNameController } from './distinct-names.js';
import { nextIcon, pauseIcon, playIcon, previousIcon } from './icons.js';
import { quoteCarouselStyles } from './quote-carousel.styles.js';
import { RotationController } from './rotation-controller.js';
import { type Slide, ownSlide, slideFigure } from './slide.js';

/**
 * Rotating pull quotes from the archive, each with who said it and a link to the post, following the WAI-ARIA APG
 * carousel pattern: a rotation control first in tab order, previous and next controls, slides labelled "3 of 12",
 * a live region that speaks only when the carousel is not turning by itself. The pointer resting on the quotes
 * pauses the rotation; keyboard focus inside stops it (the rotation control starts it again); it never starts for
 * readers who prefer reduced motion and stops when they turn that preference on; it pauses while the tab is hidden.
 * The carousel is as tall as the quote on show (the change of height is animated, unless motion is reduced), and
 * its default name says what it holds, distinct from any other carousel's on the page.
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
 * @csspart pager - Previous, the position and next, kept together on one row.
 * @csspart previous - The previous-slide button.
 * @csspart position - Which slide is on show ("3 of 12").
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
 * @cssprop --fosc-color-muted - Caption and position.
 * @cssprop --fosc-color-surface - Background.
 * @cssprop --fosc-color-border - Border of the carousel.
 * @cssprop --fosc-color-accent - The quotation marks, links and hovered buttons.
 * @cssprop --fosc-color-focus - Focus ring.
 * @cssprop --fosc-radius - Corner radius.
 * @cssprop --fosc-quote-size - Font size of the quote (default 1.25em).
 * @cssprop --fosc-quote-max-width - Width of the carousel at most (default 40rem).
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

  /**
   * The carousel's accessible name. By default it says what the carousel holds: "Quotes from the archive",
   * "Quotes by Xi Jinping", "Quotes from “<post title>”", "Quotes in French", "Selected quotes" (a blogger's own),
   * numbered "(2)" when an earlier carousel on the page has the same.
   */
  @property() label?: string;

  /** Address of a post, `{id}` standing for its id; by default the post's URL. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  @state() private slides: Slide[] = [];
  @state() private current = 0;
  /** The slide that was current before the last move: it fades out as the new one fades in. */
  @state() private leaving?: number;
  /** The slides are the blogger's own blockquotes. */
  private own = false;
  /** The `article` filter's post title, when none of its quotes says it (it has none). */
  private articleTitle?: string;
  /** The slides area's height before a move, to animate from. */
  private fromHeight?: number;

  private readonly names = new DistinctNameController(this);

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
      this.own = own.length > 0;
      this.articleTitle = undefined;
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
      // A post without quotes is still named by its title (an unknown one is not named at all).
      if (!found.length && filter.article)
        this.articleTitle = await summary(filter.article).then(
          (s) => s.title,
          () => undefined,
        );
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
    this.leaving = undefined;
    this.rotation.schedule();
    if (slides.length) this.announce();
  }

  private show(index: number): void {
    const n = this.slides.length;
    if (!n) return;
    this.fromHeight = this.slidesArea?.offsetHeight;
    this.leaving = this.current;
    this.current = (index + n) % n;
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

  private get slidesArea(): HTMLElement | null {
    return this.renderRoot.querySelector('[part~="slides"]');
  }

  /** The name of this carousel: the partner's `label`, else what it holds, distinct on the page. */
  private get name(): string {
    const loaded = this.quotes.value !== undefined;
    return this.names.name(
      defaultName(
        {
          own: this.own && loaded,
          speakers: [...new Set(this.slides.flatMap((s) => (s.speaker ? [s.speaker] : [])))],
          title: this.slides[0]?.title ?? this.articleTitle,
          article: this.textOf('article', this.article)?.trim() || undefined,
          speaker: this.textOf('speaker', this.speaker)?.trim() || undefined,
          query: this.textOf('query', this.query)?.trim() || undefined,
          language: this.languageFilter || undefined,
        },
        this.locale,
      ),
      this.textOf('label', this.label) || undefined,
    );
  }

  /** The slides area grows or shrinks to the new slide smoothly, unless the reader prefers reduced motion. */
  protected override updated(): void {
    const from = this.fromHeight;
    this.fromHeight = undefined;
    const area = this.slidesArea;
    if (from === undefined || !area || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const to = area.offsetHeight;
    if (Math.abs(to - from) < 1) return;
    // Clipped while it moves, so the leaving slide does not spill over the page below.
    area.animate(
      [
        { blockSize: `${from}px`, overflow: 'clip' },
        { blockSize: `${to}px`, overflow: 'clip' },
      ],
      { duration: 300, easing: 'ease-in-out' },
    );
  }

  override render() {
    const rotating = this.rotation.rotating;
    return html`<section
      part="carousel"
      aria-roledescription=${msg('carousel', {
        desc: 'Quote carousel: spoken after the carousel’s name by screen readers (aria-roledescription), as the kind of thing it is: a box that shows one quote at a time and turns to the next. One lower-case noun.',
      })}
      aria-label=${this.name}
      lang=${this.locale}
      dir=${ifDefined(chromeDirection(this, this.locale))}
      @focusin=${(e: FocusEvent) => this.rotation.focusIn(e)}
    >
      ${this.slides.length > 1 ? this.renderControls(rotating) : nothing}
      <div
        id="slides"
        part="slides"
        aria-live=${rotating ? 'off' : 'polite'}
        aria-atomic="false"
        aria-busy=${this.quotes.status === TaskStatus.PENDING || this.quotes.status === TaskStatus.INITIAL}
        @pointerenter=${() => this.rotation.hover(true)}
        @pointerleave=${() => this.rotation.hover(false)}
      >
        ${this.quotes.render({
          initial: () => this.renderStatus(this.loadingText),
          pending: () => this.renderStatus(this.loadingText),
          complete: () =>
            this.slides.length
              ? this.slides.map((s, i) => this.renderSlide(s, i))
              : this.renderStatus(
                  msg('No quotes to show.', {
                    desc: 'Quote carousel: shown in place of the quotes when the archive has none that match the carousel’s filters.',
                  }),
                ),
          error: () =>
            this.renderStatus(
              msg('The quotes could not be loaded.', {
                desc: 'Quote carousel: shown in place of the quotes when loading them failed; a "Try again" button follows.',
              }),
              true,
            ),
        })}
      </div>
    </section>`;
  }

  /** The UI language's direction: its sentences read right in it on a page of the other direction. */
  private get uiDirection() {
    return directionOf(this.locale);
  }

  private get loadingText(): string {
    return msg('Loading quotes…', { desc: 'Quote carousel: shown in place of the quotes while they load.' });
  }

  /** "3 of 12": the slide's spoken label, and the position shown between previous and next. */
  private position(index: number): string {
    const n = formatNumber(index + 1);
    const total = formatNumber(this.slides.length);
    return msg(str`${n} of ${total}`, {
      desc: 'Quote carousel: position of a slide, e.g. "3 of 12". Spoken as each slide’s name (aria-label) and shown between the previous and next buttons, so keep it short. ${n} is the slide’s number and ${total} the number of slides, both already formatted.',
    });
  }

  private renderControls(rotating: boolean) {
    const rotation = rotating
      ? msg('Stop automatic slide show', {
          desc: 'Quote carousel: button that stops the quotes from turning by themselves. Keep it short: it shares one row with the previous and next buttons. Use the words your UI uses for a slide show.',
        })
      : msg('Start automatic slide show', {
          desc: 'Quote carousel: button that makes the quotes turn by themselves again. Keep it short: it shares one row with the previous and next buttons. Same wording as "Stop automatic slide show".',
        });
    return html`<div part="controls">
      <button part="rotation" type="button" @click=${() => this.rotation.toggle()}>
        ${rotating ? pauseIcon : playIcon}<span dir=${this.uiDirection}>${rotation}</span>
      </button>
      <div part="pager">
        <button part="previous" type="button" aria-controls="slides" @click=${() => this.step(-1)}>
          ${previousIcon}<span class="visually-hidden"
            >${msg('Previous quote', { desc: 'Quote carousel: name of the button (an arrow) that shows the previous quote.' })}</span
          >
        </button>
        <span part="position" dir=${this.uiDirection} aria-hidden="true">${this.position(this.current)}</span>
        <button part="next" type="button" aria-controls="slides" @click=${() => this.step(1)}>
          ${nextIcon}<span class="visually-hidden"
            >${msg('Next quote', { desc: 'Quote carousel: name of the button (an arrow) that shows the next quote.' })}</span
          >
        </button>
      </div>
    </div>`;
  }

  private renderSlide(slide: Slide, index: number) {
    const current = index === this.current;
    const moved = this.leaving !== undefined;
    return html`<div
      part="slide"
      role="group"
      aria-roledescription=${msg('slide', {
        desc: 'Quote carousel: spoken after each quote’s position ("3 of 12") by screen readers (aria-roledescription): one of the quotes the carousel turns through. One lower-case noun.',
      })}
      aria-label=${this.position(index)}
      ?data-current=${current}
      ?data-enter=${current && moved}
      ?data-leave=${index === this.leaving && !current}
      ?inert=${!current}
    >
      ${slideFigure(slide)}
    </div>`;
  }

  /** Loading, empty, or failed (with "Try again"). */
  private renderStatus(text: string, retry = false) {
    return html`<p part="status"><span dir=${this.uiDirection}>${text}</span></p>
      ${retry ? retryButton(() => this.quotes.run()) : nothing}`;
  }
}

FoscQuoteCarousel.define('fosc-quote-carousel');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-quote-carousel': FoscQuoteCarousel;
  }
}
