// Screenshots of <fosc-quote-carousel> in every state and setting, for a person to look at, and the blank under each
// quote measured. After `npm run build`:
//   node scripts/screenshot-carousel.js [out-dir]            → <setting>-<page>.png (and a cross-fade mid-way)
//   node scripts/screenshot-carousel.js --measure            → slide heights and blanks, as JSON lines
// Settings: light, dark (OS dark, the page declaring dark support), forced colours, 320 px, 200 % zoom, fr, es,
// zh-Hans, an Arabic right-to-left page. Pages: "states" (rotating, stopped, filtered by speaker and by post, a
// blogger's own quotes, empty, a quote cut mid-sentence, loading) and "more" (error with retry, under reduced motion).
import { mkdirSync } from 'node:fs';
import { launch, serve } from '../bench/harness.js';

const measure = process.argv.includes('--measure');
const out = process.argv.slice(2).find((a) => !a.startsWith('--')) || '.tmp/shots/carousel';
const bundle = process.env.BUNDLE || '/dist/fosc-widgets.js';

const own = (lang) =>
  lang === 'ar'
    ? `<blockquote lang="ar">المعرفة نور، والجهل ظلام لا ينتهي إلا بالتعلم والعمل معًا.<footer>— ابن خلدون</footer></blockquote>
       <blockquote lang="he">מי שמציל נפש אחת כאילו הציל עולם ומלואו.<cite>משנה</cite></blockquote>`
    : `<blockquote cite="https://example.org/a">Our ferry is the road to school, to work and to the doctor.<footer>— A reader</footer></blockquote>
       <blockquote>and so the harbour lights stayed on all winter.<cite>Harbour committee</cite></blockquote>`;

const section = (title, body) => `<section><h2>${title}</h2>${body}</section>`;
const pages = {
  states: (lang) =>
    [
      section('Rotating', '<fosc-quote-carousel interval="600000"></fosc-quote-carousel>'),
      section('Stopped', '<fosc-quote-carousel id="stopped" interval="600000"></fosc-quote-carousel>'),
      section('By speaker', '<fosc-quote-carousel speaker="Xi" interval="600000"></fosc-quote-carousel>'),
      section(
        'From a post, mid-sentence quote',
        '<fosc-quote-carousel id="cut" speaker="Stansfield Smith" interval="600000"></fosc-quote-carousel>',
      ),
      section('Own quotes', `<fosc-quote-carousel interval="600000">${own(lang)}</fosc-quote-carousel>`),
      section('Empty', '<fosc-quote-carousel speaker="Nobody Atall"></fosc-quote-carousel>'),
      section('Loading', '<fosc-quote-carousel query="harbour" data-loading></fosc-quote-carousel>'),
    ].join(''),
  more: () =>
    [
      section('Error', '<fosc-quote-carousel query="harbour"></fosc-quote-carousel>'),
      section('Reduced motion', '<fosc-quote-carousel interval="600000"></fosc-quote-carousel>'),
    ].join(''),
  measure: () => '<fosc-quote-carousel limit="100" interval="600000"></fosc-quote-carousel>',
};

