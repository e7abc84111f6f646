/**
 * The UI in Arabic (issue 19): every element's own sentences in Arabic, its chrome laid out right to left on a page
 * that states no direction and on an Arabic page, and numbers and plural forms as Intl writes them for `ar`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setLocale } from '../../src/index.js';
import { formatNumber } from '../../src/i18n/plural.js';
import { resultCount } from '../../src/elements/search-box/messages.js';
import { type CapturedWarnings, captureWarnings } from './harness/console.js';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
const direction = (el: Element | null) => getComputedStyle(el!).direction;
const box = (el: Element) => el.getBoundingClientRect();
const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);

async function elements(wrapper: (body: TemplateResult) => TemplateResult) {
  await import('../../src/elements/search-box/search-box.js');
  await import('../../src/elements/quote-carousel/quote-carousel.js');
  await import('../../src/elements/bilingual-reader/bilingual-reader.js');
  await import('../../src/elements/article-card/article-card.js');
  const wrap = await fixture(
    wrapper(
      html`<fosc-search-box></fosc-search-box>
        <fosc-quote-carousel interval="60000"></fosc-quote-carousel>
        <fosc-bilingual-reader article="silence-on-decolonise" mode="single"></fosc-bilingual-reader>
        <fosc-article-card article="quiet-please-were-decolonising"></fosc-article-card>`,
    ),
  );
  const [box, carousel, reader, card] = ['search-box', 'quote-carousel', 'bilingual-reader', 'article-card'].map(
    (tag) => wrap.querySelector(`fosc-${tag}`) as HTMLElement,
  );
  await waitUntil(() => part(carousel, 'slide') && part(reader, 'toolbar') && part(card, 'title'), 'not rendered');
  await setLocale('ar');
  return { box, carousel, reader, card };
}

/** The same checks on any page: Arabic words, right-to-left chrome, mirrored controls. */
async function expectArabicUi({ box: search, carousel, reader, card }: Awaited<ReturnType<typeof elements>>) {
  const label = search.shadowRoot!.querySelector('label')!;
  expect(text(label)).to.equal('البحث في الأرشيف');
  expect(search.shadowRoot!.querySelector('input')!.placeholder).to.equal('البحث في الأرشيف');
  expect(direction(part(search, 'field'))).to.equal('rtl');
  // The magnifier at the start of the field (right), as on an Arabic site.
  expect(box(search.shadowRoot!.querySelector('svg')!).left).to.be.above(
    box(search.shadowRoot!.querySelector('input')!).left,
  );

  const rotation = part(carousel, 'rotation')!;
  expect(text(rotation)).to.equal('إيقاف العرض التلقائي');
  expect(direction(part(carousel, 'controls'))).to.equal('rtl');
  const [previous, next] = [part(carousel, 'previous')!, part(carousel, 'next')!];
  expect(box(previous).left, 'previous right of next').to.be.above(box(next).left);
  expect(box(rotation).left, 'rotation control at the start (right)').to.be.above(box(previous).left);
  expect(getComputedStyle(previous.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  const slides = carousel.shadowRoot!.querySelectorAll('[part~="slide"]').length;
  expect(text(part(carousel, 'position'))).to.equal(`${arabic(1)} من ${arabic(slides)}`);

  const toolbar = part(reader, 'toolbar')!;
  expect(toolbar.getAttribute('aria-label')).to.equal('خيارات القراءة');
  expect(direction(toolbar)).to.equal('rtl');
  expect(text(part(reader, 'switch-all'))).to.equal('قراءة الكل باللغة الإنجليزية');
  // Content keeps its own language and direction: the French title reads left to right.
  expect(direction(part(reader, 'title'))).to.equal('ltr');

  expect(text(part(card, 'translation'))).to.equal('متوفر أيضًا باللغة الفرنسية');
  expect(text(part(card, 'language'))).to.equal('الإنجليزية');
  expect(direction(part(card, 'meta'))).to.equal('rtl');
  const minutes = text(part(card, 'reading-time'))!;
  expect(minutes).to.match(/^مدة القراءة: /);
  // The unit written out (دقيقة, دقيقتان, دقائق…), not the one-letter abbreviation "د".
  expect(minutes).to.not.match(/\sد$/u);
  expect(minutes).to.match(/دقيق|دقائق/u);
  // Digits as Intl writes them for ar (Arabic-Indic or Latin, whichever the browser's CLDR says), no others.
  const digits = new Set(arabic(1234567890).match(/\p{Nd}/gu));
  for (const digit of minutes.match(/\p{Nd}/gu) ?? []) expect(digits.has(digit), digit).to.equal(true);
  for (const el of [search, carousel, reader, card])
    expect(el.shadowRoot!.querySelector('[lang="ar"]'), el.localName).to.exist;
}

describe('the UI in Arabic', () => {
  let warnings: CapturedWarnings;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setLocale(null);
  });

  it('on a page that states no direction: Arabic sentences, chrome right to left', async () => {
    expect(document.documentElement.hasAttribute('dir')).to.equal(false);
    await expectArabicUi(await elements((body) => html`<div>${body}</div>`));
  });

  it('on an Arabic page (lang="ar" dir="rtl"): the same', async () => {
    await expectArabicUi(await elements((body) => html`<div lang="ar" dir="rtl">${body}</div>`));
  });

  it('keeps the page’s stated direction for the chrome, the UI’s for its sentences', async () => {
    const { carousel } = await elements((body) => html`<div dir="ltr">${body}</div>`);
    expect(direction(part(carousel, 'controls'))).to.equal('ltr');
    expect(direction(part(carousel, 'position'))).to.equal('rtl');
    const { carousel: english } = await elements((body) => html`<div>${body}</div>`);
    await setLocale('en');
    expect(direction(part(english, 'controls'))).to.equal('ltr');
  });

  it('says how many results in Arabic’s plural forms, with the digits Intl gives ar', async () => {
    await setLocale('ar');
    const said = [0, 1, 2, 3, 11, 100].map((n) => resultCount(n, formatNumber(n)));
    expect(said).to.deep.equal([
      `عدد النتائج: ${arabic(0)}`,
      `عدد النتائج: ${arabic(1)}`,
      `عدد النتائج: ${arabic(2)}`,
      `${arabic(3)} نتائج`,
      `${arabic(11)} نتيجة`,
      `${arabic(100)} نتيجة`,
    ]);
    await setLocale('fr');
    const fr = (n: number) => new Intl.NumberFormat('fr').format(n);
    expect([0, 1, 2, 1_000_000].map((n) => resultCount(n, formatNumber(n)))).to.deep.equal([
      `${fr(0)} résultat`,
      `${fr(1)} résultat`,
      `${fr(2)} résultats`,
      `${fr(1_000_000)} de résultats`,
    ]);
    await setLocale('en');
    expect([1, 2, 11].map((n) => resultCount(n, formatNumber(n)))).to.deep.equal([
      '1 result',
      '2 results',
      '11 results',
    ]);
  });
});
