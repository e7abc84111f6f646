import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import './quote-carousel.js';
import type { FoscQuoteCarousel } from './quote-carousel.js';

const $ = (el: FoscQuoteCarousel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const slides = (el: FoscQuoteCarousel) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="slide"]')];
const currentIndex = (el: FoscQuoteCarousel) => slides(el).findIndex((s) => s.hasAttribute('data-current'));
async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
const ready = (el: FoscQuoteCarousel) => waitUntil(() => slides(el).length > 0, 'no slides');

describe('<fosc-quote-carousel>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('follows the APG carousel structure: labelled region, rotation control first, slides "n of N"', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel></fosc-quote-carousel>`);
    await ready(el);
    const region = $(el, '[part~="carousel"]');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Quotes from the archive');
    const focusable = [...el.shadowRoot!.querySelectorAll('button, a[href]')];
    expect(focusable[0]).to.equal($(el, '[part~="rotation"]'));
    const all = slides(el);
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
    const el = await fixture<FoscQuoteCarousel>(
      html`<fosc-quote-carousel
        speaker="Guterres"
        href-template="https://example.org/posts/{id}"
      ></fosc-quote-carousel>`,
    );
    await ready(el);
    const [slide] = slides(el);
    expect(slide.querySelector('blockquote')!.textContent).to.match(/^Over 2\.5 billion people/);
    expect(slide.querySelector('figcaption [part~="speaker"]')!.textContent).to.equal('António Guterres');
    const link = slide.querySelector('figcaption a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/posts/chinas-assistance-to-cuba-a-part-of-global-opposition-to');
    expect(link.textContent).to.equal('China’s assistance to Cuba a part of global opposition to hegemony');
  });

  it('rotates by itself with the live region off, and stops for good when focus enters', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    const live = $(el, '[part~="slides"]');
    expect(live.getAttribute('aria-live')).to.equal('off');
    expect($(el, '[part~="rotation"]').textContent!.trim()).to.equal('Stop automatic slide show');
    await waitUntil(() => currentIndex(el) === 1, 'did not rotate', { timeout: 2000 });

    $(el, '[part~="next"]').focus();
    await el.updateComplete;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect($(el, '[part~="rotation"]').textContent!.trim()).to.equal('Start automatic slide show');
    const stoppedAt = currentIndex(el);
    await aTimeout(800);
    expect(currentIndex(el)).to.equal(stoppedAt);
    // Focus leaving does not restart it.
    $(el, '[part~="next"]').blur();
    await aTimeout(800);
    expect(currentIndex(el)).to.equal(stoppedAt);
  });

  it('is driven by the keyboard: rotation control, previous, next', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="rotation"]'));
    expect(el.rotation.rotating).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="next"]'));
    const at = currentIndex(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(currentIndex(el)).to.equal((at + 1) % slides(el).length);
    await shiftTab();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(currentIndex(el)).to.equal(at);
    // Back to the rotation control: Enter starts rotating again.
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(true);
    expect($(el, '[part~="slides"]').getAttribute('aria-live')).to.equal('off');
    before.remove();
  });

  it('stops when the pointer rests on it', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    const box = el.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(false);
    await sendMouse({ type: 'move', position: [0, 0] });
    await aTimeout(700);
    expect(el.rotation.rotating).to.equal(false);
  });

  it('starts stopped when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    expect(el.rotation.rotating).to.equal(false);
    expect($(el, '[part~="slides"]').getAttribute('aria-live')).to.equal('polite');
    await aTimeout(700);
    expect(currentIndex(el)).to.equal(0);
  });

  it('pauses while the tab is hidden', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    expect(el.rotation.pending).to.equal(true);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.rotation.pending).to.equal(false);
    delete (document as { hidden?: boolean }).hidden;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(el.rotation.pending).to.equal(true);
  });

  it('uses a blogger’s own blockquotes instead of the archive’s', async () => {
    const el = await fixture<FoscQuoteCarousel>(
      html`<fosc-quote-carousel>
        <blockquote cite="https://example.org/a">
          First words of mine, long enough to be a quote.
          <footer>— Ada</footer>
        </blockquote>
        <blockquote>Second words, <b>bold</b> but shown as text.<cite>Grace Hopper</cite></blockquote>
      </fosc-quote-carousel>`,
    );
    await ready(el);
    expect(slides(el).map((s) => s.querySelector('blockquote')!.textContent)).to.deep.equal([
      'First words of mine, long enough to be a quote.',
      'Second words, bold but shown as text.',
    ]);
    expect(slides(el).map((s) => s.querySelector('[part~="speaker"]')!.textContent)).to.deep.equal([
      'Ada',
      'Grace Hopper',
    ]);
    expect((slides(el)[0].querySelector('a') as HTMLAnchorElement).href).to.equal('https://example.org/a');
    expect(slides(el)[1].querySelector('b')).to.equal(null);
  });

  it('falls back to 6 seconds, with one warning, for a nonsense interval', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="-3"></fosc-quote-carousel>`);
      await ready(el);
      await aTimeout(700);
      expect(currentIndex(el)).to.equal(0);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('interval="-3"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('releases its timer when it leaves the page, and takes it up again when it comes back', async () => {
    const el = await fixture<FoscQuoteCarousel>(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await ready(el);
    const parent = el.parentElement!;
    el.remove();
    expect(el.rotation.pending).to.equal(false);
    parent.append(el);
    expect(el.rotation.pending).to.equal(true);
  });

  it('announces each slide shown with fosc-quote-shown', async () => {
    const el = await fixture<FoscQuoteCarousel>(
      html`<fosc-quote-carousel speaker="Jimmy Carter"></fosc-quote-carousel>`,
    );
    await ready(el);
    const seen: CustomEvent[] = [];
    el.addEventListener('fosc-quote-shown', (e) => seen.push(e as CustomEvent));
    $(el, '[part~="next"]').click();
    expect(seen).to.have.length(1);
    expect(seen[0].detail.speaker).to.equal('Jimmy Carter');
    expect(seen[0].detail.index).to.equal(1);
  });
});