const html = (page, { lang = 'en', dir = 'ltr', dark }) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
${dark ? '<meta name="color-scheme" content="light dark">' : ''}
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 1rem; background: Canvas; color: CanvasText }
h2 { font-size: 0.85rem; margin: 1.5rem 0 0.4rem; color: GrayText }</style>
<script type="module" src="${bundle}"></script></head>
<body><h1>A partner’s page</h1><main>${pages[page](lang)}</main></body></html>`;

const settings = {
  light: {},
  dark: { dark: true },
  forced: { forced: true },
  w320: { width: 320 },
  zoom200: { width: 640, zoom: 2 },
  fr: { lang: 'fr' },
  es: { lang: 'es' },
  zh: { lang: 'zh-Hans' },
  ar: { lang: 'ar', dir: 'rtl' },
};
const served = {};
for (const [name, setting] of Object.entries(settings)) {
  for (const page of Object.keys(pages)) served[`/carousel/${name}-${page}.html`] = html(page, setting);
}
const { origin, close } = await serve(served);
const browser = await launch();

/** In every carousel's shadow root: the first element matching `selector` of carousel `i`. */
const inCarousel = (page, i, selector) => page.locator('fosc-quote-carousel').nth(i).locator(`css=${selector}`).first();

async function open(page, name, width = 1000) {
  const setting = settings[name];
  const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: setting.dark ? 'dark' : 'light' });
  p.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
  if (setting.forced) await p.emulateMedia({ forcedColors: 'active' });
  if (page === 'more') await p.emulateMedia({ reducedMotion: 'reduce' });
  // Loading never ends on "states"; "more" fails it, for its error state.
  await p.route('**/search/**', (route) => (page === 'more' ? route.abort() : undefined));
  await p.goto(`${origin}/carousel/${name}-${page}.html`);
  if (setting.zoom) await p.evaluate((z) => (document.documentElement.style.zoom = z), setting.zoom);
  // Every carousel has loaded (its quotes, none, or an error), but the one kept loading.
  await p.waitForFunction(() =>
    [...document.querySelectorAll('fosc-quote-carousel')].every(
      (c) => c.hasAttribute('data-loading') || c.shadowRoot?.querySelector('[part~="slides"][aria-busy="false"]'),
    ),
  );
  return p;
}

if (measure) {
  // The blank under each quote: the slides area's height less the quote's (its figure), as each slide is shown in
  // turn, over every quote of the archive (BUNDLE=… measures another build, e.g. main's, the same way).
  for (const width of [320, 480, 1000]) {
    const p = await open('measure', 'light', width);
    const heights = await p.evaluate(async () => {
      const c = document.querySelector('fosc-quote-carousel');
      const root = c.shadowRoot;
      const slides = [...root.querySelectorAll('[part~="slide"]')];
      const out = [];
      for (let i = 0; i < slides.length; i++) {
        await new Promise((r) => setTimeout(r, 30));
        await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => undefined)));
        const area = root.querySelector('[part~="slides"]').getBoundingClientRect().height;
        const slide = root.querySelector('[part~="slide"][data-current] figure').getBoundingClientRect().height;
        out.push({ area, slide });
        root.querySelector('[part~="next"]').click();
        await c.updateComplete;
      }
      return out;
    });
    const blanks = heights.map((h) => h.area - h.slide);
    const stats = (a) => ({
      mean: Math.round(a.reduce((s, x) => s + x, 0) / a.length),
      median: Math.round([...a].sort((x, y) => x - y)[a.length >> 1]),
      max: Math.round(Math.max(...a)),
    });
    console.log(
      JSON.stringify({
        width,
        quotes: heights.length,
        quoteHeight: stats(heights.map((h) => h.slide)),
        areaHeight: stats(heights.map((h) => h.area)),
        blank: stats(blanks),
        // How far the page below moves at a turn.
        step: stats(heights.slice(1).map((h, i) => Math.abs(h.area - heights[i].area))),
      }),
    );
    await p.close();
  }
} else {
  mkdirSync(out, { recursive: true });
  for (const [name, setting] of Object.entries(settings)) {
    for (const page of ['states', 'more']) {
      const p = await open(page, name, setting.width);
      if (page === 'states') {
        await inCarousel(p, 1, '[part~="rotation"]').click();
        for (let i = 0; i < 3; i++) await inCarousel(p, 3, '[part~="next"]').click();
        await p.mouse.move(0, 0);
      }
      await p.waitForTimeout(600);
      await p.screenshot({ path: `${out}/${name}-${page}.png`, fullPage: true });
      await p.close();
    }
  }
  // A move mid-way, held still at 180 ms: the old quote fading out as the new one fades in, the height on its way.
  const p = await open('states', 'light');
  await p.mouse.move(0, 0);
  await inCarousel(p, 0, '[part~="next"]').click();
  await p.evaluate(() => {
    for (const a of document.querySelector('fosc-quote-carousel').shadowRoot.getAnimations()) {
      a.pause();
      a.currentTime = 180;
    }
  });
  await p
    .locator('fosc-quote-carousel')
    .first()
    .screenshot({ path: `${out}/light-crossfade.png` });
  await p.close();
  console.log(`screenshots in ${out}/`);
}
await browser.close();
close();
