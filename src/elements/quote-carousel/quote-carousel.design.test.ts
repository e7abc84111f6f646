/**
 * What a designer checks (issue 13): previous and next together on one row, the rotation control's French label on
 * that row too; no blank the size of the longest quote under a short one; both slides in a transition, none under
 * reduced motion; a quote cut mid-sentence marked; French guillemets; non-text contrast; forced colours; RTL.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../i18n/localization.js';
import * as t from '../../../test/browser/harness/index.js';
import './quote-carousel.js';

async function onPage(template: ReturnType<typeof html>) {
  const page = await t.partnerPage(template);
  const h = new t.QuoteCarouselHarness(page.querySelector('fosc-quote-carousel')!);
  await h.loaded();
  await h.settled();
  return { page, h };
}

const box = (el: Element | Range) => el.getBoundingClientRect();
const sameRow = (a: Element, b: Element) => Math.abs(box(a).top - box(b).top) < 2;

/** How far a quote's words stand from its box's left and right edges (the opening mark aside). */
function margins(quote: Element) {
  const words = document.createRange();
  words.selectNodeContents(quote);
  return { left: box(words).left - box(quote).left, right: box(quote).right - box(words).right };
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<fosc-quote-carousel> design', () => {
  before(t.useFixtureArchive);
  afterEach(async () => {
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
    await t.emulateMedia({});
  });
  after(() => setLocale(null));

  it('French: the rotation control, previous and next share one row on a wide carousel', async () => {
    await setLocale('fr');
    const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
    expect(h.rotationLabel).to.equal('Arrêter le défilement');
    expect(sameRow(h.part('rotation')!, h.part('previous')!), 'rotation and previous').to.equal(true);
    expect(sameRow(h.part('previous')!, h.part('next')!), 'previous and next').to.equal(true);
  });

  for (const locale of ['en', 'fr', 'es', 'zh-Hans']) {
    it(`${locale} at 320 px: previous and next stay together, and nothing sticks out`, async () => {
      await setViewport({ width: 320, height: 640 });
      await setLocale(locale);
      const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
      const [previous, next, carousel] = [h.part('previous')!, h.part('next')!, h.part('carousel')!];
      expect(sameRow(previous, next)).to.equal(true);
      expect(box(next).left - box(previous).right, 'gap between them').to.be.below(120);
      for (const part of [h.part('rotation')!, previous, next]) {
        expect(box(part).right).to.be.at.most(box(carousel).right);
        expect(box(part).left).to.be.at.least(box(carousel).left);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('is as tall as the quote on show: no blank the size of the longest under a short one', async () => {
    await setViewport({ width: 320, height: 640 });
    const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
    const heights = [];
    for (let i = 0; i < h.slides.length; i++) {
      await h.animationsDone();
      const area = box(h.part('slides')!).height;
      const quote = box(h.currentSlide!.querySelector('figure')!).height;
      expect(area - quote, `blank under quote ${i + 1}`).to.be.below(1);
      heights.push(quote);
      await h.next();
    }
    expect(Math.max(...heights) - Math.min(...heights), 'the fixture’s quotes differ in height').to.be.above(40);
  });

  it('both slides take part in a move: the old one fades out as the new one fades in; the height glides', async () => {
    await t.emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
    const old = h.currentSlide!;
    await h.next();
    const animated = (el: Element) => el.getAnimations().length > 0;
    expect(animated(old), 'old slide').to.equal(true);
    expect(getComputedStyle(old).visibility, 'old slide, while it fades').to.equal('visible');
    expect(animated(h.currentSlide!), 'new slide').to.equal(true);
    await h.animationsDone();
    expect(getComputedStyle(old).display, 'old slide, once faded').to.equal('none');
  });

  it('a quote taken from inside a sentence shows a leading "…"; its text stays verbatim', async () => {
    const { h } = await onPage(
      html`<fosc-quote-carousel interval="60000">
        <blockquote>and so the harbour lights stayed on all winter.</blockquote>
        <blockquote>The harbour lights stayed on all winter.</blockquote>
        <blockquote>“as they always had,” she said, and left.</blockquote>
      </fosc-quote-carousel>`,
    );
    const [cut, whole, quoted] = h.slides.map((s) => s.querySelector('blockquote')!);
    expect(cut.textContent).to.equal('and so the harbour lights stayed on all winter.');
    expect(getComputedStyle(cut, '::before').content).to.equal('open-quote "…"');
    expect(getComputedStyle(whole, '::before').content).to.equal('open-quote');
    expect(getComputedStyle(quoted, '::before').content).to.equal('open-quote "…"');
  });

  it('French quotes hold narrow no-break spaces inside « », never plain spaces', async () => {
    const { h } = await onPage(html`<fosc-quote-carousel language="fr"></fosc-quote-carousel>`);
    const quote = h.currentSlide!.querySelector('blockquote')!;
    expect(quote.lang).to.equal('fr');
    const marks = getComputedStyle(quote).quotes;
    expect(marks).to.contain('«\u202f').and.contain('\u202f»');
    expect(marks).not.to.match(/« |\u00a0»| »/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: the buttons' borders reach 3:1 against the carousel (WCAG 1.4.11)`, async () => {
      const reset = await t.useTheme(theme);
      try {
        const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
        const surface = getComputedStyle(h.part('carousel')!).backgroundColor;
        for (const name of ['rotation', 'previous', 'next']) {
          const border = getComputedStyle(h.part(name)!).borderTopColor;
          expect(contrast(border, surface), name).to.be.at.least(3);
        }
        // The icons and the position are text-coloured or muted text: 4.5:1.
        expect(contrast(getComputedStyle(h.part('position')!).color, surface)).to.be.at.least(4.5);
      } finally {
        await reset();
      }
    });
  }

  it('forced colours: buttons keep a border, icons and the position are painted in system colours', async () => {
    const reset = await t.useTheme('forced-colors');
    try {
      const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
      const surface = getComputedStyle(h.part('carousel')!).backgroundColor;
      for (const name of ['rotation', 'previous', 'next']) {
        const button = h.part(name)!;
        const style = getComputedStyle(button);
        expect(style.borderTopWidth, name).not.to.equal('0px');
        expect(contrast(style.borderTopColor, surface), `${name} border`).to.be.at.least(3);
        const icon = button.querySelector('svg')!;
        const ink =
          getComputedStyle(icon).fill === 'none' ? getComputedStyle(icon).stroke : getComputedStyle(icon).fill;
        expect(contrast(ink, surface), `${name} icon`).to.be.at.least(4.5);
      }
      const position = h.part('position')!;
      expect(box(position).width).to.be.above(10);
      expect(contrast(getComputedStyle(position).color, surface)).to.be.at.least(4.5);
    } finally {
      await reset();
    }
  });

  it('on a right-to-left page: previous at the right, arrows flipped; Arabic and Hebrew quotes read right to left', async () => {
    const { h } = await onPage(
      html`<div dir="rtl" lang="ar">
        <fosc-quote-carousel interval="60000">
          <blockquote>
            المعرفة نور، والجهل ظلام لا ينتهي إلا بالتعلم.
            <footer>ابن خلدون</footer>
          </blockquote>
          <blockquote lang="he">מי שמציל נפש אחת כאילו הציל עולם ומלואו.</blockquote>
        </fosc-quote-carousel>
      </div>`,
    );
    const [rotation, previous, next] = [h.part('rotation')!, h.part('previous')!, h.part('next')!];
    expect(box(previous).left, 'previous right of next').to.be.above(box(next).left);
    expect(box(rotation).left, 'rotation control at the start (right)').to.be.above(box(previous).left);
    for (const button of [previous, next]) {
      expect(getComputedStyle(button.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    }
    // "1 of 2" keeps its English order on the Arabic page.
    expect(h.part('position')!.dir).to.equal('ltr');
    for (const slide of h.slides) {
      const quote = slide.querySelector('blockquote')!;
      expect(getComputedStyle(quote).direction, quote.lang).to.equal('rtl');
    }
    // Aligned right: only the opening mark (one glyph) between the words and the right edge.
    const { left, right } = margins(h.currentSlide!.querySelector('blockquote')!);
    expect(right).to.be.below(24);
    expect(left).to.be.above(right + 100);
  });

  it('on a right-to-left page, the UI’s English sentences keep their order and stand at the right', async () => {
    const { h } = await onPage(
      html`<div dir="rtl" lang="ar"><fosc-quote-carousel speaker="Nobody Atall"></fosc-quote-carousel></div>`,
    );
    expect(h.status).to.equal('No quotes to show.');
    const sentence = h.part('status')!.querySelector('span')!;
    expect(sentence.dir).to.equal('ltr');
    expect(box(h.part('status')!).right - box(sentence).right).to.be.below(1);
  });

  it('on a left-to-right page, an Arabic quote still reads right to left, aligned right', async () => {
    const { h } = await onPage(
      html`<fosc-quote-carousel interval="60000">
        <blockquote lang="ar">المعرفة نور، والجهل ظلام لا ينتهي إلا بالتعلم.<cite>ابن خلدون</cite></blockquote>
      </fosc-quote-carousel>`,
    );
    const quote = h.currentSlide!.querySelector('blockquote')!;
    expect(getComputedStyle(quote).direction).to.equal('rtl');
    const { left, right } = margins(quote);
    expect(right).to.be.below(24);
    expect(left).to.be.above(right + 100);
    expect(box(h.part('speaker')!).right).to.be.closeTo(box(quote).right, 2);
  });

  it('at 200 % zoom (640 px wide) it fits: no sideways scrolling, controls inside the carousel', async () => {
    await setViewport({ width: 640, height: 600 });
    await setLocale('fr');
    document.documentElement.style.zoom = '2';
    try {
      const { h } = await onPage(html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`);
      expect(sameRow(h.part('previous')!, h.part('next')!)).to.equal(true);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(t.clippedElements(h.element)).to.deep.equal([]);
    } finally {
      document.documentElement.style.zoom = '';
    }
  });
});
