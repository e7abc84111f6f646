import type { FoscArticleCard } from '../../../src/elements/article-card/article-card.js';
import { Harness, textOf, until } from './harness.js';

export class ArticleCardHarness extends Harness<FoscArticleCard> {
  /** Resolves once the card shows a post, or says it has none (not found, failed). */
  override loaded(): Promise<unknown> {
    return until(() => (this.title || this.status) && !this.loading, 'card did not render');
  }

  /** The heading that holds the title. */
  get title() {
    return this.part('title');
  }

  /** The title's link to the post. */
  get link() {
    return this.part<HTMLAnchorElement>('link');
  }

  /** "Not found" or "could not be loaded". */
  get status() {
    return this.part('status');
  }

  /** Where to read the whole post when the title cannot link to it. */
  get note() {
    return this.part('note');
  }

  /** The publication date, a `<time>`. */
  get date() {
    return this.part<HTMLTimeElement>('date');
  }

  /** Whether the card is loading (the skeleton, or the old post kept while the translation loads). */
  get loading(): boolean {
    return this.part('card')?.getAttribute('aria-busy') === 'true';
  }

  /** Whether the partner's fallback (the slot) is on show. */
  get showsFallback(): boolean {
    return !!this.$('slot');
  }

  /** The "Also in …" line's button, for a translation without its own URL. */
  get translationButton() {
    return this.part('translation')?.querySelector('button') ?? null;
  }

  /** What the card's live region says. */
  get announcement(): string {
    return textOf(this.$('.visually-hidden[role="status"]'));
  }

  /** The control focused in the card, if the document's focus is in it. */
  get focusedControl(): Element | null {
    return document.activeElement === this.element ? this.focused : null;
  }

  /** Where the focus is, as a reader would say it: `button "English"`, `a "The harbour lights stay on"`, `outside`. */
  get focusedName(): string {
    const el = this.focusedControl;
    return el ? `${el.localName} "${textOf(el)}"` : `outside (${document.activeElement?.localName})`;
  }

  /** Clicks "Also in …" and waits until the card shows what it switched to (or, cancelled, stays as it is). */
  async switchTranslation(): Promise<void> {
    this.translationButton!.click();
    await this.settled();
    await until(() => !this.loading, 'the translation did not load');
    await this.settled();
  }

  text(part: string): string {
    return textOf(this.part(part));
  }
}
