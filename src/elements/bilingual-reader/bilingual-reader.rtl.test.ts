/**
 * Right to left (issue 14): Arabic and Hebrew versions read right to left in every mode — their own `dir` (the
 * partner's, else from the language), bars and buttons on their start side, the final period at the left end — and
 * side by side follows the page's direction.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { directionOf } from '../../i18n/direction.js';
import * as t from '../../../test/browser/harness/index.js';
import './bilingual-reader.js';
import type { Mode } from './segments-view.js';

const reader = (template: TemplateResult) => t.BilingualReaderHarness.fixture(template);
const box = (el: Element) => el.getBoundingClientRect();
const dirOf = (el: Element) => getComputedStyle(el).direction;

/** Where the text of a block's last line ends on screen: its last character's box. */
function lastCharBox(block: Element): DOMRect {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) last = n as Text;
  const range = document.createRange();
  const end = last!.textContent!.trimEnd().length;
  range.setStart(last!, end - 1);
  range.setEnd(last!, end);
  return range.getBoundingClientRect();
}

describe('<fosc-bilingual-reader> right to left', () => {
  before(t.useFixtureArchive);

  it('knows which way a language is written, also where the browser has no text info', () => {
    expect(['ar', 'he', 'fa', 'ur', 'en', 'zh-Hans', 'ru'].map(directionOf)).to.deep.equal([
      'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr',
    ]); // prettier-ignore
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = ['getTextInfo', 'textInfo'].map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const);
    for (const [k] of saved) delete proto[k];
    try {
      // Tags not asked before (answers are kept per tag): from the script the language is written in.
      expect(['yi', 'ps-AF', 'dv', 'ku-Arab', 'az-Latn', 'sw', 'not a tag!'].map(directionOf)).to.deep.equal([
        'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr',
      ]); // prettier-ignore
    } finally {
      for (const [k, d] of saved) if (d) Object.defineProperty(proto, k, d);
    }
  });

  for (const lang of ['ar', 'he'] as const) {
    describe(lang === 'ar' ? 'Arabic, its dir written by the partner' : 'Hebrew, its dir from the language', () => {
      const pair = (mode: Mode) =>
        reader(
          html`<fosc-bilingual-reader languages="en ${lang}" mode=${mode} style="width: 1100px">
            ${t.udhrArticle('en')} ${t.udhrArticle(lang, lang === 'ar' ? 'rtl' : undefined)}
          </fosc-bilingual-reader>`,
        );

      it('interleaved: every version and title in its own direction, the bar and the period on the right', async () => {
        const h = await pair('interleaved');
        expect(h.paired).to.have.length(7);
        const titles = h.parts('title');
        expect(titles.map((el) => [el.lang, dirOf(el)])).to.deep.equal([
          ['en', 'ltr'],
          [lang, 'rtl'],
        ]);
        for (const seg of h.paired) {
          const [en, rtl] = h.versions(seg);
          expect([dirOf(en), dirOf(rtl)]).to.deep.equal(['ltr', 'rtl']);
          expect(rtl.getAttribute('dir')).to.equal('rtl');
          // The set-back second version: its bar on its right edge, its text against it.
          const style = getComputedStyle(rtl);
          expect(parseFloat(style.borderRightWidth)).to.be.at.least(2);
          expect(parseFloat(style.borderLeftWidth)).to.equal(0);
        }
        // A short Arabic or Hebrew line ends at the left: its final period is its leftmost character.
        const last = h.versions(h.paired.at(-1)!)[1].querySelector('p')!;
        expect(t.textOf(last).endsWith('.')).to.equal(true);
        const text = document.createRange();
        text.selectNodeContents(last);
        const line = text.getBoundingClientRect();
        expect(lastCharBox(last).left - line.left).to.be.lessThan(2);
        // …and starts at the right edge of its block.
        expect(box(last).right - line.right).to.be.lessThan(1);
      });

      it('one language: the text from the right, its switch on the left (the end of its lines)', async () => {
        const h = await pair('single');
        h.part('switch-all')!.click();
        await h.settled();
        for (const seg of h.switchable) {
          const [version] = h.versions(seg);
          expect([version.lang, dirOf(version)]).to.deep.equal([lang, 'rtl']);
          const button = seg.querySelector('[part~="segment-switch"]')!;
          expect(box(button).right).to.be.at.most(box(version).left);
          // The button names English in English, left to right.
          expect(dirOf(button.querySelector('[lang="en"]')!)).to.equal('ltr');
        }
        expect(dirOf(h.part('title')!)).to.equal('rtl');
        // Switched back to English: the same buttons at the right.
        h.part('switch-all')!.click();
        await h.settled();
        const seg = h.switchable[0];
        expect(box(seg.querySelector('[part~="segment-switch"]')!).left).to.be.at.least(box(h.versions(seg)[0]).right);
      });

      it('side by side on a left-to-right page: English on the left, the other on the right, each its own way', async () => {
        const h = await pair('side-by-side');
        for (const seg of h.paired) {
          const [en, rtl] = h.versions(seg);
          expect(box(rtl).left).to.be.greaterThan(box(en).right);
          expect(dirOf(rtl)).to.equal('rtl');
        }
      });
    });
  }

  it('side by side on a right-to-left page: the first version stands on the right', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div dir="rtl" lang="ar" style="width: 1100px">
        <fosc-bilingual-reader languages="ar en" mode="side-by-side">
          ${t.udhrArticle('ar', 'rtl')} ${t.udhrArticle('en')}
        </fosc-bilingual-reader>
      </div>`,
    );
    const h = new t.BilingualReaderHarness(wrap.firstElementChild as never);
    await h.ready();
    const [arTitle, enTitle] = h.parts('title');
    expect(box(arTitle).left).to.be.greaterThan(box(enTitle).right);
    for (const seg of h.paired) {
      const [ar, en] = h.versions(seg);
      expect([ar.lang, en.lang]).to.deep.equal(['ar', 'en']);
      expect(box(ar).left).to.be.greaterThan(box(en).right);
      expect([dirOf(ar), dirOf(en)]).to.deep.equal(['rtl', 'ltr']);
    }
    // The layout choices run from the right too, and the reader's own (English) words stay left to right.
    const modes = h.parts('mode');
    expect(box(modes[0]).left).to.be.greaterThan(box(modes[1]).right);
    expect(dirOf(modes[0])).to.equal('ltr');
  });

  it('gives the archive’s versions their language’s direction', async () => {
    const h = await reader(html`<fosc-bilingual-reader article="les-feux-du-port"></fosc-bilingual-reader>`);
    for (const seg of h.paired) for (const v of h.versions(seg)) expect(v.getAttribute('dir')).to.equal('ltr');
  });
});
