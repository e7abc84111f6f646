import type { FoscBilingualReader } from '../../../src/elements/bilingual-reader/bilingual-reader.js';
import { Harness, textOf, until } from './harness.js';

export class BilingualReaderHarness extends Harness<FoscBilingualReader> {
  /** Resolves once segments are on show. */
  ready(): Promise<unknown> {
    return until(() => this.segments.length > 0, 'reader did not render');
  }

  /** Resolves once the reader shows segments or a note (not found, failed). */
  override loaded(): Promise<unknown> {
    return until(() => this.segments.length > 0 || this.part('note'), 'reader did not render');
  }

  /** The aligned pairs, in order. */
  get segments() {
    return this.parts('segment');
  }

  /** The language versions inside a segment. */
  versions(segment: Element): HTMLElement[] {
    return [...segment.querySelectorAll<HTMLElement>('[part~="version"]')];
  }

  /** Segments with both versions. */
  get paired() {
    return this.segments.filter((s) => this.versions(s).length === 2);
  }

  /** In `single` mode, segments that can switch language. */
  get switchable() {
    return this.segments.filter((s) => s.querySelector('[part~="segment-switch"]'));
  }

  /** The mode the segments are laid out in. */
  get mode(): string | undefined {
    return this.part('segments')?.dataset.mode;
  }

  /** What the polite live region last said. */
  get announcement(): string {
    return textOf(this.$('[role="status"]'));
  }

  text(part: string): string {
    return textOf(this.part(part));
  }
}
