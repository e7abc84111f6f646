/** The UI follows setLocale() and the page's <html lang>, live, on every element. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/index.js';
import type { FoscArticleCard } from '../../src/elements/article-card/article-card.js';
import { type CapturedWarnings, captureWarnings } from './harness/console.js';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function cards() {
  const wrap = await fixture(
    html`<div>
      <fosc-article-card article="quiet-please-were-decolonising"></fosc-article-card>
      <fosc-article-card article="missing-post"></fosc-article-card>
    </div>`,
  );
  const [card, missing] = [...wrap.querySelectorAll('fosc-article-card')] as FoscArticleCard[];
  await waitUntil(() => part(card, 'title') && part(missing, 'status'));
  return { card, missing };
}

describe('UI language', () => {
  // "No article with id …" for the missing posts on purpose.
  let warnings: CapturedWarnings;
  before(() => (warnings = captureWarnings()));
  after(async () => {
    warnings.restore();
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  it('switches every element live with setLocale(), keeping the content in its own language', async () => {
    const { card, missing } = await cards();
    expect(text(part(card, 'reading-time'))).to.match(/^\d+ min read$/);
    await setLocale('fr');
    expect(text(part(missing, 'status'))).to.equal('Cet article est introuvable.');
    expect(text(part(card, 'reading-time'))).to.match(/^\d+ min de lecture$/);
    // A language name that opens a line is capitalised (issue 19): "Anglais · 5 min de lecture".
    expect(text(part(card, 'language'))).to.equal('Anglais');
    expect(text(part(card, 'translation'))).to.equal('Aussi en français');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('fr');
    // The post is English whatever the UI: its title says so.
    expect(part(card, 'title')!.getAttribute('lang')).to.equal('en');

    await setLocale('zh-CN');
    expect(text(part(missing, 'status'))).to.equal('找不到这篇文章。');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('zh-Hans');
    await setLocale('es-MX');
    expect(text(part(missing, 'status'))).to.equal('No se encontró este artículo.');
  });

  it('follows a change of <html lang> once setLocale(null) hands the choice back to the page', async () => {
    const { missing } = await cards();
    await setLocale(null);
    document.documentElement.lang = 'fr-CA';
    await waitUntil(() => text(part(missing, 'status')) === 'Cet article est introuvable.', 'did not follow fr-CA');
    document.documentElement.lang = 'zh-SG';
    await waitUntil(() => text(part(missing, 'status')) === '找不到这篇文章。', 'did not follow zh-SG');
    document.documentElement.lang = 'de';
    await waitUntil(() => text(part(missing, 'status')) === 'This post could not be found.', 'did not fall back to en');
  });

  it('keeps an explicit setLocale() over the page language', async () => {
    const { missing } = await cards();
    await setLocale('es');
    document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 50));
    expect(text(part(missing, 'status'))).to.equal('No se encontró este artículo.');
  });
});

describe('every element in every locale', () => {
  const expected: Record<string, { search: string; rotation: string; toolbar: string; notFound: string }> = {
    en: {
      search: 'Search the archive',
      rotation: 'Stop automatic slide show',
      toolbar: 'Reading options',
      notFound: 'This post could not be found.',
    },
    fr: {
      search: 'Rechercher dans les archives',
      rotation: 'Arrêter le défilement',
      toolbar: 'Options de lecture',
      notFound: 'Cet article est introuvable.',
    },
    es: {
      search: 'Buscar en el archivo',
      rotation: 'Detener el pase de diapositivas',
      toolbar: 'Opciones de lectura',
      notFound: 'No se encontró este artículo.',
    },
    'zh-Hans': { search: '搜索文章库', rotation: '停止自动播放', toolbar: '阅读选项', notFound: '找不到这篇文章。' },
    ar: {
      search: 'البحث في الأرشيف',
      rotation: 'إيقاف العرض التلقائي',
      toolbar: 'خيارات القراءة',
      notFound: 'تعذّر العثور على هذا المقال.',
    },
  };
  after(() => setLocale(null));

  for (const [locale, want] of Object.entries(expected)) {
    it(`${locale}: search box, carousel, reader and card speak it, and say so with lang`, async () => {
      await import('../../src/elements/search-box/search-box.js');
      await import('../../src/elements/quote-carousel/quote-carousel.js');
      await import('../../src/elements/bilingual-reader/bilingual-reader.js');
      const warnings = captureWarnings();
      const wrap = await fixture(
        html`<div>
          <fosc-search-box></fosc-search-box>
          <fosc-quote-carousel interval="60000"></fosc-quote-carousel>
          <fosc-bilingual-reader article="silence-on-decolonise"></fosc-bilingual-reader>
          <fosc-article-card article="not-a-post"></fosc-article-card>
        </div>`,
      );
      const [box, carousel, reader, card] = [...wrap.children] as HTMLElement[];
      try {
        await waitUntil(
          () => part(carousel, 'slide') && part(reader, 'toolbar') && part(card, 'status'),
          'not rendered',
        );
        await setLocale(locale);
        expect(text(box.shadowRoot!.querySelector('label'))).to.equal(want.search);
        expect(text(part(carousel, 'rotation'))).to.equal(want.rotation);
        expect(part(reader, 'toolbar')!.getAttribute('aria-label')).to.equal(want.toolbar);
        expect(text(part(card, 'status'))).to.equal(want.notFound);
        for (const el of [box, carousel, reader, card]) {
          expect(el.shadowRoot!.querySelector(`[lang="${locale}"]`), el.localName).to.exist;
        }
      } finally {
        warnings.restore();
      }
    });
  }
});
