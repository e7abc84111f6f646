/** The search box's keyboard shortcut: "/" by default, remappable, and one that can be turned off (WCAG 2.1.4). */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './search-box.js';

describe('<fosc-search-box> keyboard shortcut', () => {
  before(t.useFixtureArchive);
  it('focuses on "/" with the shortcut attribute, but not while typing elsewhere', async () => {
    const wrap = await fixture(
      html`<div>
        <input id="other" />
        <fosc-search-box shortcut></fosc-search-box>
      </div>`,
    );
    const h = new t.SearchBoxHarness(wrap.querySelector('fosc-search-box')!);
    const other = wrap.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    await sendKeys({ press: '/' });
    expect(other.value).to.equal('/');
    other.blur();
    document.body.focus();
    await sendKeys({ press: '/' });
    expect(h.focused).to.equal(h.input);
    expect(h.input.value).to.equal('');
  });

  describe('keyboard shortcut (WCAG 2.1.4)', () => {
    const STORE = 'fosc-search-box:shortcut';
    afterEach(() => localStorage.removeItem(STORE));
    const boxes = async (template: TemplateResult) => {
      const wrap = await fixture(template);
      const all = [...wrap.querySelectorAll('fosc-search-box')].map((el) => new t.SearchBoxHarness(el));
      await Promise.all(all.map((h) => h.settled()));
      return all;
    };
    const pressOnPage = async (...keys: string[]) => {
      (document.activeElement as HTMLElement | null)?.blur();
      for (const key of keys.slice(0, -1)) await sendKeys({ down: key });
      await sendKeys({ press: keys[keys.length - 1] });
      for (const key of keys.slice(0, -1).reverse()) await sendKeys({ up: key });
    };

    it('says "/" in aria-keyshortcuts, and its key cap turns it off for every box, and on the next page', async () => {
      const [a, b] = await boxes(
        html`<div><fosc-search-box shortcut></fosc-search-box><fosc-search-box shortcut></fosc-search-box></div>`,
      );
      expect(a.input.getAttribute('aria-keyshortcuts')).to.equal('/');
      expect((await t.axNodes('combobox'))[0].keyshortcuts).to.equal('/');
      const [toggle] = (await t.axNodes('button')).filter((n) => n.name === 'Keyboard shortcut /');
      expect(toggle.pressed).to.equal('true');
      a.shortcutToggle!.focus();
      await sendKeys({ press: 'Enter' });
      await Promise.all([a.settled(), b.settled()]);
      for (const h of [a, b]) {
        expect(h.shortcutToggle!.getAttribute('aria-pressed')).to.equal('false');
        expect(h.input.hasAttribute('aria-keyshortcuts')).to.equal(false);
      }
      await pressOnPage('/');
      expect(document.activeElement?.localName).to.equal('body');
      // The next page remembers the reader's choice.
      a.element.parentElement!.remove();
      const [next] = await boxes(html`<div><fosc-search-box shortcut></fosc-search-box></div>`);
      expect(next.shortcutToggle!.getAttribute('aria-pressed')).to.equal('false');
      await pressOnPage('/');
      expect(next.focused?.localName).to.equal(undefined);
      // And the reader can turn it on again.
      next.shortcutToggle!.click();
      await next.settled();
      await pressOnPage('/');
      expect(next.focused === next.input, 'the field has focus').to.equal(true);
      expect(next.input.value).to.equal('');
    });

    it('takes a combination with a modifier (exempt from 2.1.4): shown, in aria-keyshortcuts, no toggle', async () => {
      const [h] = await boxes(html`<div><fosc-search-box shortcut="Control+K Meta+K"></fosc-search-box></div>`);
      expect(h.input.getAttribute('aria-keyshortcuts')).to.equal('Control+K Meta+K');
      expect(h.shortcutToggle).to.equal(null);
      expect(t.textOf(h.$('kbd'))).to.equal('Control+K');
      await pressOnPage('/');
      expect(h.focused?.localName).to.equal(undefined);
      await pressOnPage('Control', 'k');
      expect(h.focused === h.input, 'the field has focus').to.equal(true);
    });

    it('warns once about a shortcut it cannot read, and takes no key', async () => {
      const warnings = t.captureWarnings();
      try {
        const [h] = await boxes(html`<div><fosc-search-box shortcut="Hyper+Space"></fosc-search-box></div>`);
        expect(h.input.hasAttribute('aria-keyshortcuts')).to.equal(false);
        expect(warnings.including('shortcut')).to.deep.equal([
          'fosc-search-box: shortcut="Hyper+Space" is not a key or a combination like Control+K; no shortcut.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });
});
