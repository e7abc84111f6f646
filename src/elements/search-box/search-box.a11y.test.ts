/**
 * The search box on a partner's page (issue 13): every state × light, dark, forced colours × en, fr, zh-Hans under
 * axe; contrast of the field's edge and of matched words; forced colours; text spacing; narrow screens, zoom and
 * right-to-left pages.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as t from '../../../test/browser/harness/index.js';
import { setLocale } from '../../i18n/localization.js';
import './search-box.js';

const STATES = ['closed', 'too short', 'loading', 'open, a result active', 'no results', 'unavailable'] as const;
type State = (typeof STATES)[number];

/**
 * Renders the box on a partner page (`attrs` on its wrapper: `dir`, `lang`, `style`) and brings it to `state`.
 * Returns the page, the harness and a function that puts the archive back.
 */
async function boxIn(state: State, wrapper: { dir?: 'ltr' | 'rtl'; lang?: string; style?: string } = {}) {
  let release = () => {};
  const warnings = t.captureWarnings();
  if (state === 'loading') {
    const gate = new Promise<void>((r) => (release = r));
    t.useFixtureArchiveThrough(async (name, read) => (name === 'search/manifest' && (await gate), read(name)));
  } else if (state === 'unavailable') {
    t.useFixtureArchiveThrough(() => Promise.reject(new Error('offline')));
  }
  const page = await t.partnerPage(
    html`<div dir=${wrapper.dir ?? 'ltr'} lang=${wrapper.lang ?? 'en'} style=${wrapper.style ?? ''}>
      <fosc-search-box debounce="0" shortcut></fosc-search-box>
    </div>`,
  );
  const h = new t.SearchBoxHarness(page.querySelector('fosc-search-box')!);
  await h.settled();
  if (state === 'too short') {
    await h.paste('c');
    await h.idle();
  } else if (state === 'loading' || state === 'unavailable') {
    await h.paste('harbour');
    await t.until(() => h.status, `no message while ${state}`);
  } else if (state === 'open, a result active') {
    await h.searchFor('harbour');
    await sendKeys({ press: 'ArrowDown' });
    await h.settled();
    expect(h.selected).to.equal(0);
  } else if (state === 'no results') {
    await h.searchFor('qwxzv');
  }
  return {
    page,
    h,
    /** Takes the page away (the next state gets its own) and puts the archive back. */
    done() {
      page.remove();
      release();
      warnings.restore();
      t.useFixtureArchive();
    },
  };
}

/** An sRGB colour as Chromium computes it (`rgb()`, `rgba()`, `color(srgb …)`): channels 0–1. */
function channels(color: string): number[] {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  return color.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((n) => n / 255);
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const luminance = (c: string) => {
    const [r, g, bl] = channels(c).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What a system colour keyword computes to now (forced colours). */
function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.cssText = `forced-color-adjust: none; background: ${keyword}`;
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value;
}

for (const theme of t.THEMES) {
  for (const locale of t.A11Y_LOCALES) {
    describe(`search box on a partner page, ${theme}, ${locale}`, function () {
      this.timeout(30_000);
      let reset: () => Promise<void>;
      before(async () => {
        t.useFixtureArchive();
        reset = await t.useTheme(theme);
        await setLocale(locale);
      });
      after(async () => {
        await setLocale(null);
        await reset();
      });

      it(`axe finds nothing in any state: ${STATES.join(', ')}`, async () => {
        for (const state of STATES) {
          const { page, done } = await boxIn(state);
          try {
            await t.expectAccessible(page);
          } catch (err) {
            throw new Error(`${state}: ${(err as Error).message}`, { cause: err });
          } finally {
            done();
          }
        }
      });
    });
  }
}

describe('search box colours', () => {
  before(t.useFixtureArchive);

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: the field's edge is 3:1 against its surface, matched words 4.5:1`, async () => {
      const reset = await t.useTheme(theme);
      const { h, done } = await boxIn('open, a result active');
      try {
        const field = getComputedStyle(h.part('field')!);
        expect(contrast(field.borderTopColor, field.backgroundColor), 'field border').to.be.at.least(3);
        const marks = h.$$('mark');
        expect(marks.length).to.be.greaterThan(0);
        for (const mark of marks) {
          const style = getComputedStyle(mark);
          expect(contrast(style.color, style.backgroundColor), `“${mark.textContent}”`).to.be.at.least(4.5);
        }
      } finally {
        done();
        await reset();
      }
    });
  }

  it('forced colours: the field, the active result, matched words and focus keep system colours', async () => {
    const reset = await t.useTheme('forced-colors');
    const { h, done } = await boxIn('open, a result active');
    try {
      const field = getComputedStyle(h.part('field')!);
      expect(field.borderTopStyle).to.equal('solid');
      expect(field.borderTopColor).to.not.equal(field.backgroundColor);
      expect(field.outlineStyle, 'focus ring on the field').to.equal('solid');
      const active = h.rows[h.selected];
      expect(getComputedStyle(active).backgroundColor).to.equal(systemColor('Highlight'));
      expect(getComputedStyle(active.querySelector('[part~="option-excerpt"]')!).color).to.equal(
        systemColor('HighlightText'),
      );
      const idle = h.rows.find((o) => o !== active)!;
      expect(getComputedStyle(idle).backgroundColor).to.not.equal(systemColor('Highlight'));
      expect(getComputedStyle(h.$('mark')!).backgroundColor).to.equal(systemColor('Mark'));
    } finally {
      done();
      await reset();
    }
  });
});

