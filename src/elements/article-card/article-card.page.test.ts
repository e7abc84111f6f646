/**
 * The card on a partner's page (issue 13): every state × light, dark, forced colours × en, fr, zh-Hans, axe clean;
 * text spacing at 320 px and wide, and large text, with nothing cut; the colour scheme the page declares.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../i18n/localization.js';
import * as t from '../../../test/browser/harness/index.js';
import './article-card.js';

/** The fixture archive, plus a dated post and a post whose data cannot be downloaded. */
function useStates(): void {
  t.useFixtureSummaries(
    async (id, summary, summaryOf) => {
      if (id === 'broken') throw new Error('offline');
      if (id === 'dated') return { ...(await summaryOf('a-letter-from-the-coast'))!, id: 'dated', date: '2024-06-05' };
      return summary;
    },
    ['broken', 'dated'],
  );
}

/** The box of a card's last child that is drawn (a slot's box is its assigned elements'). */
function lastLine(card: Element): DOMRect {
  const children = [...card.children].flatMap((e) =>
    e instanceof HTMLSlotElement ? e.assignedElements({ flatten: true }) : [e],
  );
  return children
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.height > 0)
    .pop()!;
}

/** Every state the card has, each under its own name. */
const STATES: Record<string, TemplateResult> = {
  normal: html`<fosc-article-card article="a-letter-from-the-coast"></fosc-article-card>`,
  dated: html`<fosc-article-card article="dated"></fosc-article-card>`,
  compact: html`<fosc-article-card variant="compact" article="short-dispatch"></fosc-article-card>`,
  'not found': html`<fosc-article-card article="no-such-post"><a href="/">Our archive</a></fosc-article-card>`,
  failed: html`<fosc-article-card article="broken"><a href="/">The post</a></fosc-article-card>`,
  switched: html`<fosc-article-card
    data-switch
    article="harbour-lights"
    href="https://partner.example/harbour"
  ></fosc-article-card>`,
  'no link': html`<fosc-article-card article="field-notes"></fosc-article-card>`,
};

/** A partner page with every state of the card on it, loaded, the translation switched. */
async function everyState(width = '40rem'): Promise<{ page: HTMLElement; cards: t.ArticleCardHarness[] }> {
  const page = await t.partnerPage(
    html`<div style="display: grid; gap: 1rem; inline-size: ${width}">${Object.values(STATES)}</div>`,
  );
  const cards = [...page.querySelectorAll('fosc-article-card')].map((el) => new t.ArticleCardHarness(el));
  await Promise.all(cards.map((c) => c.loaded()));
  const switching = cards.find((c) => c.element.hasAttribute('data-switch'))!;
  await switching.switchTranslation();
  expect(switching.title!.textContent).to.equal('Les feux du port restent allumés');
  return { page, cards };
}

describe('<fosc-article-card> on a partner’s page', function () {
  this.timeout(60_000);
  let warnings: t.CapturedWarnings;
  beforeEach(() => {
    useStates();
    warnings = t.captureWarnings(); // "no article …", "could not be loaded": on purpose
  });
  afterEach(() => {
    warnings.restore();
    t.useFixtureArchive();
  });

  for (const theme of t.THEMES) {
    for (const locale of t.A11Y_LOCALES) {
      it(`every state is accessible: ${theme}, ${locale}`, async () => {
        const reset = await t.useTheme(theme);
        try {
          await setLocale(locale);
          const { page, cards } = await everyState();
          expect(cards.map((c) => (c.title ?? c.status)!.localName)).to.deep.equal([
            'h2',
            'h2',
            'h2',
            'p',
            'p',
            'h2',
            'h2',
          ]);
          await t.expectAccessible(page);
        } finally {
          await setLocale(null);
          await reset();
        }
      });
    }
  }

  for (const [name, width] of [
    ['320 px', '288px'],
    ['wide', '40rem'],
  ]) {
    it(`text spacing (WCAG 1.4.12) at ${name}: every state fits its text, nothing is cut`, async () => {
      const { page, cards } = await everyState(width);
      const before = cards.map((c) => c.part('card')!.getBoundingClientRect().height);
      const remove = t.applyTextSpacing(page);
      try {
        await t.settled();
        expect(t.clippedElements(page)).to.deep.equal([]);
        cards.forEach((c, i) => {
          const box = c.part('card')!.getBoundingClientRect();
          expect(box.height, `card ${i} never shrinks`).to.be.at.least(before[i]);
          // Its last line ("Also in …", the note, the fallback) inside its box.
          const last = lastLine(c.part('card')!);
          expect(last.bottom, `card ${i}`).to.be.at.most(box.bottom);
        });
      } finally {
        remove();
      }
    });
  }

  it('large page text (20 px): the compact title keeps its descenders', async () => {
    const page = await t.partnerPage(
      html`<div style="font-size: 20px; inline-size: 20rem">
        <fosc-article-card variant="compact" article="short-dispatch"></fosc-article-card>
      </div>`,
    );
    const h = new t.ArticleCardHarness(page.querySelector('fosc-article-card')!);
    await h.loaded();
    expect(t.clippedElements(page)).to.deep.equal([]);
    const card = h.part('card')!.getBoundingClientRect();
    const title = h.title!.getBoundingClientRect();
    expect(title.bottom).to.be.at.most(card.bottom);
    expect(parseFloat(getComputedStyle(h.title!).fontSize)).to.equal(20);
    // Two lines of title, whole.
    expect(title.height).to.be.at.least(2 * 20 * 1.2);
  });

  it('reserves a least height, the same before and after it renders, and grows past it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    t.useFixtureArchiveThrough((name, read) => held.then(() => read(name)));
    const page = await t.partnerPage(
      html`<div style="inline-size: 40rem">
        <fosc-article-card article="field-notes"></fosc-article-card>
        <fosc-article-card variant="compact" article="field-notes"></fosc-article-card>
      </div>`,
    );
    const [full, compact] = [...page.querySelectorAll('fosc-article-card')].map((el) => new t.ArticleCardHarness(el));
    const em = parseFloat(getComputedStyle(full.element).fontSize);
    expect(full.loading).to.equal(true);
    expect(full.element.getBoundingClientRect().height).to.be.closeTo(12.5 * em, 0.5);
    expect(compact.element.getBoundingClientRect().height).to.be.closeTo(5.5 * em, 0.5);
    release();
    await full.loaded();
    await compact.loaded();
    expect(full.element.getBoundingClientRect().height).to.be.at.least(12.5 * em - 0.5);
    expect(compact.element.getBoundingClientRect().height).to.be.at.least(5.5 * em - 0.5);
    // A long title, large text: it grows past the least height rather than cut anything.
    full.element.style.setProperty('--fosc-card-min-height', '3em');
    full.element.style.fontSize = '40px';
    expect(full.element.getBoundingClientRect().height).to.be.greaterThan(6 * 40);
    expect(t.clippedElements(page)).to.deep.equal([]);
  });
});

