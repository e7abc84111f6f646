/**
 * Rotation as the WAI-ARIA APG carousel pattern has it: the pointer on the quotes pauses it and leaving resumes it;
 * keyboard focus coming in stops it, and so does the rotation control, which starts it again; a reader who turns
 * on reduced motion after load stops it and its transitions. Timers are sinon's: the tests move the clock.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import * as t from '../../../test/browser/harness/index.js';
import './quote-carousel.js';

const carousel = (template: ReturnType<typeof html>) => t.QuoteCarouselHarness.fixture(template);

describe('<fosc-quote-carousel> rotation', () => {
  let clock: sinon.SinonFakeTimers;
  before(t.useFixtureArchive);
  beforeEach(() => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })));
  afterEach(async () => {
    clock.restore();
    await resetMouse();
    await t.emulateMedia({});
  });

  /** Media query changes reach listeners at the next rendering step. */
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  const tick = async (h: t.QuoteCarouselHarness, ms: number) => {
    clock.tick(ms);
    await h.settled();
  };

  it('a mouse click on "Stop" stops it (the focus the click brings does not undo it)', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    expect(h.rotationLabel).to.equal('Stop automatic slide show');
    await sendMouse({ type: 'click', position: h.centreOf('rotation') });
    await h.settled();
    expect(h.rotationLabel).to.equal('Start automatic slide show');
    await sendMouse({ type: 'move', position: [0, 0] });
    await tick(h, 1500);
    expect(h.current).to.equal(0);
    // And a second click starts it again.
    await sendMouse({ type: 'click', position: h.centreOf('rotation') });
    await sendMouse({ type: 'move', position: [0, 0] });
    await tick(h, 500);
    expect(h.current).to.equal(1);
  });

  it('the pointer on the buttons does not pause it; Next by mouse starts the countdown over', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await sendMouse({ type: 'move', position: h.centreOf('next') });
    await tick(h, 300);
    await sendMouse({ type: 'click', position: h.centreOf('next') });
    await h.settled();
    expect(h.current).to.equal(1);
    expect(h.rotating).to.equal(true);
    await tick(h, 499);
    expect(h.current).to.equal(1);
    await tick(h, 1);
    expect(h.current).to.equal(2);
  });

  it('keyboard focus coming in stops it; after "Start", moving between the controls keeps it on; a link stops it', async () => {
    const h = await carousel(
      html`<fosc-quote-carousel interval="500" href-template="https://partner.example/{id}"></fosc-quote-carousel>`,
    );
    const before = document.createElement('button');
    h.element.before(before);
    try {
      before.focus();
      await sendKeys({ press: 'Tab' });
      await h.settled();
      expect(h.focused).to.equal(h.part('rotation'));
      expect(h.rotationLabel).to.equal('Start automatic slide show');
      await sendKeys({ press: 'Enter' });
      await h.settled();
      expect(h.rotating).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(h.focused).to.equal(h.part('next'));
      await tick(h, 500);
      expect(h.current, 'still turning with focus on Next').to.equal(1);
      // The quote's link: a turn would hide it under the reader's focus.
      await sendKeys({ press: 'Tab' });
      await h.settled();
      expect(h.focused).to.equal(h.currentSlide!.querySelector('a'));
      expect(h.rotating).to.equal(false);
      await tick(h, 1500);
      expect(h.current).to.equal(1);
    } finally {
      before.remove();
    }
  });

  it('stops, with its transitions, when the reader turns on reduced motion after load', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await tick(h, 500);
    expect(h.current).to.equal(1);
    await t.emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    await frame();
    await h.settled();
    expect(h.rotating).to.equal(false);
    expect(h.rotationLabel).to.equal('Start automatic slide show');
    await tick(h, 1500);
    expect(h.current).to.equal(1);
    // A move by hand now swaps the quotes at once: nothing fades, the height does not glide.
    await h.next();
    expect(h.element.shadowRoot!.getAnimations()).to.deep.equal([]);
    // Turning the preference off again does not start it: only the reader does.
    await t.emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    await frame();
    await tick(h, 1500);
    expect(h.rotating).to.equal(false);
  });

  it('a reader who prefers reduced motion may still start it with the control', async () => {
    await t.emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    expect(h.rotating).to.equal(false);
    h.part('rotation')!.click();
    await tick(h, 500);
    expect(h.current).to.equal(1);
    expect(h.element.shadowRoot!.getAnimations()).to.deep.equal([]);
  });

  it('a hidden tab pauses it while it is on, and it resumes with a whole interval', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    await tick(h, 300);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await tick(h, 1500);
      expect(h.current).to.equal(0);
      expect(h.rotationLabel).to.equal('Stop automatic slide show');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await tick(h, 499);
    expect(h.current).to.equal(0);
    await tick(h, 1);
    expect(h.current).to.equal(1);
  });

  it('moved to another place on the page, it keeps the reader’s choice to stop it', async () => {
    const h = await carousel(html`<fosc-quote-carousel interval="500"></fosc-quote-carousel>`);
    h.part('rotation')!.click();
    await h.settled();
    const parent = h.element.parentElement!;
    h.element.remove();
    parent.append(h.element);
    await tick(h, 1500);
    expect(h.rotating).to.equal(false);
    expect(h.current).to.equal(0);
  });
});
