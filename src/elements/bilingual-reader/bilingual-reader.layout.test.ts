/**
 * The reader's layout as a designer checks it (issue 13): lines of 45–75 characters, no half-width blanks side by
 * side, notes that label the text they stand by, a toolbar that wraps between its choices, nothing clipped under
 * WCAG text spacing, and a focus ring on a linked segment that also shows in forced colours.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../index.js';
import * as t from '../../../test/browser/harness/index.js';
import './bilingual-reader.js';
import { MODES, type Mode } from './segments-view.js';

const box = (el: Element) => el.getBoundingClientRect();

/** Paragraphs shown, each's lines but its last (a paragraph's last line is as short as its text). */
function fullLines(h: t.BilingualReaderHarness): number[] {
  return h
    .$$('[part~="version"] p:not(.byline, .origin, .caption, .event)')
    .flatMap((p) => t.charsPerLine(p).slice(0, -1));
}

describe('<fosc-bilingual-reader> layout', () => {
  before(t.useFixtureArchive);

  const archive = (mode: Mode, width: number) =>
    t.partnerPage(
      html`<fosc-bilingual-reader
        style="width: ${width}px"
        article="silence-on-decolonise"
        languages="en fr"
        mode=${mode}
      ></fosc-bilingual-reader>`,
    );
  const harness = async (page: HTMLElement) => {
    const h = new t.BilingualReaderHarness(page.querySelector('fosc-bilingual-reader')!);
    await h.ready();
    return h;
  };

  describe('on the real archive', () => {
    t.onRealArchive();

    it('keeps lines between 45 and 75 characters in every mode, from a phone’s width to a wide screen', async function () {
      this.timeout(30_000);
      const seen: string[] = [];
      for (const mode of MODES) {
        for (const width of [1280, 1100, 960, 800, 640, 480]) {
          const h = await harness(await archive(mode, width));
          const lines = fullLines(h);
          expect(lines.length, `${mode} at ${width}px`).to.be.greaterThan(20);
          const [min, max] = [Math.min(...lines), Math.max(...lines)];
          const sorted = [...lines].sort((a, b) => a - b);
          seen.push(`${mode} ${width}: ${min}–${max} (median ${sorted[sorted.length >> 1]})`);
          expect(max, `${mode} at ${width}px`).to.be.at.most(75);
          // Narrower than 45 characters only when the screen itself is (a phone held upright).
          if (width >= 640) expect(min, `${mode} at ${width}px`).to.be.at.least(45);
          else expect(min, `${mode} at ${width}px`).to.be.at.least(35);
        }
      }
      // At 320 px, lines are as long as the screen allows: the reader does not narrow them further.
      const phone = await harness(await archive('single', 320));
      const inner = box(phone.part('segments')!).width;
      expect(inner).to.be.at.least(320 - 2 * 16 - 2 - 2 * 15);
      console.log(`characters per line: ${seen.join('; ')}`);
    });

    it('side by side: each post’s own introduction stands in its column, the two in one row, no blank box', async () => {
      const h = await harness(await archive('side-by-side', 1280));
      expect(h.$$('.empty')).to.have.length(0);
      const oneSided = h.segments.filter((s) => s.dataset.oneSided === 'true');
      const [firstCol, secondCol] = h.versions(h.paired[0]).map(box);
      for (const seg of oneSided) {
        const [version] = h.versions(seg);
        const column = version.lang === 'en' ? firstCol : secondCol;
        // In its own version's column, as wide as that column, and nothing else in the segment.
        expect(Math.abs(box(seg).left - column.left), seg.id).to.be.lessThan(1);
        expect(box(seg).width, seg.id).to.be.at.most(column.width + 1);
      }
      // The French post's introduction and the English post's start level, side by side.
      const french = oneSided.find((s) => h.versions(s)[0].lang === 'fr')!;
      const english = oneSided.find((s) => h.versions(s)[0].lang === 'en')!;
      expect(Math.abs(box(french).top - box(english).top)).to.be.lessThan(1);
    });

    it('labels a part one version lacks by naming that version, in the UI’s language, beside the part', async () => {
      for (const mode of MODES) {
        const h = await harness(await archive(mode, 1280));
        // The French post's introduction is in English: its note does not call it French.
        const intro = h.segments.find((s) => t.textOf(s).includes('We are very pleased that our article'))!;
        const note = intro.querySelector<HTMLElement>('[part~="only-in"]')!;
        expect(t.textOf(note), mode).to.equal('Not in the English version');
        expect(note.lang).to.equal('en');
        const [version] = h.versions(intro);
        expect(version.querySelector('p[lang="en"]'), mode).to.exist;
        // Right above the text it labels, in the same column.
        expect(Math.abs(box(note).left - box(version).left), mode).to.be.lessThan(1);
        expect(box(version).top - box(note).bottom, mode).to.be.within(0, 12);
      }
    });

    it('in French, at 320 px and at 200 % zoom, the layout choices wrap between pills, never inside one', async () => {
      try {
        for (const locale of ['en', 'fr', 'zh-Hans']) {
          await setLocale(locale);
          for (const style of ['width: 320px', 'width: 640px; zoom: 2', 'width: 1000px']) {
            const page = await t.partnerPage(
              html`<div style=${style}>
                <fosc-bilingual-reader article="silence-on-decolonise" mode="single"></fosc-bilingual-reader>
              </div>`,
            );
            const h = await harness(page);
            for (const pill of [...h.parts('mode'), h.part('switch-all')!]) {
              // CSS zoom scales boxes, not computed lengths.
              const zoom = box(h.element).width / h.element.offsetWidth;
              const lineHeight = parseFloat(getComputedStyle(pill).lineHeight) * zoom;
              expect(box(pill).height, `${locale} ${style}: ${t.textOf(pill)}`).to.be.below(lineHeight * 2);
            }
            expect(h.element.scrollWidth, `${locale} ${style}`).to.be.at.most(h.element.clientWidth + 1);
          }
        }
      } finally {
        await setLocale(null);
      }
    });
  });

  describe('text spacing (WCAG 1.4.12)', () => {
    const cases: [string, TemplateResult][] = [];
    for (const mode of MODES) {
      cases.push([
        `${mode}, archive pair`,
        html`<fosc-bilingual-reader article="les-feux-du-port" mode=${mode}></fosc-bilingual-reader>`,
      ]);
      cases.push([
        `${mode}, Arabic partner pair`,
        html`<fosc-bilingual-reader languages="ar en" mode=${mode}>
          ${t.udhrArticle('ar', 'rtl')} ${t.udhrArticle('en')}
        </fosc-bilingual-reader>`,
      ]);
    }
    for (const width of [320, 1280]) {
      it(`clips no control, title or text at ${width} px`, async function () {
        this.timeout(20_000);
        for (const [name, reader] of cases) {
          const page = await t.partnerPage(html`<div style="width: ${width}px">${reader}</div>`);
          const h = await harness(page);
          const undo = t.applyTextSpacing(page);
          try {
            await new Promise((r) => requestAnimationFrame(r));
            expect(t.clippedElements(page), `${name} at ${width}px`).to.deep.equal([]);
            // Nothing sticks out sideways either.
            expect(h.element.scrollWidth, `${name} at ${width}px`).to.be.at.most(h.element.clientWidth + 1);
            for (const control of h.$$('button, label, [part~="title"]')) {
              const r = box(control);
              expect(r.right, `${name}: ${t.textOf(control)}`).to.be.at.most(box(h.element).right + 1);
              expect(r.height, `${name}: ${t.textOf(control)}`).to.be.greaterThan(0);
            }
          } finally {
            undo();
          }
        }
      });
    }
  });

  for (const theme of t.THEMES) {
    it(`shows a clear ring around a segment a link points at (${theme})`, async () => {
      const reset = await t.useTheme(theme);
      const page = location.pathname + location.search;
      // :focus matches only in a page that has the focus (another test file's page may hold it).
      await sendMouse({ type: 'click', position: [0, 0] });
      await resetMouse();
      try {
        const h = await harness(
          await t.partnerPage(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`),
        );
        const target = h.segments[4];
        location.hash = target.id;
        await t.until(() => h.focused === target, 'did not focus the linked segment');
        const style = getComputedStyle(target);
        expect(style.outlineStyle, `focus ${target.matches(':focus')} doc ${document.hasFocus()}`).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      } finally {
        history.replaceState(null, '', page);
        await reset();
      }
    });
  }
});
