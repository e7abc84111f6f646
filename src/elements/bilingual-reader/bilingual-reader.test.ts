import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './bilingual-reader.js';
import type { FoscBilingualReader } from './bilingual-reader.js';

const segments = (el: FoscBilingualReader) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="segment"]')];
const versions = (seg: Element) => [...seg.querySelectorAll<HTMLElement>('[part~="version"]')];
const ready = (el: FoscBilingualReader) =>
  waitUntil(() => segments(el).length > 0, 'reader did not render', { timeout: 4000 });
const $ = (el: FoscBilingualReader, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<fosc-bilingual-reader>', () => {
  it('shows the archive pair aligned: introductions on their own, the article pair by pair', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="silence-on-decolonise" languages="en fr"></fosc-bilingual-reader>`,
    );
    await ready(el);
    const segs = segments(el);
    // Each version of each segment says its language.
    for (const seg of segs) for (const v of versions(seg)) expect(v.getAttribute('lang')).to.match(/^(en|fr)$/);
    const paired = segs.filter((s) => versions(s).length === 2);
    expect(paired).to.have.length(9);
    expect(text(versions(paired[0])[0])).to.match(/^When Niger’s military government/);
    expect(text(versions(paired[0])[1])).to.match(/^Lorsque le gouvernement militaire/);
    // The English byline is two lines in French: one segment.
    const byline = paired.find((s) => text(versions(s)[0]).startsWith('Djibo Bakary, Editorial'))!;
    expect(versions(byline)[1].querySelectorAll('p')).to.have.length(2);
    // Introductions and the French paragraph past the English text are one-sided, and say so.
    const onlyFrench = segs.filter((s) => text(s.querySelector('[part~="only-in"]')) === 'Only in the French version');
    expect(onlyFrench).to.have.length(2);
    expect(text(segs.at(-1)!.querySelector('[part~="version"]'))).to.match(/^Comme c’était différent/);
    expect(text(segs.find((s) => /Only in the English version/.test(text(s)))!)).to.contain(
      'Events in the Sahel region',
    );
  });

  it('takes either post of the pair, and the order from languages', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="quiet-please-were-decolonising" languages="fr en"></fosc-bilingual-reader>`,
    );
    await ready(el);
    const pair = segments(el).find((s) => versions(s).length === 2)!;
    expect(versions(pair).map((v) => v.lang)).to.deep.equal(['fr', 'en']);
    expect([...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.getAttribute('lang'))).to.deep.equal([
      'fr',
      'en',
    ]);
  });

  it('side by side keeps each pair level, and stacks them on a narrow screen', async () => {
    const wide = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        style="width: 1000px"
        article="silence-on-decolonise"
        languages="en fr"
        mode="side-by-side"
      ></fosc-bilingual-reader>`,
    );
    await ready(wide);
    for (const seg of segments(wide).filter((s) => versions(s).length === 2)) {
      const [a, b] = versions(seg).map((v) => v.getBoundingClientRect());
      expect(Math.abs(a.top - b.top)).to.be.lessThan(1);
      expect(b.left).to.be.greaterThan(a.right);
    }
    const narrow = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        style="width: 320px"
        article="silence-on-decolonise"
        languages="en fr"
        mode="side-by-side"
      ></fosc-bilingual-reader>`,
    );
    await ready(narrow);
    const seg = segments(narrow).find((s) => versions(s).length === 2)!;
    const [a, b] = versions(seg).map((v) => v.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom);
    expect(narrow.scrollWidth).to.be.at.most(320);
  });

  it('in one language, switches one paragraph from the keyboard, then the whole post, and says so politely', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        article="silence-on-decolonise"
        languages="en fr"
        mode="single"
      ></fosc-bilingual-reader>`,
    );
    await ready(el);
    const switches: CustomEvent[] = [];
    el.addEventListener('fosc-language-switch', (e) => switches.push(e as CustomEvent));
    const paired = () => segments(el).filter((s) => s.querySelector('[part~="segment-switch"]'));
    const first = paired()[0];
    expect(versions(first)).to.have.length(1);
    expect(versions(first)[0].lang).to.equal('en');
    const button = first.querySelector<HTMLButtonElement>('[part~="segment-switch"]')!;
    expect(button.getAttribute('aria-label')).to.equal('FR – Show this paragraph in French');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(versions(paired()[0])[0].lang).to.equal('fr');
    expect(versions(paired()[1])[0].lang).to.equal('en');
    expect(text($(el, '[role="status"]'))).to.equal('Paragraph shown in French.');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(versions(paired()[0])[0].lang).to.equal('en');

    $(el, '[part~="switch-all"]').click();
    await el.updateComplete;
    expect(paired().every((s) => versions(s)[0].lang === 'fr')).to.equal(true);
    expect(text($(el, '[role="status"]'))).to.equal('Article shown in French.');
    expect(switches.map((e) => e.detail.scope)).to.deep.equal(['segment', 'segment', 'article']);
  });

  it('lets the reader change mode from the toolbar', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>`,
    );
    await ready(el);
    const modes = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="mode"]')];
    expect(modes.map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    modes[2].click();
    await el.updateComplete;
    expect($(el, '[part~="segments"]').dataset.mode).to.equal('single');
  });

  it('scrolls to and focuses the segment a link points at', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>`,
    );
    await ready(el);
    const target = segments(el)[8];
    location.hash = target.id;
    await waitUntil(() => el.shadowRoot!.activeElement === target, 'did not focus the linked segment');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives segments ids that stay the same across renders', async () => {
    const a = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>`,
    );
    const b = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>`,
    );
    await ready(a);
    await ready(b);
    expect(segments(a).map((s) => s.id)).to.deep.equal(segments(b).map((s) => s.id));
    expect(new Set(segments(a).map((s) => s.id)).size).to.equal(segments(a).length);
  });

  it('reads a post without translation as a plain reader, with a note', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader article="a-month-traveling-in-china" mode="side-by-side"></fosc-bilingual-reader>`,
    );
    await ready(el);
    expect(text($(el, '[part~="note"]'))).to.equal('This article has no translation.');
    expect(segments(el).every((s) => versions(s).length === 1 && !s.querySelector('[part~="only-in"]'))).to.equal(true);
  });

  it('aligns a partner’s own pair in the browser', async () => {
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader languages="fr en">
        <article lang="en">
          <h2>Title</h2>
          <p>In 1958 the Sawaba led Niger’s first government, under Djibo Bakary.</p>
          <p>France overthrew it in 1959.</p>
        </article>
        <article lang="fr">
          <h2>Titre</h2>
          <p>En 1958, le Sawaba dirigeait le premier gouvernement du Niger, sous Djibo Bakary.</p>
          <p>La France l’a renversé en 1959.</p>
          <p>
            Un paragraphe de plus, que la version anglaise n’a pas : la guérilla de 1964 et la répression qui suivit.
          </p>
        </article>
      </fosc-bilingual-reader>`,
    );
    await ready(el);
    const rows = segments(el).map((s) => versions(s).map((v) => `${v.lang}:${text(v).slice(0, 12).trim()}`));
    expect(rows).to.deep.equal([
      ['fr:Titre', 'en:Title'],
      ['fr:En 1958, le', 'en:In 1958 the'],
      ['fr:La France l’', 'en:France overt'],
      ['fr:Un paragraph'],
    ]);
    // The partner's own markup stays in the page, untouched (it is what shows without the script).
    expect(el.querySelectorAll('article')).to.have.length(2);
  });

  it('remembers the language only when asked to', async () => {
    localStorage.clear();
    const el = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        article="silence-on-decolonise"
        languages="en fr"
        mode="single"
      ></fosc-bilingual-reader>`,
    );
    await ready(el);
    $(el, '[part~="switch-all"]').click();
    expect(localStorage.length).to.equal(0);
    const kept = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        remember
        article="silence-on-decolonise"
        languages="en fr"
        mode="single"
      ></fosc-bilingual-reader>`,
    );
    await ready(kept);
    $(kept, '[part~="switch-all"]').click();
    expect(localStorage.length).to.equal(1);
    const again = await fixture<FoscBilingualReader>(
      html`<fosc-bilingual-reader
        remember
        article="silence-on-decolonise"
        languages="en fr"
        mode="single"
      ></fosc-bilingual-reader>`,
    );
    await ready(again);
    expect(versions(segments(again).find((s) => s.querySelector('[part~="segment-switch"]'))!)[0].lang).to.equal('fr');
    localStorage.clear();
  });

  it('falls back to interleaved with one warning for an unknown mode, and says when a post is not found', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<FoscBilingualReader>(
        html`<fosc-bilingual-reader article="silence-on-decolonise" mode="sideways"></fosc-bilingual-reader>`,
      );
      await ready(el);
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part~="segments"]').dataset.mode).to.equal('interleaved');
      expect(warnings.filter((w) => w.includes('mode="sideways"'))).to.have.length(1);
      const missing = await fixture<FoscBilingualReader>(
        html`<fosc-bilingual-reader article="nope"></fosc-bilingual-reader>`,
      );
      await waitUntil(() => missing.shadowRoot!.querySelector('[part~="note"]'));
      expect(text($(missing, '[part~="note"]'))).to.equal('This article could not be found.');
    } finally {
      console.warn = warn;
    }
  });
});
