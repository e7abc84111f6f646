import { sendKeys } from '@web/test-runner-commands';
import type { FoscSearchBox } from '../../../src/elements/search-box/search-box.js';
import { Harness, textOf, until } from './harness.js';

export class SearchBoxHarness extends Harness<FoscSearchBox> {
  get input(): HTMLInputElement {
    return this.$<HTMLInputElement>('input')!;
  }

  /** The results on show. */
  get options() {
    return this.$$('[role="option"]');
  }

  /** What the polite live region says (counts, or why there are none). */
  get announcement(): string {
    return textOf(this.$('[role="status"]'));
  }

  /** Index of the result marked selected, or -1. */
  get selected(): number {
    return this.options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
  }

  get expanded(): boolean {
    return this.input.getAttribute('aria-expanded') === 'true';
  }

  /** Types from the keyboard into the field. */
  async type(text: string): Promise<void> {
    this.input.focus();
    await sendKeys({ type: text });
  }

  /** Pastes a query (one input event), then waits for its results or its "no results". */
  async searchFor(text: string): Promise<void> {
    const { input } = this;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await until(() => this.options.length > 0 || /No results/.test(this.announcement), `no results for ${text}`);
  }
}
