import { msg, str } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ArticleSummary, TranslationRef } from '../../core/post.js';
import { endonym, languageName } from '../../i18n/language-names.js';
import { LocaleController } from '../../i18n/localization.js';
import { UnknownArticleError, summary } from '../../runtime/api.js';
import { defineOnce } from '../shared/define.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { themeStyles } from '../shared/theme.styles.js';
import { articleCardStyles } from './article-card.styles.js';

type View = { state: 'idle' | 'loading' | 'missing' | 'error' } | { state: 'ready'; article: ArticleSummary };

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
 * @fires fosc-translation-switch - Cancelable. The reader asked for the translation of a post that has no URL;
 *   `detail: { from, to, lang }`. Unless cancelled, the card shows the translation in place.
 */
export class FoscArticleCard extends LitElement {
  static override styles = [themeStyles, articleCardStyles];

  /** Id of the post to show. */
  @property({ reflect: true }) article = '';

  /** `compact` for sidebars: title and meta line only. */
  @property({ reflect: true }) variant: 'default' | 'compact' = 'default';

  /** Forces `light` or `dark`; by default the card follows the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where the title links; by default the post's canonical URL, else the fallback link's. */
  @property() href?: string;

  @state() private view: View = { state: 'idle' };

  private readonly i18n = new LocaleController(this);
  private loadCount = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('article')) void this.load();
  }

  private async load(): Promise<void> {
    const ticket = ++this.loadCount;
    const id = this.article.trim();
    if (!id) {
      this.view = { state: 'missing' };
      console.warn('fosc-article-card: the `article` attribute is empty; set it to the id of a post.');
      return;
    }
    this.view = { state: 'loading' };
    try {
      const article = await summary(id);
      if (ticket === this.loadCount) this.view = { state: 'ready', article };
    } catch (err) {
      if (ticket !== this.loadCount) return;
      if (err instanceof UnknownArticleError) {
        this.view = { state: 'missing' };
        console.warn(`fosc-article-card: ${err.message}.`);
      } else {
        this.view = { state: 'error' };
        console.warn('fosc-article-card: the archive could not be loaded.', err);
      }
    }
  }

  /** The fallback link a partner wrote inside the tag, if any. */
  private fallbackHref(): string | undefined {
    const link = this.querySelector('a[href]');
    return link ? safeHttpUrl(link.getAttribute('href')) : undefined;
  }

  private switchTo(from: ArticleSummary, to: TranslationRef): void {
    const event = new CustomEvent('fosc-translation-switch', {
      detail: { from: from.id, to: to.id, lang: to.lang },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) this.article = to.id;
  }

  override render() {
    const { view } = this;
    switch (view.state) {
      case 'ready':
        return this.renderArticle(view.article);
      case 'missing':
        return html`<div part="card" lang=${this.i18n.locale}>
          <p part="status" role="status">${msg('This article could not be found.')}</p>
          <slot></slot>
        </div>`;
      case 'error':
        return html`<div part="card" lang=${this.i18n.locale}>
          <p part="status" role="status">${msg('The article could not be loaded. Check your connection.')}</p>
          <p><button part="retry" @click=${() => this.load()}>${msg('Try again')}</button></p>
          <slot></slot>
        </div>`;
      default:
        return html`<div part="card" aria-busy="true">
          <slot><span class="skeleton short"></span><span class="skeleton"></span></slot>
        </div>`;
    }
  }

  private renderArticle(a: ArticleSummary) {
    const href = safeHttpUrl(this.href) ?? safeHttpUrl(a.url) ?? this.fallbackHref();
    const ui = this.i18n.locale;
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

defineOnce('fosc-article-card', FoscArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'fosc-article-card': FoscArticleCard;
  }
}
