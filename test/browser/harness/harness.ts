/**
 * Test harnesses, in the style of Material Web's (`select/harness.ts`): a test drives and reads an element the
 * way a reader does, through what it renders (parts, roles, text), never through its private or test-only
 * members. One harness per element, on this base.
 */
import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/** Text as a reader sees it: whitespace collapsed. */
export const textOf = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Resolves once `check()` is truthy, testing at each animation frame (not with timers, so it works while a test
 * fakes them); rejects with `message` after `timeout` ms.
 */
export async function until<T>(check: () => T, message = 'condition not met', timeout = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(message);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export class Harness<E extends LitElement> {
  constructor(readonly element: E) {}

  /** Renders `template` (one element) on the test page, and resolves with its harness once it has `loaded()`. */
  static async fixture<H extends Harness<LitElement>>(
    this: new (element: never) => H,
    template: TemplateResult,
  ): Promise<H> {
    const harness = new this((await fixture(template)) as never);
    await harness.loaded();
    return harness;
  }

  /** Resolves once the element shows what it loads (its data, or why there is none); harnesses say what that is. */
  async loaded(): Promise<unknown> {
    return this.settled();
  }

  /** The first element in the shadow root matching `selector`, or null. */
  $<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  /** Every element in the shadow root matching `selector`. */
  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.element.shadowRoot!.querySelectorAll<T>(selector)];
  }

  /** The first element with this `part`, or null. */
  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.$<T>(`[part~="${name}"]`);
  }

  /** Every element with this `part`. */
  parts<T extends HTMLElement = HTMLElement>(name: string): T[] {
    return this.$$<T>(`[part~="${name}"]`);
  }

  /** The element focused inside the shadow root. */
  get focused(): Element | null {
    return this.element.shadowRoot!.activeElement;
  }

  /** Resolves once the element has rendered its last change. */
  async settled(): Promise<E> {
    await this.element.updateComplete;
    return this.element;
  }
}
