import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { type PropertyValues, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html } from 'lit/static-html.js';
import type { ArticleSummary, TranslationRef } from '../../core/post.js';
import { directionOf } from '../../i18n/direction.js';
import { languageLabel, languageName } from '../../i18n/language-names.js';
import { loadedSummary, summary } from '../../runtime/api.js';
import { loadArticle } from '../shared/article-load.js';
import { numberConverter } from '../shared/attributes.js';
import { FoscElement } from '../shared/fosc-element.js';
import { HEADING_LEVEL, headingTags } from '../shared/heading.js';
import { retryButton } from '../shared/retry.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { articleCardStyles } from './article-card.styles.js';
import { postDate, readingTime, sourceLine, translationLine } from './card-parts.js';

/**
 * A post of the archive as a card that links back to it: title, excerpt, where it first appeared, reading
 * time, language, publication date, and its translation when there is one.
 *
 * @summary A post as a card that links back to it.
 * @tagname fosc-article-card
 *
 * @slot - Fallback shown before the script runs, while the card loads, and if it never does: a plain link to
 *   the post. When the post has no canonical URL, the card's title links where this fallback link points.
 *
 * @csspart card - The card's box.
 * @csspart meta - The line with the language, the reading time and the date.
 * @csspart language - The post's language.
 * @csspart reading-time - The reading time.
 * @csspart date - The publication date (a `<time>`), for posts that have one.
 * @csspart title - The heading that holds the title.
 * @csspart link - The title's link to the post.
 * @csspart excerpt - The opening of the post.
 * @csspart source - "First published in …", for posts that reprint other outlets.
 * @csspart note - Where the full post is when the title cannot link to it ("Read the whole post in English", "The
 *   full post is not online.").
 * @csspart translation - "Also in …": the link (or, without a URL, the button) to the post's translation.
 * @csspart status - The "not found" and error messages.
 * @csspart retry - The button that retries after a network error.
 *
 * @cssprop --fosc-color-text - Text colour (default: dark grey, light in dark mode).
 * @cssprop --fosc-color-muted - Secondary text colour.
 * @cssprop --fosc-color-surface - Card background.
 * @cssprop --fosc-color-border - Card border colour.
 * @cssprop --fosc-color-accent - Link and hover colour.
 * @cssprop --fosc-color-focus - Focus ring colour.
 * @cssprop --fosc-radius - Corner radius (default 0.5rem).
 * @cssprop --fosc-card-max-width - Widest the card grows (default 40rem).
 * @cssprop --fosc-card-min-height - The least height of the card, loading or loaded: reserve the same on
 *   `fosc-article-card:not(:defined)` so nothing moves when it renders (default 12.5em; 5.5em compact). The card
 *   grows to fit its content.
 * @cssprop --fosc-card-padding - Inner spacing.
 * @cssprop --fosc-card-title-size - Title font size (default 1.2em).
 *
 * @fires {FoscTranslationSwitchEvent} fosc-translation-switch - Cancelable. The reader asked for the translation
 *   of a post that has no URL; `detail: { from, to, lang }`. Unless cancelled, the card shows the translation in
 *   place, keeps the focus on its "Also in …" control and announces the change.
 */
export class FoscArticleCard extends FoscElement {
  static override styles = [FoscElement.styles, articleCardStyles];

  static readonly defaults = { headingLevel: HEADING_LEVEL } as const;

  /** Id of the post to show. */
  @property({ reflect: true }) article = '';

  /** `compact` for sidebars: meta line, title, and the way to the translation. */
  @property({ reflect: true }) variant: 'default' | 'compact' = 'default';

  /** Where the title links; by default the post's canonical URL, else the fallback link's. */
  @property() href?: string;

  /** The title's heading level (1–6, default 2): one below the heading of the page's section the card sits in. */
  @property({ attribute: 'heading-level', converter: numberConverter }) headingLevel?: number;

  /** What the live region says (the translation switch); set just before an update, so not reactive itself. */
  private announcement = '';

