/** Elements created, moved and removed a thousand times leave no timer or listener behind. */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/article-card/article-card.js';
import '../../src/elements/bilingual-reader/bilingual-reader.js';
import '../../src/elements/quote-carousel/quote-carousel.js';
import '../../src/elements/search-box/search-box.js';
import { until } from './harness/harness.js';

type Listener = [EventTarget, string, unknown];

/** Counts listeners on window and document, and pending timers, while `run` goes. */
async function tracking(run: () => Promise<void>) {
  const listeners: Listener[] = [];
  const timers = new Set<unknown>();
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((t, i) => {
    t.addEventListener = function (type: string, fn: unknown, opts?: unknown) {
      listeners.push([t, type, fn]);
      return originals[i][0].call(t, type, fn as EventListener, opts as AddEventListenerOptions);
    };
    t.removeEventListener = function (type: string, fn: unknown, opts?: unknown) {
      const k = listeners.findIndex(([tt, ty, f]) => tt === t && ty === type && f === fn);
      if (k >= 0) listeners.splice(k, 1);
      return originals[i][1].call(t, type, fn as EventListener, opts as EventListenerOptions);
    };
  });
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = set(() => {
      timers.delete(id);
      (fn as (...a: unknown[]) => void)(...args);
    }, ms);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => {
    timers.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  try {
    await run();
    return { listeners: listeners.map(([, type]) => type), timers: timers.size };
  } finally {
    targets.forEach((t, i) => {
      t.addEventListener = originals[i][0];
      t.removeEventListener = originals[i][1];
    });
    window.setTimeout = set;
    window.clearTimeout = clear;
  }
}

describe('element lifecycle', () => {
  it('leaves no timers or listeners after 1,000 create / move / remove cycles', async function () {
    this.timeout(60_000);
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    const left = await tracking(async () => {
      for (let i = 0; i < 1000; i++) {
        const tag = ['fosc-quote-carousel', 'fosc-search-box', 'fosc-bilingual-reader', 'fosc-article-card'][i % 4];
        const el = document.createElement(tag);
        el.setAttribute('article', 'silence-on-decolonise');
        el.setAttribute('interval', '500');
        el.setAttribute('shortcut', '');
        a.append(el);
        if (i % 10 === 0) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        b.append(el); // moved
        el.remove();
      }
      // Let loads that were under way finish (their results land on removed elements).
      await new Promise((r) => setTimeout(r, 500));
    });
    a.remove();
    b.remove();
    expect(left.timers).to.equal(0);
    expect(left.listeners).to.deep.equal([]);
  });

  it('a carousel that rotates while on the page keeps exactly one timer, and none once removed', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = document.createElement('fosc-quote-carousel');
      el.setAttribute('interval', '500');
      document.body.append(el);
      await until(() => el.shadowRoot!.querySelector('[part~="slide"]'));
      expect(clock.countTimers()).to.equal(1);
      clock.tick(1500); // three slides on: still one timer
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    } finally {
      clock.restore();
    }
  });
});
