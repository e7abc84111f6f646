import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './search-box.js';

const searchBox = (template: TemplateResult) => t.SearchBoxHarness.fixture(template);

describe('<fosc-search-box>', () => {
  before(t.useFixtureArchive);

  it('is an APG combobox: labelled input controlling a listbox of options', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    const { input } = h;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = h.$(`#${input.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(h.$(`label[for="${input.id}"]`)!.textContent).to.equal('Search the archive');

    await h.searchFor('Lovelace');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(h.options.length).to.be.greaterThan(0);
    expect(h.options.every((o) => o.getAttribute('aria-selected') === 'false')).to.equal(true);
    expect(h.announcement).to.match(/^\d+ results?$/);
    // The matched word is marked in what the reader sees.
    expect([...h.options[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Lovelace');
  });

  it('moves through results with ↓ ↑ Home End, and points aria-activedescendant at the active one', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('port');
    expect(h.options).to.have.length(3);
    const active = () => h.input.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowDown' });
    expect(h.selected).to.equal(0);
    expect(active()).to.equal(h.options[0].id);
    await sendKeys({ press: 'ArrowDown' });
    expect(h.selected).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(h.selected).to.equal(h.options.length - 1);
    await sendKeys({ press: 'Home' });
    expect(h.selected).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(h.selected).to.equal(h.options.length - 1);
    // Focus never left the input (APG: visual focus only in the listbox).
    expect(h.focused).to.equal(h.input);
  });

  it('Escape closes the list, then empties the field', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('harbour');
    await sendKeys({ press: 'Escape' });
    expect(h.input.getAttribute('aria-expanded')).to.equal('false');
    expect(h.input.value).to.equal('harbour');
    await sendKeys({ press: 'Escape' });
    expect(h.input.value).to.equal('');
  });

  it('Enter fires a cancelable fosc-search-select with the chosen post, then opens its address', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0" href-template="#post/{id}"></fosc-search-box>`);
    await h.searchFor('Maathai');
    const seen: CustomEvent[] = [];
    h.element.addEventListener('fosc-search-select', (e) => seen.push(e));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(seen).to.have.length(1);
    expect(seen[0].detail.id).to.equal('short-dispatch');
    expect(seen[0].detail.query).to.equal('Maathai');
    expect(seen[0].cancelable).to.equal(true);
    expect(location.hash).to.equal('#post/short-dispatch');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lets a partner cancel the navigation and route the choice itself (click works too)', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0" href-template="#post/{id}"></fosc-search-box>`);
    await h.searchFor('Hopper');
    h.element.addEventListener('fosc-search-select', (e) => e.preventDefault());
    h.options[0].click();
    await h.settled();
    expect(location.hash).to.equal('');
    expect(h.expanded).to.equal(false);
  });

  it('says so when nothing matches, and suggests what to try', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('qwxzv');
    expect(h.announcement).to.equal('No results for “qwxzv”.');
    expect(h.part('status')!.textContent).to.contain('Check the spelling');
  });

  it('filters by language', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0" language="fr"></fosc-search-box>`);
    await h.searchFor('Lovelace');
    expect(h.options.map((o) => o.getAttribute('lang'))).to.deep.equal(['fr']);
  });

  it('filters by the lang attribute (deprecated: one warning)', async () => {
    const warnings = t.captureWarnings();
    try {
      const h = await searchBox(html`<fosc-search-box debounce="0" lang="fr"></fosc-search-box>`);
      await h.searchFor('Lovelace');
      expect(h.options.map((o) => o.getAttribute('lang'))).to.deep.equal(['fr']);
      expect(warnings.including('deprecated')).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

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

  it('warns once and uses the default for a nonsense debounce', async () => {
    const warnings = t.captureWarnings();
    try {
      const h = await searchBox(html`<fosc-search-box debounce="-5"></fosc-search-box>`);
      await h.searchFor('lamps');
      await h.type('s');
      await t.until(() => h.options.length > 0);
      expect(warnings.including('debounce')).to.have.length(1);
      expect(warnings.messages[0]).to.equal(
        'fosc-search-box: debounce="-5" is not a number between 0 and 5000; using 120.',
      );
    } finally {
      warnings.restore();
    }
  });

  it('shows at most `limit` results', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0" limit="2"></fosc-search-box>`);
    await h.searchFor('port');
    expect(h.options).to.have.length(2);
  });

  it('says when search is unavailable, and "Try again" searches', async () => {
    await t.whileOffline(async (network, warnings) => {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.type('lamps');
      await t.until(() => h.part('retry')?.checkVisibility(), 'no error state');
      expect(h.announcement).to.equal('Search is unavailable right now.');
      expect(warnings.including('search failed')).to.have.length(1);
      network.reconnect();
      h.part('retry')!.click();
      await t.until(() => h.options.length === 2, 'no results after retrying');
      expect(h.announcement).to.equal('2 results');
    });
  });

  it('takes any value a framework sets on any property: one warning each, never an error', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('Lovelace');
    const { errors, warnings } = await t.tryOddValues(h.element, async () => {
      // Still a combobox with its label, whatever was set.
      expect(h.input.getAttribute('role')).to.equal('combobox');
      expect(h.$('label')!.textContent!.trim()).to.not.equal('');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.include('fosc-search-box: label (an object) is not text.');
    expect(warnings).to.include('fosc-search-box: limit (0) is not a number between 1 and 50; using 8.');
    expect(new Set(warnings).size).to.equal(warnings.length);
    // Back to its own settings, it searches as before.
    await h.searchFor('lamps');
    expect(h.options).to.have.length(2);
  });

  describe('on the real archive', () => {
    t.onRealArchive();

    it('finds the seed’s posts and marks the word', async () => {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.searchFor('Sawaba');
      expect(h.options.length).to.be.greaterThan(0);
      expect([...h.options[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Sawaba');
    });
  });
});
