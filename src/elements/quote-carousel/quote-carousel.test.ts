import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import * as t from '../../../test/browser/harness/index.js';
import './quote-carousel.js';

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const carousel = (template: TemplateResult) => t.QuoteCarouselHarness.fixture(template);

describe('<fosc-quote-carousel>', () => {
  // Rotation runs on timers: the tests move the clock instead of waiting.
  let clock: sinon.SinonFakeTimers;
  before(t.useFixtureArchive);
  beforeEach(() => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })));
  afterEach(async () => {
    clock.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  /** Moves the clock on, then lets the carousel render what happened. */
  const tick = async (h: t.QuoteCarouselHarness, ms: number) => {
    clock.tick(ms);
    await h.settled();
  };

  it('follows the APG carousel structure: labelled region, rotation control first, slides "n of N"', async () => {
    const h = await carousel(html`<fosc-quote-carousel></fosc-quote-carousel>`);
    const region = h.part('carousel')!;
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Quotes from the archive');
    const focusable = h.$$('button, a[href]');
    expect(focusable[0]).to.equal(h.part('rotation'));
    const all = h.slides;
    all.forEach((slide, i) => {
      expect(slide.getAttribute('role')).to.equal('group');
      expect(slide.getAttribute('aria-roledescription')).to.equal('slide');
      expect(slide.getAttribute('aria-label')).to.equal(`${i + 1} of ${all.length}`);
      expect(slide.querySelector('figure > blockquote')).to.exist;
    });
    // Only the current slide is visible and reachable.
    expect(all.filter((s) => getComputedStyle(s).visibility === 'visible')).to.have.length(1);
    expect(all.filter((s) => !s.inert)).to.have.length(1);
  });

  it('shows each quote with its speaker and a link to its post', async () => {
    const h = await carousel(
      html`<fosc-quote-carousel speaker="Maathai" href-template="https://partner.example/{id}"></fosc-quote-carousel>`,
    );
    const [slide] = h.slides;
    expect(slide.querySelector('blockquote')!.textContent).to.match(/^Islanders need a ferry/);
    expect(slide.querySelector('figcaption [part~="speaker"]')!.textContent).to.equal('Wangari Maathai');
    const link = slide.querySelector('figcaption a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://partner.example/short-dispatch');
    expect(link.textContent).to.equal('A short dispatch on the ferry timetable');
  });

  it('rotates by itself with the live region off, and stops for good when focus enters', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    expect(h.part('slides')!.getAttribute('aria-live')).to.equal('off');
    expect(h.rotationLabel).to.equal('Stop automatic slide show');
    await tick(h, 499);
    expect(h.current).to.equal(0);
    await tick(h, 1);
    expect(h.current).to.equal(1);

    h.part('next')!.focus();
    await h.settled();
    expect(h.part('slides')!.getAttribute('aria-live')).to.equal('polite');
    expect(h.rotationLabel).to.equal('Start automatic slide show');
    const stoppedAt = h.current;
    await tick(h, 800);
    expect(h.current).to.equal(stoppedAt);
    // Focus leaving does not restart it.
    h.part('next')!.blur();
    await tick(h, 800);
    expect(h.current).to.equal(stoppedAt);
  });

  it('is driven by the keyboard: rotation control, previous, next', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    const before = document.createElement('button');
    h.element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(h.part('rotation'));
    expect(h.rotating).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(h.part('next'));
    const at = h.current;
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.current).to.equal((at + 1) % h.slides.length);
    await shiftTab();
    await sendKeys({ press: 'Space' });
    await h.settled();
    expect(h.current).to.equal(at);
    // Back to the rotation control: Enter starts rotating again.
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.rotating).to.equal(true);
    expect(h.part('slides')!.getAttribute('aria-live')).to.equal('off');
    before.remove();
  });

  it('pauses while the pointer rests on the quotes, and resumes when it leaves (APG)', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    const box = h.part('slides')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await h.settled();
    await tick(h, 1500);
    expect(h.current).to.equal(0);
    // Paused, not stopped: the control still offers to stop it, and the slides stay out of the live region.
    expect(h.rotating).to.equal(true);
    expect(h.rotationLabel).to.equal('Stop automatic slide show');
    await sendMouse({ type: 'move', position: [0, 0] });
    await tick(h, 499);
    expect(h.current).to.equal(0);
    await tick(h, 1);
    expect(h.current).to.equal(1);
  });

  it('starts stopped when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    expect(h.rotating).to.equal(false);
    expect(h.part('slides')!.getAttribute('aria-live')).to.equal('polite');
    await tick(h, 700);
    expect(h.current).to.equal(0);
  });

  it('pauses while the tab is hidden', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    expect(clock.countTimers()).to.equal(1);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.countTimers()).to.equal(0);
    await tick(h, 700);
    expect(h.current).to.equal(0);
    delete (document as { hidden?: boolean }).hidden;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(clock.countTimers()).to.equal(1);
  });

  it('uses a blogger’s own blockquotes instead of the archive’s', async () => {
    const h = await carousel(
      html`<fosc-quote-carousel>
        <blockquote cite="https://example.org/a">
          First words of mine, long enough to be a quote.
          <footer>— Ada</footer>
        </blockquote>
        <blockquote>Second words, <b>bold</b> but shown as text.<cite>Grace Hopper</cite></blockquote>
      </fosc-quote-carousel>`,
    );
    expect(h.slides.map((s) => s.querySelector('blockquote')!.textContent)).to.deep.equal([
      'First words of mine, long enough to be a quote.',
      'Second words, bold but shown as text.',
    ]);
    expect(h.quotes.map((q) => q.speaker)).to.deep.equal(['Ada', 'Grace Hopper']);
    expect((h.slides[0].querySelector('a') as HTMLAnchorElement).href).to.equal('https://example.org/a');
    expect(h.slides[1].querySelector('b')).to.equal(null);
  });

  it('falls back to 6 seconds, with one warning, for a nonsense interval', async () => {
    const warnings = t.captureWarnings();
    try {
      const h = await carousel(html`<fosc-quote-carousel interval="-3"></fosc-quote-carousel>`);
      await tick(h, 700);
      expect(h.current).to.equal(0);
      h.element.requestUpdate();
      await h.settled();
      expect(warnings.including('interval="-3"')).to.have.length(1);
      await tick(h, 6000 - 701);
      expect(h.current).to.equal(0);
      await tick(h, 1);
      expect(h.current).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('releases its timer when it leaves the page, and takes it up again when it comes back', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    const parent = h.element.parentElement!;
    h.element.remove();
    expect(clock.countTimers()).to.equal(0);
    parent.append(h.element);
    expect(clock.countTimers()).to.equal(1);
  });

  it('announces each slide shown with fosc-quote-show (and, deprecated, fosc-quote-shown)', async () => {
    const h = await carousel(html`<fosc-quote-carousel speaker="Ada Lovelace"></fosc-quote-carousel>`);
    const seen: CustomEvent[] = [];
    const seenUnderOldName: CustomEvent[] = [];
    h.element.addEventListener('fosc-quote-show', (e) => seen.push(e));
    h.element.addEventListener('fosc-quote-shown', (e) => seenUnderOldName.push(e));
    await h.next();
    expect(seen).to.have.length(1);
    expect(seen[0].detail.speaker).to.equal('Ada Lovelace');
    expect(seen[0].detail.index).to.equal(1);
    expect(seen[0].detail.articleId).to.match(/^(harbour-lights|les-feux-du-port)$/);
    expect(seenUnderOldName.map((e) => e.detail)).to.deep.equal([seen[0].detail]);
  });

  it('filters by language, and still by the deprecated lang attribute (with one warning)', async () => {
    const h = await carousel(html`<fosc-quote-carousel language="fr"></fosc-quote-carousel>`);
    expect(h.slides.map((s) => s.querySelector('blockquote')!.lang)).to.deep.equal(['fr']);
    const warnings = t.captureWarnings();
    try {
      const old = await carousel(html`<fosc-quote-carousel lang="fr"></fosc-quote-carousel>`);
      expect(old.slides.map((s) => s.querySelector('blockquote')!.lang)).to.deep.equal(['fr']);
      expect(warnings.including('deprecated')).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('shows at most `limit` quotes', async () => {
    const h = await carousel(html`<fosc-quote-carousel limit="2"></fosc-quote-carousel>`);
    expect(h.slides).to.have.length(2);
  });

  it('says when the quotes cannot be loaded, and "Try again" loads them', async () => {
    await t.whileOffline(async (network, warnings) => {
      const h = await carousel(html`<fosc-quote-carousel></fosc-quote-carousel>`);
      expect(h.part('retry')).to.exist;
      expect(h.status).to.equal('The quotes could not be loaded.');
      network.reconnect();
      h.part('retry')!.click();
      await h.ready();
      expect(warnings.including('could not be loaded')).to.have.length(1);
    });
  });

  it('takes any value a framework sets on any property: empty, one warning each, never an error', async () => {
    const h = await carousel(html`<fosc-quote-carousel speaker="Ada Lovelace"></fosc-quote-carousel>`);
    const filters = ['article', 'query', 'language', 'speaker'];
    const { errors, warnings } = await t.tryOddValues(h.element, async (name, value) => {
      if (!filters.includes(name) || value === undefined || value === null) return;
      await h.loaded();
      // A filter set to nonsense matches nothing: never the quotes shown before.
      if (typeof value === 'object' || typeof value === 'number') {
        expect(h.status, `${name} = ${JSON.stringify(value)}`).to.equal('No quotes to show.');
      }
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.include('fosc-quote-carousel: limit (0) is not a number between 1 and 100; using 12.');
    expect(new Set(warnings).size).to.equal(warnings.length);
    await h.ready();
    expect(h.quotes.every((q) => q.speaker === 'Ada Lovelace')).to.equal(true);
  });

  describe('on the real archive', () => {
    t.onRealArchive();

    it('finds a speaker by part of the name, and links the post', async () => {
      const h = await carousel(
        html`<fosc-quote-carousel
          speaker="Guterres"
          href-template="https://example.org/posts/{id}"
        ></fosc-quote-carousel>`,
      );
      const [slide] = h.slides;
      expect(slide.querySelector('blockquote')!.textContent).to.match(/^Over 2\.5 billion people/);
      expect(slide.querySelector('figcaption [part~="speaker"]')!.textContent).to.equal('António Guterres');
      const link = slide.querySelector('figcaption a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/posts/chinas-assistance-to-cuba-a-part-of-global-opposition-to');
    });
  });
});
