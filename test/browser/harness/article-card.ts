import type { FoscArticleCard } from '../../../src/elements/article-card/article-card.js';
import { Harness, textOf, until } from './harness.js';

export class ArticleCardHarness extends Harness<FoscArticleCard> {
  /** Resolves once the card shows a post, or says it has none (not found, failed). */
  override loaded(): Promise<unknown> {
    return until(() => this.title || this.status, 'card did not render');
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

  /** The skeleton shown while the post loads. */
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

  /** Clicks "Also in …" and waits for the card to settle. */
  async switchTranslation(): Promise<void> {
    this.translationButton!.click();
    await this.settled();
  }

  text(part: string): string {
    return textOf(this.part(part));
  }
}
