/**
 * The carousel on a partner's page (issue 13): every state it has × light, dark, forced colours × en, fr, zh-Hans,
 * with a second carousel on the page, axe clean (WCAG 2.2 AA and best practices, `landmark-unique` included); and
 * WCAG 1.4.12 text spacing clipping nothing, at 320 px and wide.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../i18n/localization.js';
import * as t from '../../../test/browser/harness/index.js';
import './quote-carousel.js';

interface State {
  /** The page: the carousel the state is about, then a second, plain one. */
  page: () => ReturnType<typeof html>;
  /** What brings the first carousel into the state, once both have loaded. */
  enter?: (h: t.QuoteCarouselHarness) => Promise<unknown>;
  /** The archive as the state needs it (loading: never answers; error: fails). */
  archive?: () => void;
  media?: Record<string, string>;
}

const second = html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>`;
const own = html`<blockquote>
    Our ferry is the road to school, to work and to the doctor.<cite>A reader</cite>
  </blockquote>
  <blockquote cite="https://example.org/b">and so the harbour lights stayed on all winter.</blockquote>`;

const STATES: Record<string, State> = {
  loading: {
    page: () => html`<fosc-quote-carousel></fosc-quote-carousel>${second}`,
    archive: () => t.useFixtureArchiveThrough(() => new Promise(() => {})),
  },
  rotating: { page: () => html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>${second}` },
  'paused by hover': {
    page: () => html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>${second}`,
    enter: (h) => sendMouse({ type: 'move', position: h.centreOf('slides') }),
  },
  stopped: {
    page: () => html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>${second}`,
    enter: async (h) => {
      h.part('rotation')!.click();
      await h.next();
    },
  },
  'reduced motion': {
    page: () => html`<fosc-quote-carousel interval="60000"></fosc-quote-carousel>${second}`,
    media: { 'prefers-reduced-motion': 'reduce' },
    enter: (h) => h.next(),
  },
  'own quotes': { page: () => html`<fosc-quote-carousel interval="60000">${own}</fosc-quote-carousel>${second}` },
  filtered: {
    page: () =>
      html`<fosc-quote-carousel speaker="ada" interval="60000"></fosc-quote-carousel>
        <fosc-quote-carousel language="fr"></fosc-quote-carousel>`,
  },
  empty: { page: () => html`<fosc-quote-carousel speaker="Nobody Atall"></fosc-quote-carousel>${second}` },
  error: {
    page: () => html`<fosc-quote-carousel></fosc-quote-carousel>${second}`,
    archive: () => t.useFixtureArchiveThrough(() => Promise.reject(new Error('offline'))),
  },
};

/** Renders the state's page and brings its first carousel into the state; returns the page and its carousels. */
async function show(state: State) {
  (state.archive ?? t.useFixtureArchive)();
  if (state.media) await t.emulateMedia(state.media);
  const page = await t.partnerPage(state.page());
  const all = [...page.querySelectorAll('fosc-quote-carousel')].map((el) => new t.QuoteCarouselHarness(el));
  if (!state.archive || state.archive === STATES.error.archive) for (const h of all) await h.loaded();
  else await all[0].settled();
  await state.enter?.(all[0]);
  for (const h of all) await h.animationsDone();
  return { page, all };
}

describe('<fosc-quote-carousel> on a partner page', () => {
  let warnings: t.CapturedWarnings;
  beforeEach(() => (warnings = t.captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    t.useFixtureArchive();
    await resetMouse();
    await t.emulateMedia({});
    await setViewport({ width: 800, height: 600 });
  });
  after(() => setLocale(null));

  for (const [name, state] of Object.entries(STATES)) {
    for (const theme of t.THEMES) {
      for (const locale of t.A11Y_LOCALES) {
        it(`${name} · ${theme} · ${locale}: axe finds nothing`, async () => {
          await setLocale(locale);
          const reset = await t.useTheme(theme);
          try {
            const { page, all } = await show(state);
            const names = all.map((h) => h.name);
            expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
            await t.expectAccessible(page);
          } finally {
            await reset();
          }
        });
      }
    }
  }

  it('the states are what they say', async () => {
    await setLocale('en');
    const rotating = (await show(STATES.rotating)).all[0];
    expect(rotating.rotating).to.equal(true);
    const stopped = (await show(STATES.stopped)).all[0];
    expect(stopped.rotating).to.equal(false);
    const reduced = (await show(STATES['reduced motion'])).all[0];
    expect(reduced.rotating).to.equal(false);
    await t.emulateMedia({});
    const loading = (await show(STATES.loading)).all[0];
    expect(loading.busy).to.equal(true);
    expect(loading.status).to.equal('Loading quotes…');
    const failed = (await show(STATES.error)).all[0];
    expect(failed.part('retry')).to.exist;
    t.useFixtureArchive();
    const empty = (await show(STATES.empty)).all[0];
    expect(empty.status).to.equal('No quotes to show.');
  });

  for (const width of [320, 1000]) {
    for (const name of ['rotating', 'own quotes', 'error'] as const) {
      it(`text spacing at ${width} px, ${name}: no control, quote or caption clipped; previous and next together`, async () => {
        await setViewport({ width, height: 800 });
        await setLocale('fr');
        const { page, all } = await show(STATES[name]);
        const remove = t.applyTextSpacing(page);
        try {
          await all[0].settled();
          expect(t.clippedElements(page)).to.deep.equal([]);
          for (const h of all) {
            const carousel = h.part('carousel')!.getBoundingClientRect();
            const shown = h
              .$$('button, [part~="position"], blockquote, figcaption')
              .filter((e) => e.getClientRects().length);
            for (const part of shown) {
              const box = part.getBoundingClientRect();
              expect(box.right, part.getAttribute('part') ?? part.localName).to.be.at.most(carousel.right + 0.5);
              expect(box.left, part.getAttribute('part') ?? part.localName).to.be.at.least(carousel.left - 0.5);
            }
            const [previous, next] = [h.part('previous'), h.part('next')];
            if (previous && next) {
              expect(Math.abs(previous.getBoundingClientRect().top - next.getBoundingClientRect().top)).to.be.below(2);
            }
          }
        } finally {
          remove();
        }
      });
    }
  }
});