describe('<fosc-article-card> colour scheme: it follows the page', () => {
  const background = (h: t.ArticleCardHarness) => {
    const [r, g, b] = getComputedStyle(h.part('card')!).backgroundColor.match(/\d+/g)!.map(Number);
    return (r + g + b) / 3;
  };
  let h: t.ArticleCardHarness;
  beforeEach(async () => {
    h = await t.ArticleCardHarness.fixture(html`<fosc-article-card article="field-notes"></fosc-article-card>`);
  });
  afterEach(async () => {
    document.querySelectorAll('meta[name="color-scheme"]').forEach((m) => m.remove());
    document.documentElement.style.colorScheme = '';
    await t.emulateMedia({});
  });

  it('stays light on a page that does not declare dark support, even when the OS is dark', async () => {
    await t.emulateMedia({ 'prefers-color-scheme': 'dark' });
    expect(background(h)).to.be.greaterThan(200);
  });

  it('follows the OS to dark on a page whose <meta name="color-scheme"> includes dark, and back, live', async () => {
    await t.emulateMedia({ 'prefers-color-scheme': 'dark' });
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    expect(background(h)).to.be.lessThan(60);
    await t.emulateMedia({ 'prefers-color-scheme': 'light' });
    expect(background(h)).to.be.greaterThan(200);
    await t.emulateMedia({ 'prefers-color-scheme': 'dark' });
    meta.content = 'light';
    expect(background(h)).to.be.greaterThan(200);
  });

  it('follows the OS on a page whose root declares color-scheme: light dark', async () => {
    await t.emulateMedia({ 'prefers-color-scheme': 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    expect(background(h)).to.be.lessThan(60);
    document.documentElement.style.colorScheme = 'light';
    expect(background(h)).to.be.greaterThan(200);
  });

  it('is dark with theme="dark" on a light page, light with theme="light" on a dark one', async () => {
    h.element.theme = 'dark';
    await h.settled();
    expect(background(h)).to.be.lessThan(60);
    await t.emulateMedia({ 'prefers-color-scheme': 'dark' });
    document.documentElement.style.colorScheme = 'dark';
    h.element.theme = 'light';
    await h.settled();
    expect(background(h)).to.be.greaterThan(200);
  });

  it('keeps its border and the focus ring in forced colours', async () => {
    await t.emulateMedia({ 'forced-colors': 'active' });
    const card = getComputedStyle(h.part('card')!);
    expect(card.borderTopStyle).to.equal('solid');
    expect(card.borderTopColor).to.not.equal(card.backgroundColor);
    const note = h.part('note')!;
    expect(note.textContent).to.contain('not online');
    h.element.setAttribute('href', 'https://partner.example/');
    await h.settled();
    const before = document.createElement('button');
    h.element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    before.remove();
    expect(h.focusedName).to.equal('a "Field notes from the salt marsh"');
    const ring = getComputedStyle(h.link!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });
});
