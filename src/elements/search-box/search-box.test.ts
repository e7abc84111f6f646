import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './search-box.js';
import type { FoscSearchBox } from './search-box.js';

const $ = <T extends Element = HTMLElement>(el: FoscSearchBox, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const options = (el: FoscSearchBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: FoscSearchBox) => $(el, '[role="status"]').textContent!.trim();

async function typeInto(el: FoscSearchBox, text: string) {
  $(el, 'input').focus();
  await sendKeys({ type: text });
}

/** Pastes a query (one input event), then waits for its results or its "no results". */
async function searchFor(el: FoscSearchBox, text: string) {
  const input = $<HTMLInputElement>(el, 'input');
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await waitUntil(() => options(el).length > 0 || /No results/.test(status(el)), `no results for ${text}`, {
    timeout: 5000,
  });
}

describe('<fosc-search-box>', () => {
  it('is an APG combobox: labelled input controlling a listbox of options', async () => {
    const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    const input = $(el, 'input');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = $(el, `#${input.getAttribute('aria-controls')}`);
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect($(el, `label[for="${input.id}"]`).textContent).to.equal('Search the archive');

    await searchFor(el, 'Sawaba');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).length).to.be.greaterThan(0);
    expect(options(el).every((o) => o.getAttribute('aria-selected') === 'false')).to.equal(true);
    expect(status(el)).to.match(/^\d+ results?$/);
    // The matched word is marked in what the reader sees.
    expect([...options(el)[0].querySelectorAll('mark')].map((m) => m.textContent)).to.include('Sawaba');
  });

  it('moves through results with ↓ ↑ Home End, and points aria-activedescendant at the active one', async () => {
    const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await searchFor(el, 'china');
    const input = $(el, 'input');
    const active = () => input.getAttribute('aria-activedescendant');
    const selected = () => options(el).findIndex((o) => o.getAttribute('aria-selected') === 'true');
    await sendKeys({ press: 'ArrowDown' });
    expect(selected()).to.equal(0);
    expect(active()).to.equal(options(el)[0].id);
    await sendKeys({ press: 'ArrowDown' });
    expect(selected()).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(selected()).to.equal(options(el).length - 1);
    await sendKeys({ press: 'Home' });
    expect(selected()).to.equal(0);
    await sendKeys({ press: 'ArrowUp' });
    expect(selected()).to.equal(options(el).length - 1);
    // Focus never left the input (APG: visual focus only in the listbox).
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('Escape closes the list, then empties the field', async () => {
    const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await searchFor(el, 'Cuba');
    const input = $<HTMLInputElement>(el, 'input');
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('Cuba');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
  });

  it('Enter fires a cancelable fosc-search-select with the chosen post, then opens its address', async () => {
    const el = await fixture<FoscSearchBox>(
      html`<fosc-search-box debounce="0" href-template="#post/{id}"></fosc-search-box>`,
    );
    await searchFor(el, 'Dien Bien Phu');
    const seen: CustomEvent[] = [];
    el.addEventListener('fosc-search-select', (e) => seen.push(e as CustomEvent));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(seen).to.have.length(1);
    expect(seen[0].detail.id).to.equal('dien-bien-phu-victory-through-the-memory-of-chinese-senior');
    expect(seen[0].detail.query).to.equal('Dien Bien Phu');
    expect(location.hash).to.equal('#post/dien-bien-phu-victory-through-the-memory-of-chinese-senior');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lets a partner cancel the navigation and route the choice itself (click works too)', async () => {
    const el = await fixture<FoscSearchBox>(
      html`<fosc-search-box debounce="0" href-template="#post/{id}"></fosc-search-box>`,
    );
    await searchFor(el, 'Skerrit');
    el.addEventListener('fosc-search-select', (e) => e.preventDefault());
    options(el)[0].click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect($(el, 'input').getAttribute('aria-expanded')).to.equal('false');
  });

  it('says so when nothing matches, and suggests what to try', async () => {
    const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="0"></fosc-search-box>`);
    await searchFor(el, 'qwxzv');
    expect(status(el)).to.equal('No results for “qwxzv”.');
    expect($(el, '[part~="status"]').textContent).to.contain('Check the spelling');
  });

  it('filters by the lang attribute', async () => {
    const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="0" lang="fr"></fosc-search-box>`);
    await searchFor(el, 'Niger');
    expect(options(el).map((o) => o.getAttribute('lang'))).to.deep.equal(['fr']);
  });

  it('focuses on "/" with the shortcut attribute, but not while typing elsewhere', async () => {
    const el = await fixture<FoscSearchBox>(
      html`<div>
        <input id="other" />
        <fosc-search-box shortcut></fosc-search-box>
      </div>`,
    );
    const box = el.querySelector('fosc-search-box')!;
    const other = el.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    await sendKeys({ press: '/' });
    expect(other.value).to.equal('/');
    other.blur();
    document.body.focus();
    await sendKeys({ press: '/' });
    expect(box.shadowRoot!.activeElement).to.equal($(box, 'input'));
    expect($<HTMLInputElement>(box, 'input').value).to.equal('');
  });

  it('warns once and uses the default for a nonsense debounce', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<FoscSearchBox>(html`<fosc-search-box debounce="-5"></fosc-search-box>`);
      await searchFor(el, 'Cuba');
      await typeInto(el, 'n');
      await waitUntil(() => options(el).length > 0);
      expect(warnings.filter((w) => w.includes('debounce'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
