import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './bilingual-reader.js';

const reader = (template: TemplateResult) => t.BilingualReaderHarness.fixture(template);

describe('<fosc-bilingual-reader>', () => {
  before(t.useFixtureArchive);

  it('shows the archive pair aligned: introductions on their own, the article pair by pair', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" languages="en fr"></fosc-bilingual-reader>`,
    );
    // Each version of each segment says its language.
    for (const seg of h.segments) for (const v of h.versions(seg)) expect(v.getAttribute('lang')).to.match(/^(en|fr)$/);
    const paired = h.paired;
    expect(paired).to.have.length(7);
    expect(t.textOf(h.versions(paired[0])[0])).to.match(/^The dockworkers of the northern harbour/);
    expect(t.textOf(h.versions(paired[0])[1])).to.match(/^Les dockers du port nord/);
    // The list stays whole, item by item, in both versions.
    const list = paired.find((s) => s.querySelector('ul'))!;
    expect(h.versions(list).map((v) => v.querySelectorAll('li').length)).to.deep.equal([3, 3]);
    // The editor's note and the French closing line are one-sided, and say so.
    const onlyFrench = h.segments.filter(
      (s) => t.textOf(s.querySelector('[part~="only-in"]')) === 'Only in the French version',
    );
    expect(onlyFrench).to.have.length(2);
    expect(t.textOf(h.segments.at(-1)!.querySelector('[part~="version"]'))).to.match(/^Un dernier mot/);
    // The editor wrote the note in English inside the French post: it carries its own language.
    expect(onlyFrench[0].querySelector('p[lang="en"]')).to.exist;
  });

  it('takes either post of the pair, and the order from languages', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="harbour-lights" languages="fr en"></fosc-bilingual-reader>`,
    );
    expect(h.versions(h.paired[0]).map((v) => v.lang)).to.deep.equal(['fr', 'en']);
    expect(h.parts('title').map((t) => t.getAttribute('lang'))).to.deep.equal(['fr', 'en']);
  });

  it('side by side keeps each pair level, and stacks them on a narrow screen', async () => {
    const sideBySide = (width: number) =>
      reader(
        html`<fosc-bilingual-reader
          style="width: ${width}px"
          article="les-feux-du-port"
          languages="en fr"
          mode="side-by-side"
        ></fosc-bilingual-reader>`,
      );
    const wide = await sideBySide(1000);
    for (const seg of wide.paired) {
      const [a, b] = wide.versions(seg).map((v) => v.getBoundingClientRect());
      expect(Math.abs(a.top - b.top)).to.be.lessThan(1);
      expect(b.left).to.be.greaterThan(a.right);
    }
    const narrow = await sideBySide(320);
    const [a, b] = narrow.versions(narrow.paired[0]).map((v) => v.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom);
    expect(narrow.element.scrollWidth).to.be.at.most(320);
  });

  it('in one language, switches one paragraph from the keyboard, then the whole post, and says so politely', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" languages="en fr" mode="single"></fosc-bilingual-reader>`,
    );
    const switches: CustomEvent[] = [];
    h.element.addEventListener('fosc-language-switch', (e) => switches.push(e));
    const first = h.switchable[0];
    expect(h.versions(first)).to.have.length(1);
    expect(h.versions(first)[0].lang).to.equal('en');
    const button = first.querySelector<HTMLButtonElement>('[part~="segment-switch"]')!;
    expect(button.getAttribute('aria-label')).to.equal('FR – Show this paragraph in French');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.versions(h.switchable[0])[0].lang).to.equal('fr');
    expect(h.versions(h.switchable[1])[0].lang).to.equal('en');
    expect(h.announcement).to.equal('Paragraph shown in French.');
    await sendKeys({ press: 'Space' });
    await h.settled();
    expect(h.versions(h.switchable[0])[0].lang).to.equal('en');

    h.part('switch-all')!.click();
    await h.settled();
    expect(h.switchable.every((s) => h.versions(s)[0].lang === 'fr')).to.equal(true);
    expect(h.announcement).to.equal('Article shown in French.');
    expect(switches.map((e) => e.detail.scope)).to.deep.equal(['segment', 'segment', 'article']);
  });

  it('lets the reader change mode from the toolbar', async () => {
    const h = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    const modes = h.parts<HTMLButtonElement>('mode');
    expect(modes.map((m) => m.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    modes[2].click();
    await h.settled();
    expect(h.mode).to.equal('single');
  });

  it('scrolls to and focuses the segment a link points at', async () => {
    const h = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    const target = h.segments[5];
    location.hash = target.id;
    await t.until(() => h.focused === target, 'did not focus the linked segment');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives segments ids that stay the same across renders', async () => {
    const a = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    const b = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    expect(a.segments.map((s) => s.id)).to.deep.equal(b.segments.map((s) => s.id));
    expect(new Set(a.segments.map((s) => s.id)).size).to.equal(a.segments.length);
  });

  it('reads a post without translation as a plain reader, with a note', async () => {
    const h = await reader(
      html`<fosc-bilingual-reader article="field-notes" mode="side-by-side"></fosc-bilingual-reader>`,
    );
    expect(h.text('note')).to.equal('This article has no translation.');
    expect(h.segments.every((s) => h.versions(s).length === 1 && !s.querySelector('[part~="only-in"]'))).to.equal(true);
  });

  it('aligns a partner’s own pair in the browser', async () => {
    const h = await reader(
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
    const rows = h.segments.map((s) => h.versions(s).map((v) => `${v.lang}:${t.textOf(v).slice(0, 12).trim()}`));
    expect(rows).to.deep.equal([
      ['fr:Titre', 'en:Title'],
      ['fr:En 1958, le', 'en:In 1958 the'],
      ['fr:La France l’', 'en:France overt'],
      ['fr:Un paragraph'],
    ]);
    // The partner's own markup stays in the page, untouched (it is what shows without the script).
    expect(h.element.querySelectorAll('article')).to.have.length(2);
  });

  it('remembers the language only when asked to', async () => {
    localStorage.clear();
    const single = (remember: boolean) =>
      reader(
        html`<fosc-bilingual-reader
          ?remember=${remember}
          article="les-feux-du-port"
          languages="en fr"
          mode="single"
        ></fosc-bilingual-reader>`,
      );
    const h = await single(false);
    h.part('switch-all')!.click();
    expect(localStorage.length).to.equal(0);
    const kept = await single(true);
    kept.part('switch-all')!.click();
    expect(localStorage.length).to.equal(1);
    const again = await single(true);
    expect(again.versions(again.switchable[0])[0].lang).to.equal('fr');
    localStorage.clear();
  });

  it('falls back to interleaved with one warning for an unknown mode, and says when a post is not found', async () => {
    const warnings = t.captureWarnings();
    try {
      // An attribute written by hand, which the element's types would refuse in a template.
      const el = document.createElement('fosc-bilingual-reader');
      el.setAttribute('article', 'les-feux-du-port');
      el.setAttribute('mode', 'sideways');
      const h = await reader(html`${el}`);
      h.element.requestUpdate();
      await h.settled();
      expect(h.mode).to.equal('interleaved');
      expect(warnings.including('mode="sideways"')).to.have.length(1);
      const missing = await reader(html`<fosc-bilingual-reader article="nope"></fosc-bilingual-reader>`);
      expect(missing.text('note')).to.equal('This article could not be found.');
      expect(warnings.messages.at(-1)).to.equal('fosc-bilingual-reader: no article with id "nope" in this archive.');
    } finally {
      warnings.restore();
    }
  });

  it('says when the post cannot be loaded, and "Try again" loads it', async () => {
    await t.whileOffline(async (network, warnings) => {
      const h = await reader(html`<fosc-bilingual-reader article="harbour-lights"></fosc-bilingual-reader>`);
      expect(h.part('retry')).to.exist;
      expect(h.text('note')).to.equal('The article could not be loaded. Check your connection.');
      network.reconnect();
      h.part('retry')!.click();
      await h.ready();
      expect(h.paired).to.have.length(7);
      expect(warnings.including('could not be loaded')).to.have.length(1);
    });
  });

  it('takes any value a framework sets on any property: not found, one warning each, never an error', async () => {
    const h = await reader(html`<fosc-bilingual-reader article="harbour-lights"></fosc-bilingual-reader>`);
    const { errors, warnings } = await t.tryOddValues(h.element, async (name) => {
      if (name !== 'article') return;
      await h.loaded();
      // Never the old post: the reader says it has none.
      expect(h.segments).to.have.length(0);
      expect(h.text('note')).to.equal('This article could not be found.');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.include(
      'fosc-bilingual-reader: mode (0) is not one of interleaved, side-by-side, single; using interleaved.',
    );
    expect(new Set(warnings).size).to.equal(warnings.length);
    await h.ready();
    expect(h.paired).to.have.length(7);
  });

  describe('on the real archive', () => {
    t.onRealArchive();

    it('shows the seed’s pair aligned: introductions on their own, the article pair by pair', async () => {
      const h = await reader(
        html`<fosc-bilingual-reader article="silence-on-decolonise" languages="en fr"></fosc-bilingual-reader>`,
      );
      const segs = h.segments;
      for (const seg of segs) for (const v of h.versions(seg)) expect(v.getAttribute('lang')).to.match(/^(en|fr)$/);
      const paired = h.paired;
      expect(paired).to.have.length(9);
      expect(t.textOf(h.versions(paired[0])[0])).to.match(/^When Niger’s military government/);
      expect(t.textOf(h.versions(paired[0])[1])).to.match(/^Lorsque le gouvernement militaire/);
      // The English byline is two lines in French: one segment.
      const byline = paired.find((s) => t.textOf(h.versions(s)[0]).startsWith('Djibo Bakary, Editorial'))!;
      expect(h.versions(byline)[1].querySelectorAll('p')).to.have.length(2);
      // Introductions and the French paragraph past the English text are one-sided, and say so.
      const onlyFrench = segs.filter(
        (s) => t.textOf(s.querySelector('[part~="only-in"]')) === 'Only in the French version',
      );
      expect(onlyFrench).to.have.length(2);
      expect(t.textOf(segs.at(-1)!.querySelector('[part~="version"]'))).to.match(/^Comme c’était différent/);
      expect(t.textOf(segs.find((s) => /Only in the English version/.test(t.textOf(s)))!)).to.contain(
        'Events in the Sahel region',
      );
    });
  });
});
