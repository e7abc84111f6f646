import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { FoscSearchBox } from '../../../src/elements/search-box/search-box.js';
import { useFixtureArchiveThrough } from './archives.js';
import { Harness, textOf, until } from './harness.js';

/** A node of Chromium's accessibility tree (test/plugins/accessibility-tree.js): what a screen reader reads. */
export interface AXNode {
  role: string;
  name: string;
  description?: string;
  keyshortcuts?: string;
  selected?: boolean;
  expanded?: boolean;
  pressed?: string | boolean;
}

/** The nodes of the page's accessibility tree with `role`, in document order. */
export async function axNodes(role: string): Promise<AXNode[]> {
  // The tree follows the DOM a frame later.
  await new Promise((r) => requestAnimationFrame(r));
  const nodes = (await executeServerCommand('accessibility-tree')) as AXNode[];
  return nodes.filter((n) => n.role === role);
}

export class SearchBoxHarness extends Harness<FoscSearchBox> {
  get input(): HTMLInputElement {
    return this.$<HTMLInputElement>('input')!;
  }

  /** The results on show: their options (`role="option"`, each named by its title). */
  get options() {
    return this.$$('[role="option"]');
  }

  /** The results' rows: each option with its section and excerpt (what a reader sees of a result). */
  get rows() {
    return this.parts('option');
  }

  /** What the polite live region says (counts, or why there are none). */
  get announcement(): string {
    return textOf(this.$('[role="status"]'));
  }

  /** The message shown under the field: no results (with advice), loading, unavailable; '' when none. */
  get status(): string {
    const status = this.part('status');
    return status?.checkVisibility() ? textOf(status) : '';
  }

  /** The key-cap toggle of a one-character shortcut. */
  get shortcutToggle(): HTMLButtonElement | null {
    return this.part<HTMLButtonElement>('shortcut');
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

  /** Puts `text` in the field as one input event (a paste), and lets the element render it. */
  async paste(text: string): Promise<void> {
    const { input } = this;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await this.settled();
  }

  /** Results are ranked but some are still loading (the first shows before the others). */
  get loading(): boolean {
    return this.$('[role="listbox"]')?.getAttribute('aria-busy') === 'true';
  }

  /**
   * Pastes a query, then waits for all its results or its "no results" (in any UI language). The field is emptied
   * first, so the results of the query before (kept on show while the next one runs) are not taken for its own.
   */
  async searchFor(text: string): Promise<void> {
    if (this.options.length) {
      await this.paste('');
      await until(() => !this.options.length, 'the results before stay');
    }
    await this.paste(text);
    await until(
      () => (this.options.length > 0 && !this.loading) || this.$('[part~="status"] bdi')?.textContent === text.trim(),
      `no results for ${text}`,
    );
  }

  /** Waits until the field's text was searched (or not: too short) and everything is rendered. */
  async idle(): Promise<void> {
    await new Promise((r) => setTimeout(r, Number(this.element.debounce ?? 120) + 50));
    await this.settled();
    await this.settled();
  }
}

/**
 * The fixture archive with the harbour post in Arabic, as search results show it (its fragment: title, language,
 * excerpt windows; `lamps` stays in one sentence, so the English index still finds it): right-to-left content.
 */
export function useArabicHarbour(): void {
  useFixtureArchiveThrough(async (name, read) => {
    const data = await read(name);
    if (!name.startsWith('search/frag-')) return data;
    return (data as { id: string }[]).map((fragment) =>
      fragment.id !== 'harbour-lights'
        ? fragment
        : {
            ...fragment,
            title: 'أضواء الميناء تبقى مضاءة',
            lang: 'ar',
            excerpt: 'قرر عمال الميناء الإبقاء على نوبة الليل بعد شهر من المحادثات.',
            sections: [],
            windows: [[-1, 'ستُصلح المصابيح (lamps) على طول الرصيف قبل الشتاء، كما قالت العمدة.', 0]],
          },
    );
  });
}
