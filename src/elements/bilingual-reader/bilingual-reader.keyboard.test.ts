/**
 * The reader from the keyboard (issue 13): few tab stops, each control's name whole and distinct (issue 19), the
 * paragraph switches one tab stop with ↑ ↓ Home End between them.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './bilingual-reader.js';

const reader = (template: TemplateResult) => t.BilingualReaderHarness.fixture(template);

/** A control's accessible name as the page computes it here: its text (none of ours has an aria-label). */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? t.textOf(el);

describe('<fosc-bilingual-reader> from the keyboard', () => {
  before(t.useFixtureArchive);

  it('offers three tab stops in one language (layout, whole post, paragraphs), each named distinctly', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" languages="en fr" mode="single"></fosc-bilingual-reader>`,
    );
    expect(h.switchable.length).to.be.at.least(7);
    const stops = await t.tabStops(h.element);
    expect(stops.map((s) => s.getAttribute('part') ?? s.closest('[part]')!.getAttribute('part'))).to.deep.equal([
      'mode mode-active',
      'switch-all',
      'segment-switch',
    ]);
    // Every paragraph switch is named by its language and the paragraph's start: no two alike, none glued together.
    const names = h.parts('segment-switch').map(nameOf);
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(/^français Show the paragraph “.+” in French$/);
    expect(h.parts('segment-switch').every((b) => !b.hasAttribute('aria-label'))).to.equal(true);
  });

  it('in both languages at once, one tab stop: the layout', async () => {
    for (const mode of ['interleaved', 'side-by-side'] as const) {
      const h = await reader(
        html`<fosc-bilingual-reader article="les-feux-du-port" mode=${mode}></fosc-bilingual-reader>`,
      );
      const stops = await t.tabStops(h.element);
      expect(
        stops.map((s) => s.closest('[part]')!.getAttribute('part')),
        mode,
      ).to.deep.equal(['mode mode-active']);
    }
  });

  it('moves between paragraph switches with ↑ ↓ Home End, and Tab comes back to the last one used', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" languages="en fr" mode="single"></fosc-bilingual-reader>`,
    );
    const switches = () => h.parts<HTMLButtonElement>('segment-switch');
    switches()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(h.focused).to.equal(switches()[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(h.focused).to.equal(switches()[1]);
    await sendKeys({ press: 'End' });
    expect(h.focused).to.equal(switches().at(-1));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.versions(h.switchable[1])[0].lang).to.equal('fr');
    // Focus stays on the button, which now offers English.
    expect(h.focused).to.equal(switches()[1]);
    expect(nameOf(switches()[1])).to.match(/^English Show the paragraph “La maire Ada Lovelace.*” in English$/);
    expect(switches().map((b) => b.tabIndex)).to.deep.equal(switches().map((_, i) => (i === 1 ? 0 : -1)));
    // Tab leaves the paragraphs; Shift+Tab comes back to the same one.
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(null);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(h.focused).to.equal(switches()[1]);
  });

  it('a segment reached from a link becomes the paragraph Tab goes to', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" languages="en fr" mode="single"></fosc-bilingual-reader>`,
    );
    const page = location.pathname + location.search;
    try {
      const target = h.switchable[3];
      location.hash = target.id;
      await t.until(() => h.focused === target, 'did not focus the linked segment');
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(target.querySelector('[part~="segment-switch"]'));
    } finally {
      history.replaceState(null, '', page);
    }
  });
});