describe('search box layout', () => {
  before(t.useFixtureArchive);

  for (const width of ['320px', '1024px']) {
    it(`with WCAG text spacing at ${width}, no control, title or message is clipped`, async () => {
      for (const state of ['closed', 'open, a result active', 'no results', 'unavailable'] as const) {
        const { page, done } = await boxIn(state, { style: `width: ${width}` });
        const undo = t.applyTextSpacing(page);
        try {
          await t.settled();
          expect(
            t.clippedElements(page).map((e) => `${state}: ${e.localName}.${e.getAttribute('part')}`),
          ).to.deep.equal([]);
        } finally {
          undo();
          done();
        }
      }
    });
  }

  for (const style of ['width: 320px', 'width: 640px; zoom: 2']) {
    it(`at ${style}, the open list fits: nothing scrolls sideways`, async () => {
      const { page, h, done } = await boxIn('open, a result active', { style });
      try {
        const wrapper = page.querySelector('main > div')!;
        const edge = wrapper.getBoundingClientRect();
        for (const part of ['field', 'popup', 'listbox']) {
          const box = h.part(part)!.getBoundingClientRect();
          expect(box.left, part).to.be.at.least(edge.left - 0.5);
          expect(box.right, part).to.be.at.most(edge.right + 0.5);
        }
        for (const el of [wrapper, h.part('listbox')!, ...h.options]) {
          expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth + 1);
        }
      } finally {
        done();
      }
    });
  }

  it('on a right-to-left page with Arabic content: mirrored field, results and excerpts right to left', async () => {
    t.useArabicHarbour();
    const { page, h, done } = await boxIn('closed', { dir: 'rtl', lang: 'ar' });
    try {
      await h.searchFor('lamps');
      const rect = (el: Element) => el.getBoundingClientRect();
      // Where an element's text stands (a block's own box is full width whatever its alignment).
      const textRect = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      const field = rect(h.part('field')!);
      const icon = rect(h.$('svg')!);
      const input = rect(h.input);
      const clear = rect(h.part('clear')!);
      // The icon at the start (right), the clear button at the end (left).
      expect(icon.left).to.be.at.least(input.right - 1);
      expect(clear.right).to.be.at.most(input.left + 1);
      expect(Math.abs(rect(h.part('popup')!).right - field.right)).to.be.below(1);
      const arabic = h.rows.find((o) => o.querySelector('[lang="ar"]'))!;
      for (const part of ['option-title', 'option-excerpt']) {
        const el = arabic.querySelector(`[part~="${part}"]`)!;
        expect(getComputedStyle(el).direction, part).to.equal('rtl');
        const padding = parseFloat(getComputedStyle(arabic).paddingInlineEnd);
        expect(textRect(el).right, part).to.be.closeTo(rect(arabic).right - padding, 2);
      }
      // Our English sentence keeps its own direction: the full stop after the quotation mark, not before “No”.
      await h.searchFor('بحثممم');
      const message = h.part('status')!.querySelector('p')!;
      expect(getComputedStyle(message.firstElementChild!).direction).to.equal('ltr');
      expect(message.textContent).to.equal('No results for “بحثممم”.');
      // … and lines up with the popup's start edge, on the right.
      const popup = h.part('popup')!;
      expect(textRect(message).right).to.be.closeTo(
        rect(popup).right - parseFloat(getComputedStyle(message.parentElement!).paddingInlineStart),
        2,
      );
      expect(page.scrollWidth).to.be.at.most(page.clientWidth);
    } finally {
      done();
    }
  });

  it('Arabic results on a left-to-right page still read right to left', async () => {
    t.useArabicHarbour();
    const { h, done } = await boxIn('closed');
    try {
      await h.searchFor('lamps');
      const arabic = h.rows.find((o) => o.querySelector('[lang="ar"]'))!;
      expect(getComputedStyle(arabic.querySelector('[part~="option-title"]')!).direction).to.equal('rtl');
      expect(getComputedStyle(arabic.querySelector('[part~="option-excerpt"]')!).direction).to.equal('rtl');
    } finally {
      done();
    }
  });
});
