import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import { setLocale } from '../../index.js';
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
    // The editor's note and the French closing line are one-sided, and say so (naming the version that lacks them,
    // so the note above the editor's English words is true).
    const onlyFrench = h.segments.filter(
      (s) => t.textOf(s.querySelector('[part~="only-in"]')) === 'Not in the English version',
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
    // Its label is the other language's own name, in that language; its name adds a whole sentence.
    expect(t.textOf(button.querySelector('[lang="fr"]'))).to.equal('français');
    expect(t.textOf(button)).to.equal('français Show the paragraph “The dockworkers of the northern…” in French');
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
    expect(h.announcement).to.equal('Post shown in French.');
    expect(switches.map((e) => e.detail.scope)).to.deep.equal(['segment', 'segment', 'article']);
  });

  it('lets the reader change mode from the toolbar: three radio buttons, one tab stop, arrow keys between them', async () => {
    const h = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    const radios = () => h.$$<HTMLInputElement>('[part~="mode"] input[type="radio"]');
    expect(radios().map((r) => r.checked)).to.deep.equal([true, false, false]);
    expect(h.$('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Layout');
    h.parts('mode')[2].click();
    await h.settled();
    expect(h.mode).to.equal('single');
    expect(radios().map((r) => r.checked)).to.deep.equal([false, false, true]);
    radios()[2].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await h.settled();
    expect(h.mode).to.equal('side-by-side');
    expect(h.part('mode-active')!.textContent!.trim()).to.equal('Side by side');
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
    expect(h.text('note')).to.equal('This post has no translation.');
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
    // The titles head the reader, once: not again as the first segment.
    expect(h.parts('title').map((title) => `${title.lang}:${t.textOf(title)}`)).to.deep.equal(['fr:Titre', 'en:Title']);
    expect(rows).to.deep.equal([
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
      expect(missing.text('note')).to.equal('This post could not be found.');
      expect(warnings.messages.at(-1)).to.equal('fosc-bilingual-reader: no article with id "nope" in this archive.');
    } finally {
      warnings.restore();
    }
  });

  it('says when the post cannot be loaded, and "Try again" loads it', async () => {
    await t.whileOffline(async (network, warnings) => {
      const h = await reader(html`<fosc-bilingual-reader article="harbour-lights"></fosc-bilingual-reader>`);
      expect(h.part('retry')).to.exist;
      expect(h.text('note')).to.equal('The post could not be loaded. Check your connection.');
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
      expect(h.text('note')).to.equal('This post could not be found.');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.include(
      'fosc-bilingual-reader: mode (0) is not one of interleaved, side-by-side, single; using interleaved.',
    );
    expect(new Set(warnings).size).to.equal(warnings.length);
    await h.ready();
    expect(h.paired).to.have.length(7);
  });

  it('ignores a page address whose fragment is not valid percent-encoding, on load and on hashchange', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => {
      errors.push(String('reason' in e ? e.reason : (e.error ?? e.message)));
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const page = location.pathname + location.search;
    try {
      history.replaceState(null, '', `${page}#100%`);
      const h = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
      await new Promise((r) => setTimeout(r, 50));
      location.hash = '%E0%A4%A';
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
      // A fragment that names a segment still leads to it.
      location.hash = h.segments[3].id;
      await t.until(() => h.focused === h.segments[3], 'did not focus the linked segment');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      history.replaceState(null, '', page);
    }
  });

  it('titles the reader at heading-level (default 2), its sections one level below', async () => {
    const levelOf = (h: t.BilingualReaderHarness) => ({
      title: h.part('title')!.parentElement!.localName,
      sections: [...new Set(h.$$('[part~="version"] :is(h1, h2, h3, h4, h5, h6)').map((e) => e.localName))],
    });
    const plain = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    expect(levelOf(plain)).to.deep.equal({ title: 'h2', sections: ['h3'] });
    // Both titles are one heading, each in its language.
    expect(plain.$$('h2')).to.have.length(1);
    expect(plain.parts('title').map((title) => title.lang)).to.deep.equal(['fr', 'en']);
    const h4 = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" heading-level="4"></fosc-bilingual-reader>`,
    );
    expect(levelOf(h4)).to.deep.equal({ title: 'h4', sections: ['h5'] });
    const h6 = await reader(
      html`<fosc-bilingual-reader article="les-feux-du-port" heading-level="6"></fosc-bilingual-reader>`,
    );
    expect(levelOf(h6)).to.deep.equal({ title: 'h6', sections: ['h6'] });
    const warnings = t.captureWarnings();
    try {
      const odd = await reader(
        html`<fosc-bilingual-reader article="les-feux-du-port" heading-level="9"></fosc-bilingual-reader>`,
      );
      expect(levelOf(odd)).to.deep.equal({ title: 'h2', sections: ['h3'] });
      expect(warnings.including('heading-level="9"')).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('marks the pairs the aligner is unsure of, with a note in the UI’s language, and only those', async () => {
    // The French text lacks one of four English paragraphs of about the same length: which one, the lengths
    // cannot tell for sure.
    const h = await reader(
      html`<fosc-bilingual-reader languages="en fr">
        <article lang="en">
          <p>The night shift keeps its crews of six, and nobody works a double turn.</p>
          <p>The port authority pays for new boots and gloves before the cold months.</p>
          <p>Each crew elects a safety delegate who can stop a crane at any moment.</p>
          <p>The lamps along the quay are checked every evening by the first crew.</p>
        </article>
        <article lang="fr">
          <p>L’équipe de nuit garde ses équipes de six, et personne ne fait de double service.</p>
          <p>L’autorité portuaire paie de nouvelles bottes et des gants avant les mois froids.</p>
          <p>Les lampes le long du quai sont vérifiées chaque soir par la première équipe.</p>
        </article>
      </fosc-bilingual-reader>`,
    );
    const weak = h.segments.map((s) => s.dataset.weak === 'true');
    expect(weak).to.deep.equal([false, true, true, false]);
    const note = h.segments[1].querySelector('[part~="weak"]')!;
    expect(note.getAttribute('lang')).to.equal('en');
    expect(t.textOf(note)).to.equal('≈ This pairing may be inexact.');
    // In one language, the doubt shows once the reader switches that paragraph.
    h.parts('mode')[2].click();
    await h.settled();
    expect(h.segments[1].querySelector('[part~="weak"]')).to.equal(null);
    h.segments[1].querySelector<HTMLButtonElement>('[part~="segment-switch"]')!.click();
    await h.settled();
    expect(h.segments[1].querySelector('[part~="weak"]')).to.exist;
    // The archive pair, aligned with confidence, has none.
    const sure = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    expect(sure.parts('weak')).to.have.length(0);
  });

  it('names any language in the UI’s language inside sentences, and in its own on the paragraph buttons', async () => {
    const pair = html`<fosc-bilingual-reader mode="single" languages="en de">
      <article lang="en">
        <p>All human beings are born free and equal in dignity and rights.</p>
        <p>Everyone has the right to life, liberty and security of person.</p>
      </article>
      <article lang="de">
        <p>Alle Menschen sind frei und gleich an Würde und Rechten geboren.</p>
        <p>Jeder hat das Recht auf Leben, Freiheit und Sicherheit der Person.</p>
      </article>
    </fosc-bilingual-reader>`;
    try {
      await setLocale('fr');
      const h = await reader(pair);
      expect(h.text('switch-all')).to.equal('Tout lire en allemand');
      const button = h.part('segment-switch')!;
      expect(t.textOf(button.querySelector('[lang="de"]'))).to.equal('Deutsch');
      expect(t.textOf(button)).to.equal(
        'Deutsch Afficher en allemand le paragraphe « All human beings are born free… »',
      );
      // French guillemets hold the quotation with narrow no-break spaces, which never break a line.
      expect(button.textContent).to.contain('«\u202fAll human').and.contain('free…\u202f»');
      button.click();
      await h.settled();
      expect(h.announcement).to.equal('Paragraphe affiché en allemand.');
      h.part('switch-all')!.click();
      await h.settled();
      expect(h.announcement).to.equal('Article affiché en allemand.');
      expect(h.text('switch-all')).to.equal('Tout lire en anglais');
      await setLocale('es');
      h.part('switch-all')!.click();
      await h.settled();
      expect(h.announcement).to.equal('Se muestra el artículo en inglés.');
      await setLocale('zh-Hans');
      expect(h.text('switch-all')).to.equal('全文切换为德语');
    } finally {
      await setLocale(null);
    }
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
        (s) => t.textOf(s.querySelector('[part~="only-in"]')) === 'Not in the English version',
      );
      expect(onlyFrench).to.have.length(2);
      expect(t.textOf(segs.at(-1)!.querySelector('[part~="version"]'))).to.match(/^Comme c’était différent/);
      expect(t.textOf(segs.find((s) => /Not in the French version/.test(t.textOf(s)))!)).to.contain(
        'Events in the Sahel region',
      );
    });
  });
});
