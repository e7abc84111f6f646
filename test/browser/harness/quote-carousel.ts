import type { FoscQuoteCarousel } from '../../../src/elements/quote-carousel/quote-carousel.js';
import { Harness, textOf, until } from './harness.js';

export class QuoteCarouselHarness extends Harness<FoscQuoteCarousel> {
  /** Resolves once there are slides. */
  ready(): Promise<unknown> {
    return until(() => this.slides.length > 0, 'no slides');
  }

  /** Resolves once the carousel shows slides or says why it has none (empty, failed): its slides are not busy. */
  override loaded(): Promise<unknown> {
    return until(() => this.slides.length > 0 || (this.status && !this.busy), 'still loading');
  }

  /** Loading: the slides area says so with `aria-busy`. */
  get busy(): boolean {
    return this.part('slides')?.getAttribute('aria-busy') === 'true';
  }

  /** Resolves once the fades and the change of height running in the carousel have ended. */
  async animationsDone(): Promise<void> {
    await new Promise((r) => requestAnimationFrame(r));
    const running = this.element.shadowRoot!.getAnimations();
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
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

  /** The carousel's accessible name (its region's `aria-label`). */
  get name(): string {
    return this.part('carousel')?.getAttribute('aria-label') ?? '';
  }

  /** The slide on show. */
  get currentSlide(): HTMLElement | undefined {
    return this.slides[this.current];
  }

  /** "3 of 12", as shown between previous and next. */
  get position(): string {
    return textOf(this.part('position'));
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

  /** The centre of a part, in viewport pixels (for `sendMouse`). */
  centreOf(name: string): [number, number] {
    const box = this.part(name)!.getBoundingClientRect();
    return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  }

  async previous(): Promise<void> {
    this.part('previous')!.click();
    await this.settled();
  }
}