  /**
   * The post the page named (`article` as the partner set it): `href` and the fallback link are its addresses, not
   * its translation's. Set whenever `article` changes other than by the translation switch.
   */
  private named = '';
  /** The post the translation switch asked for, while `article` changes to it. */
  private switching?: string;
  /** Where focus goes once the switched post is on screen: the control that switches back (by post id). */
  private refocus?: string;

  /** The post's summary, loaded whenever `article` changes; `undefined` when the archive has no such post. */
  private readonly post = new Task(this, {
    task: ([id], { signal }) => loadArticle(id, signal, summary, (...warning) => this.warn(...warning)),
    args: () => [this.articleId] as const,
    onComplete: (shown) => this.switched(shown),
    onError: () => this.switched(undefined),
  });

  private get articleId(): string {
    return this.textOf('article', this.article)?.trim() ?? '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') && this.article !== this.switching) {
      this.named = this.articleId;
      this.switching = this.refocus = undefined;
    }
  }

  /** The fallback link a partner wrote inside the tag, if any. */
  private fallbackHref(): string | undefined {
    // A server's element (@lit-labs/ssr) has no light DOM to read: no fallback link there.
    const link = this.querySelector?.('a[href]');
    return link ? safeHttpUrl(link.getAttribute('href')) : undefined;
  }

  /** The addresses the partner gave for the post they named: `href`, else the fallback link. */
  private partnerHref(): string | undefined {
    return safeHttpUrl(this.textOf('href', this.href)) ?? this.fallbackHref();
  }

  private switchTo(from: ArticleSummary, to: TranslationRef): void {
    const event = this.emit('fosc-translation-switch', { from: from.id, to: to.id, lang: to.lang });
    if (event.defaultPrevented) return;
    // The old post stays on screen (and its button focused) until the new one is ready; then the button that
    // switches back takes the focus, and the live region says what changed.
    this.announcement = '';
    this.switching = to.id;
    if (this.matches(':focus-within') || !document.activeElement || document.activeElement === document.body) {
      this.refocus = from.id;
    }
    this.article = to.id;
  }

  override render() {
    const loading = () =>
      html`<div part="card" aria-busy="true">
        <slot><span class="skeleton short"></span><span class="skeleton"></span></slot>
      </div>`;
    const kept = this.switching ? this.post.value : undefined;
    // A post already in memory shows at once (a server that awaited summary(id); a page that loaded it): the
    // task still runs, and completes with the same post.
    const ready = () => {
      const known = this.switching ? undefined : loadedSummary(this.articleId);
      return known ? this.renderArticle(known) : loading();
    };
    return html`${this.post.render({
        initial: ready,
        pending: () => (kept ? this.renderArticle(kept, true) : ready()),
        complete: (a) =>
          a
            ? this.renderArticle(a)
            : this.renderStatus(
                msg('This post could not be found.', {
                  id: 'card-not-found',
                  desc: 'Card: shown instead of the post when the page names a post the archive does not have.',
                }),
              ),
        error: () =>
          this.renderStatus(
            msg('The post could not be loaded. Check your connection.', {
              id: 'card-load-failed',
              desc: 'Card: shown instead of the post when its data could not be downloaded; a "Try again" button follows.',
            }),
            true,
          ),
      })}
      <p class="visually-hidden" role="status" lang=${this.locale} dir=${directionOf(this.locale)}>
        ${this.announcement}
      </p>`;
  }

  /** A load has ended: if the translation switch asked for it, say what the card shows now, and refocus. */
  private switched(shown: ArticleSummary | undefined): void {
    if (this.switching === undefined) return;
    if (shown?.id === this.switching) {
      const language = languageName(shown.lang, this.locale);
      this.announcement = msg(str`Showing the post in ${language}.`, {
        desc: 'Card: said by screen readers once the card shows the post in another language (placeholder: that language, named in the UI language).',
      });
    }
    this.switching = undefined;
  }

  /** After the switch, the control that switches back (else the card's first control) takes the focus. */
  override updated(): void {
    if (this.refocus === undefined || this.switching !== undefined || this.post.status === TaskStatus.PENDING) return;
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`[part~="translation"] [data-id="${CSS.escape(this.refocus)}"]`) ??
      root.querySelector<HTMLElement>('[part~="translation"] :is(a, button), [part~="link"], [part~="note"] a') ??
      root.querySelector<HTMLElement>('[part~="retry"]');
    this.refocus = undefined;
    target?.focus();
  }

  /** Not found, or failed to load (with "Try again"): the partner's fallback stays below. */
  private renderStatus(text: string, retry = false) {
    // Our words in the UI's language and direction; the partner's fallback keeps the page's.
    return html`<div part="card">
      <div class="status" lang=${this.locale} dir=${directionOf(this.locale)}>
        <p part="status" role="status">${text}</p>
        ${retry ? html`<p>${retryButton(() => this.post.run())}</p>` : nothing}
      </div>
      <slot></slot>
    </div>`;
  }

  private renderArticle(a: ArticleSummary, busy = false) {
    const ui = this.locale;
    const compact = this.variant === 'compact';
    // The page's addresses belong to the post it named; a translation shown in place links to its own page only.
    const named = a.id === this.named;
    const href = named
      ? (safeHttpUrl(this.textOf('href', this.href)) ?? safeHttpUrl(a.url) ?? this.fallbackHref())
      : safeHttpUrl(a.url);
    const minutes = readingTime(a.readingMinutes, ui);
    // Where it first appeared, where to read it, its translation: the card's foot.
    const end = [
      compact || !a.sources.length ? nothing : sourceLine(a.sources, ui),
      href ? nothing : this.renderNote(a, named),
      ...a.translations.map((t) => translationLine(t, safeHttpUrl(t.url), ui, () => this.switchTo(a, t))),
    ].filter((line) => line !== nothing);
    // The card's words read in the UI's direction (an English card on an Arabic page is laid out left to right);
    // the title, excerpt and outlet names take their own (dir="auto").
    return html`<article part="card" lang=${ui} dir=${directionOf(ui)} aria-busy=${busy ? 'true' : 'false'}>
      <p part="meta">
        <span part="language">${languageLabel(a.lang, ui)}</span>
        <span part="reading-time"
          >${msg(str`${minutes} read`, {
            desc: 'Card, meta line: reading time. The placeholder is already formatted by Intl with its unit ("5 min", "5分钟"): do not add one.',
          })}</span
        >
        ${postDate(a.date, ui)}
      </p>
      ${this.renderTitle(a, href)}
      ${compact ? nothing : html`<p part="excerpt" lang=${a.lang} dir="auto">${a.excerpt}</p>`}
      ${end.length ? html`<div class="end">${end}</div>` : nothing}
    </article>`;
  }

  /** The title, a link when the card has an address for it, at the page's heading level. */
  private renderTitle(a: ArticleSummary, href: string | undefined) {
    const { heading } = headingTags(this.numberOf('heading-level', this.headingLevel, HEADING_LEVEL));
    const title = href ? html`<a part="link" href=${href}>${a.title}</a>` : a.title;
    // A tag from heading.ts's fixed table of static literals (h1–h6), never from text.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${heading} part="title" lang=${a.lang} dir="auto">${title}</${heading}>`;
  }

  /**
   * Where to read the whole post when the title cannot link to it: a translation shown in place points to the
   * named post's page (and says its language); a post with no address at all says so.
   */
  private renderNote(a: ArticleSummary, named: boolean) {
    const original = named ? undefined : a.translations.find((t) => t.id === this.named);
    const href = original && (this.partnerHref() ?? safeHttpUrl(original.url));
    const language = original && languageName(original.lang, this.locale);
    const text = href
      ? html`<a href=${href} hreflang=${original!.lang}
          >${msg(str`Read the whole post in ${language}`, {
            desc: 'Card, under a translation that has no page of its own: link to the original post’s page (placeholder: its language, named in the UI language).',
          })}</a
        >`
      : msg('The full post is not online.', {
          desc: 'Card, in place of a link when neither the post nor the page gives an address for the full post.',
        });
    return html`<p part="note">${text}</p>`;
  }
}

FoscArticleCard.define('fosc-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-article-card': FoscArticleCard;
  }
}
