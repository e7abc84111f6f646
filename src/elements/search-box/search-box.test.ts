import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import { setLocale } from '../../i18n/localization.js';
import { search } from '../../runtime/search/search.js';
import './search-box.js';

const searchBox = (template: TemplateResult) => t.SearchBoxHarness.fixture(template);

/** The box on screen of `text`'s first occurrence in `root`'s text (across text nodes, shadow-free). */
function boxOf(root: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const all = nodes.map((n) => n.data).join('');
  const at = all.indexOf(text);
  expect(at, `"${text}" in "${all}"`).to.be.at.least(0);
  const range = document.createRange();
  for (const [edge, offset] of [
    ['start', at],
    ['end', at + text.length],
  ] as const) {
    let rest = offset;
    const node = nodes.find((n) => (rest <= n.data.length ? true : ((rest -= n.data.length), false)))!;
    if (edge === 'start') range.setStart(node, rest);
    else range.setEnd(node, rest);
  }
  return range.getBoundingClientRect();
}

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
    expect([...h.rows[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Lovelace');
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

  it('shows the first result while the others load, then adds them in rank order (the listbox aria-busy meanwhile)', async () => {
    // Each result's fragment is its own file in the fixture archive: every one is held back, the first released
    // alone, then the others.
    let releaseFirst!: () => void;
    let releaseRest!: () => void;
    const first = new Promise<void>((r) => (releaseFirst = r));
    const rest = new Promise<void>((r) => (releaseRest = r));
    const asked: string[] = [];
    t.useFixtureArchiveThrough(async (name, read) => {
      if (name.startsWith('search/frag-')) await (asked.push(name) === 1 ? first : rest);
      return read(name);
    });
    try {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.paste('port');
      // The three results' files are asked for together, before the first arrives.
      await t.until(() => asked.length === 3, `only ${asked.length} of the results' files asked for at once`);
      releaseFirst();
      await t.until(() => h.options.length > 0, 'the first result waits for the others');
      await h.settled();
      expect(h.options).to.have.length(1);
      expect(h.loading).to.equal(true);
      expect(h.expanded).to.equal(true);
      // The count said is the list's whole, not the rows loaded so far.
      expect(h.announcement).to.equal('3 results');
      await sendKeys({ press: 'ArrowDown' });
      expect(h.selected).to.equal(0);
      releaseRest();
      await t.until(() => !h.loading, 'the other results never came');
      const titles = (await search('port')).map((r) => r.title);
      expect(h.options.map((o) => o.textContent)).to.deep.equal(titles);
      // The reader's place in the list stayed where it was.
      expect(h.selected).to.equal(0);
    } finally {
      releaseFirst();
      releaseRest();
      t.useFixtureArchive();
    }
  });

  it('keeps the results it has when a later one cannot be loaded (one warning)', async () => {
    const warnings = t.captureWarnings();
    let frags = 0;
    t.useFixtureArchiveThrough(async (name, read) => {
      if (name.startsWith('search/frag-') && ++frags > 2) throw new Error('offline');
      return read(name);
    });
    try {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.paste('port');
      await t.until(() => h.options.length > 0 && !h.loading, 'the list stays busy');
      expect(h.options.length).to.be.within(1, 2);
      expect(h.announcement).to.equal(`${h.options.length} result${h.options.length > 1 ? 's' : ''}`);
      expect(warnings.including('could not be loaded')).to.have.length(1);
    } finally {
      warnings.restore();
      t.useFixtureArchive();
    }
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

  it('Alt+↓ opens the list without choosing a result, ↓ then takes the first, Alt+↑ closes it (APG)', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('port');
    await sendKeys({ press: 'Escape' });
    expect(h.expanded).to.equal(false);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await h.settled();
    expect(h.expanded).to.equal(true);
    expect(h.selected).to.equal(-1);
    expect(h.input.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(h.selected).to.equal(0);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await h.settled();
    expect(h.expanded).to.equal(false);
    expect(h.input.value).to.equal('port');
  });

  it('names each result by its title alone; section and excerpt describe it, through ids that exist', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    let withSection = 0;
    let without = 0;
    for (const query of ['lamps', 'midnight']) {
      await h.searchFor(query);
      await t.until(() => h.$$('mark').some((m) => m.textContent!.toLowerCase().startsWith(query.slice(0, 4))));
      const seen = await t.axNodes('option');
      expect(seen).to.have.length(h.options.length);
      h.rows.forEach((row, i) => {
        const o = row.querySelector('[role="option"]')!;
        for (const attribute of ['aria-labelledby', 'aria-describedby']) {
          for (const id of o.getAttribute(attribute)?.split(' ') ?? []) expect(h.$(`#${id}`), `#${id}`).to.exist;
        }
        const title = t.textOf(row.querySelector('[part~="option-title"]'));
        const section = row.querySelector('[part~="option-section"]');
        if (section) withSection++;
        else without++;
        expect(seen[i].name).to.equal(title);
        const description = [section, row.querySelector('[part~="option-excerpt"]')].map(t.textOf).filter(Boolean);
        expect(seen[i].description).to.equal(description.join(' '));
      });
    }
    expect(withSection).to.be.greaterThan(0);
    expect(without).to.be.greaterThan(0);
  });

  it('announces nothing for one letter; searches from two, or from one character of Han, kana or Hangul', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.paste('c');
    await h.idle();
    expect(h.announcement).to.equal('');
    expect(h.status).to.equal('');
    expect(h.expanded).to.equal(false);
    await h.paste('ha');
    await t.until(() => h.options.length > 0);
    expect(h.announcement).to.match(/^\d+ results?$/);
    // Back under the minimum: the list closes and the region falls silent.
    await h.paste('h');
    await h.idle();
    expect(h.expanded).to.equal(false);
    expect(h.announcement).to.equal('');
    // An accent typed as a combining mark is one character with its letter.
    await h.paste('e\u0301');
    await h.idle();
    expect(h.announcement).to.equal('');
    for (const word of ['港', 'ね', '길']) {
      await h.searchFor(word);
      expect(h.announcement).to.equal(`No results for “${word}”.`);
    }
  });

  it('announces the same count again for the next query: the live region changes though its words do not', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await h.searchFor('harbour');
    expect(h.announcement).to.equal('2 results');
    const region = h.$('[role="status"]')!;
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await h.paste('Lovelace');
    await t.until(() => h.$$('mark').some((m) => m.textContent === 'Lovelace'), 'no results for Lovelace');
    observer.disconnect();
    expect(h.announcement).to.equal('2 results');
    expect(changes, 'mutations of the live region').to.be.greaterThan(0);
  });

  it('isolates the echoed query: a U+202E in it cannot reverse the sentence around it', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    const query = '\u202Eqwxzv';
    await h.searchFor(query);
    const status = h.part('status')!;
    const opening = boxOf(status, 'No results for');
    const echoed = boxOf(status, 'qwxzv');
    const closing = boxOf(status, '”.');
    // Left to right as written: our words, then the query, then the closing quotation mark and full stop.
    expect(opening.right).to.be.at.most(echoed.left + 1);
    expect(echoed.right).to.be.at.most(closing.left + 1);
    expect(h.$('[part~="status"] bdi')!.textContent).to.equal(query);
    expect(h.$('[role="status"] bdi')!.textContent).to.equal(query);
  });

  it('gives each excerpt the language of the block it comes from', async () => {
    const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    // The French post opens with an English introduction.
    await h.searchFor('sister');
    const [french] = h.rows;
    expect(french.querySelector('[role="option"]')!.getAttribute('lang')).to.equal('fr');
    expect(french.querySelector('[part~="option-excerpt"]')!.getAttribute('lang')).to.equal('en');
    await h.searchFor('lampes');
    await t.until(() => h.$$('mark').some((m) => m.textContent === 'lampes'));
    const excerpt = h.rows.find((o) => o.textContent!.includes('lampes'))!.querySelector('[part~="option-excerpt"]')!;
    expect(excerpt.getAttribute('lang')).to.equal('fr');
  });

  describe('in Simplified Chinese', () => {
    before(() => setLocale('zh-Hans'));
    after(() => setLocale(null));

    it('shows "no results" and its advice as two paragraphs: no space after the full stop', async () => {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.searchFor('qwxzv');
      const paragraphs = [...h.part('status')!.querySelectorAll('p')].map((p) => p.textContent!);
      expect(paragraphs).to.have.length(2);
      expect(paragraphs[0]).to.match(/^\S.*。$/);
      expect(paragraphs[1]).to.match(/^\S.*。$/);
      expect(h.announcement).to.equal(paragraphs[0]);
    });

    it('writes the loading message with a Chinese ellipsis', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      t.useFixtureArchiveThrough(async (name, read) => (name === 'search/manifest' && (await gate), read(name)));
      try {
        const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
        await h.paste('harbour');
        await t.until(() => h.status, 'no loading message');
        expect(h.status).to.equal('正在加载搜索……');
        expect(h.announcement).to.equal('正在加载搜索……');
      } finally {
        release();
        t.useFixtureArchive();
      }
    });
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
      await h.type('Lovelace');
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
    await h.searchFor('harbour');
    expect(h.options).to.have.length(2);
  });

  describe('on the real archive', () => {
    t.onRealArchive();

    it('finds the seed’s posts and marks the word', async () => {
      const h = await searchBox(html`<fosc-search-box debounce="0"></fosc-search-box>`);
      await h.searchFor('Sawaba');
      expect(h.options.length).to.be.greaterThan(0);
      expect([...h.rows[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Sawaba');
    });
  });
});
