// Every element with its UI in each locale, for a translator to read in context (issue 19):
// node scripts/screenshot-ui-locales.js [out-dir] [case…]   (after `npm run build`; default .tmp/shots/ui)
// Cases: the UI in fr, es, zh-Hans and ar on an English page (setLocale), and in ar on an Arabic page
// (<html lang="ar" dir="rtl">). Each page holds two cards (a translation to switch to, outlets), a carousel, the
// reader (one language, a paragraph switched) and two search boxes (results as typed, no results).
import { mkdirSync } from 'node:fs';
import { launch, serve } from '../bench/harness.js';

const [out = '.tmp/shots/ui', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const cases = {
  'fr-on-en-page': { ui: 'fr' },
  'es-on-en-page': { ui: 'es' },
  'zh-Hans-on-en-page': { ui: 'zh-Hans' },
  'ar-on-en-page': { ui: 'ar' },
  'ar-on-ar-page': { ui: 'ar', lang: 'ar', dir: 'rtl' },
  'en-on-ar-page': { ui: 'en', lang: 'ar', dir: 'rtl' },
  'ar-on-stated-ltr-page': { ui: 'ar', dir: 'ltr' },
  // A phone: do the controls' words still fit their rows?
  'fr-320': { ui: 'fr', width: 320 },
  'es-320': { ui: 'es', width: 320 },
  'ar-on-ar-page-320': { ui: 'ar', lang: 'ar', dir: 'rtl', width: 320 },
};

const body = `
<div class="row">
  <fosc-article-card article="quiet-please-were-decolonising" href="https://example.org/q"></fosc-article-card>
  <fosc-article-card article="marcus-garvey-mao-and-gandhi-notes-on-black-asian" href="https://example.org/m"></fosc-article-card>
  <fosc-article-card article="no-such-post"></fosc-article-card>
</div>
<fosc-quote-carousel interval="600000"></fosc-quote-carousel>
<div class="row">
  <fosc-search-box id="found"></fosc-search-box>
  <fosc-search-box id="none"></fosc-search-box>
</div>
<fosc-bilingual-reader article="silence-on-decolonise" languages="en fr" mode="single"></fosc-bilingual-reader>`;

const page = ({ lang = 'en', dir }) => `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>UI locales</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 16px; }
.row { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 16px; margin-bottom: 24px; align-items: start; }
fosc-quote-carousel, fosc-bilingual-reader { display: block; margin-bottom: 24px; }</style>
<script type="module" src="/dist/fosc-widgets.js"></script></head><body>${body}</body></html>`;

const served = {};
for (const [name, c] of Object.entries(cases)) served[`/ui/${name}.html`] = page(c);
const { origin, close } = await serve(served);
const browser = await launch();

for (const [name, c] of Object.entries(cases)) {
  if (only.length && !only.includes(name)) continue;
  const width = c.width ?? 1280;
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  p.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && console.log(`[${name}] ${m.text()}`));
  await p.goto(`${origin}/ui/${name}.html`, { waitUntil: 'networkidle' });
  await p.evaluate((ui) => import('/dist/fosc-widgets.js').then((m) => m.setLocale(ui)), c.ui);
  await p.locator('fosc-bilingual-reader [part~="segment"]').first().waitFor();
  await p.locator('#found input').fill('harbour');
  await p.locator('#none input').fill('zzzqqq');
  await p.locator('#found [role="option"]').first().waitFor();
  // One paragraph switched to the other language, so its note and button read in the UI language.
  const button = p.locator('fosc-bilingual-reader [part~="segment"] button').nth(1);
  if (await button.count()) await button.click();
  // Slices a person can read at full size: the cards, carousel and results as typed; "no results"; the reader.
  const shoot = async (part, clip) => p.screenshot({ path: `${out}/${name}-${part}.png`, clip, fullPage: true });
  await p.locator('#found input').focus();
  await p.waitForTimeout(400);
  await shoot('top', { x: 0, y: 0, width, height: 900 });
  await p.locator('#none input').fill('zzzqq');
  await p.locator('#none input').press('q');
  await p.waitForTimeout(600);
  const top = (selector) => p.locator(selector).evaluate((e) => e.getBoundingClientRect().top + scrollY);
  await shoot('no-results', { x: 0, y: (await top('#none')) - 8, width, height: 240 });
  await shoot('reader', { x: 0, y: await top('fosc-bilingual-reader'), width, height: 1000 });
  await shoot('carousel', { x: 0, y: await top('fosc-quote-carousel'), width, height: 420 });
  await p.close();
}
await browser.close();
close();
console.log(`screenshots in ${out}/`);
