import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ArticleSummary, TranslationRef } from '../../core/post.js';
import { endonym, languageName } from '../../i18n/language-names.js';
import { summary } from '../../runtime/api.js';
import { loadArticle } from '../shared/article-load.js';
import { FoscElement } from '../shared/fosc-element.js';
import { retryButton } from '../shared/retry.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { articleCardStyles } from './article-card.styles.js';

/**
 * A post of the archive as a card that links back to it: title, excerpt, where it first appeared, reading
 * time, language, and its translation when there is one.
 *
 * @summary A post as a card that links back to it.
 * @tagname fosc-article-card
 *
 * @slot - Fallback shown before the script runs, while the card loads, and if it never does: a plain link to
 *   the post. When the post has no canonical URL, the card's title links where this fallback link points.
 *
 * @csspart card - The card's box.
 * @csspart meta - The line with the language and the reading time.
 * @csspart language - The post's language.
 * @csspart reading-time - The reading time.
 * @csspart title - The heading that holds the title.
 * @csspart link - The title's link to the post.
 * @csspart excerpt - The opening of the post.
 * @csspart source - "First published in …", for posts that reprint other outlets.
 * @csspart translation - The link (or, without a URL, the button) to the post's translation.
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
 * @cssprop --fosc-card-height - The card's height, the same before and after it renders (default 13.75rem; 5.5rem compact).
 * @cssprop --fosc-card-padding - Inner spacing.
 * @cssprop --fosc-card-title-size - Title font size (default 1.2em).
 *
 * @fires {FoscTranslationSwitchEvent} fosc-translation-switch - Cancelable. The reader asked for the translation
 *   of a post that has no URL; `detail: { from, to, lang }`. Unless cancelled, the card shows the translation in
 *   place.
 */
export class FoscArticleCard extends FoscElement {
  static override styles = [FoscElement.styles, articleCardStyles];

  /** Id of the post to show. */
  @property({ reflect: true }) article = '';

  /** `compact` for sidebars: title and meta line only. */
  @property({ reflect: true }) variant: 'default' | 'compact' = 'default';

  /** Where the title links; by default the post's canonical URL, else the fallback link's. */
  @property() href?: string;

  /** The post's summary, loaded whenever `article` changes; `undefined` when the archive has no such post. */
  private readonly post = new Task(this, {
    task: ([id], { signal }) => loadArticle(id, signal, summary, (...warning) => this.warn(...warning)),
    args: () => [this.textOf('article', this.article)?.trim() ?? ''] as const,
  });

  /** The fallback link a partner wrote inside the tag, if any. */
  private fallbackHref(): string | undefined {
    const link = this.querySelector('a[href]');
    return link ? safeHttpUrl(link.getAttribute('href')) : undefined;
  }

  private switchTo(from: ArticleSummary, to: TranslationRef): void {
    const event = this.emit('fosc-translation-switch', { from: from.id, to: to.id, lang: to.lang });
    if (!event.defaultPrevented) this.article = to.id;
  }

  override render() {
    const loading = () =>
      html`<div part="card" aria-busy="true">
        <slot><span class="skeleton short"></span><span class="skeleton"></span></slot>
      </div>`;
    return this.post.render({
      initial: loading,
      pending: loading,
      complete: (a) => (a ? this.renderArticle(a) : this.renderStatus(msg('This article could not be found.'))),
      error: () => this.renderStatus(msg('The article could not be loaded. Check your connection.'), true),
    });
  }

  /** Not found, or failed to load (with "Try again"): the partner's fallback stays below. */
  private renderStatus(text: string, retry = false) {
    return html`<div part="card" lang=${this.locale}>
      <p part="status" role="status">${text}</p>
      ${retry ? html`<p>${retryButton(() => this.post.run())}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  private renderArticle(a: ArticleSummary) {
    const href = safeHttpUrl(this.textOf('href', this.href)) ?? safeHttpUrl(a.url) ?? this.fallbackHref();
    const ui = this.locale;
    // The duration as the UI language writes it ("5 min", "5分钟"), through Intl.
    const minutes = new Intl.NumberFormat(ui, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(
      a.readingMinutes,
    );
    const compact = this.variant === 'compact';
    const sources = new Intl.ListFormat(ui, { type: 'conjunction' }).format(a.sources);
    const language = languageName(a.lang, ui);
    return html`<article part="card" lang=${ui}>
      <p part="meta">
        <span part="language">${language}</span>
        <span part="reading-time">${msg(str`${minutes} read`)}</span>
      </p>
      <h3 part="title" lang=${a.lang}>${href ? html`<a part="link" href=${href}>${a.title}</a>` : a.title}</h3>
      ${compact ? nothing : html`<p part="excerpt" lang=${a.lang}>${a.excerpt}</p>`}
      ${
        compact || !a.sources.length
          ? nothing
          : html`<p part="source">${msg('First published in')} <cite>${sources}</cite></p>`
      }
      ${a.translations.map((t) => this.renderTranslation(a, t))}
    </article>`;
  }

  private renderTranslation(from: ArticleSummary, to: TranslationRef) {
    const name = html`<span lang=${to.lang}>${endonym(to.lang)}</span>`;
    const url = safeHttpUrl(to.url);
    return html`<p part="translation">
      ${msg('Also in')}
      ${
        url
          ? html`<a href=${url} hreflang=${to.lang}>${name}</a>`
          : html`<button type="button" @click=${() => this.switchTo(from, to)}>${name}</button>`
      }
    </p>`;
  }
}

FoscArticleCard.define('fosc-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'fosc-article-card': FoscArticleCard;
  }
}
