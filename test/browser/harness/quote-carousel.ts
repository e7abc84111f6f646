import type { FoscQuoteCarousel } from '../../../src/elements/quote-carousel/quote-carousel.js';
import { Harness, textOf, until } from './harness.js';

export class QuoteCarouselHarness extends Harness<FoscQuoteCarousel> {
  /** Resolves once there are slides. */
  ready(): Promise<unknown> {
    return until(() => this.slides.length > 0, 'no slides');
  }

  /** Resolves once the carousel shows slides or says why it has none (empty, failed), not "Loading quotes…". */
  override loaded(): Promise<unknown> {
    return until(() => this.slides.length > 0 || (this.status && this.status !== 'Loading quotes…'), 'still loading');
  }

  /** Loading, empty and error messages. */
  get status(): string {
    return textOf(this.part('status'));
  }

  get slides() {
    return this.parts('slide');
  }

  /** Index of the slide on show. */
  get current(): number {
    return this.slides.findIndex((s) => s.hasAttribute('data-current'));
  }

  /** Turning by itself: the slides' live region is `off` only then (APG). */
  get rotating(): boolean {
    return this.part('slides')!.getAttribute('aria-live') === 'off';
  }

  /** "Stop automatic slide show" or "Start …". */
  get rotationLabel(): string {
    return textOf(this.part('rotation'));
  }

  /** Each slide's quote and speaker. */
  get quotes(): { text: string; speaker: string }[] {
    return this.slides.map((s) => ({
      text: textOf(s.querySelector('blockquote')),
      speaker: textOf(s.querySelector('[part~="speaker"]')),
    }));
  }

  async next(): Promise<void> {
    this.part('next')!.click();
    await this.settled();
  }

  async previous(): Promise<void> {
    this.part('previous')!.click();
    await this.settled();
  }
}
