// Screenshots of <fosc-bilingual-reader> in every mode and setting, for a person to look at (after `npm run build`):
//   node scripts/screenshot-reader.js [outDir] [filter]
// Settings: light, dark (OS dark on a page that declares dark support), forced colours, 320 px, 200 % zoom, French,
// Simplified Chinese, and an Arabic page (<html lang="ar" dir="rtl">) reading an Arabic–English partner pair (the
// UDHR, from the parallel corpus). Each case is its own partner-like page, served with the bench's harness.
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, serve } from '../bench/harness.js';

const out = process.argv[2] || '.tmp/shots/reader';
const filter = process.argv[3] ? new RegExp(process.argv[3]) : undefined;
mkdirSync(out, { recursive: true });

const udhr = JSON.parse(readFileSync('test/fixtures/parallel/udhr.json', 'utf8')).texts;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The UDHR's title, its first two clauses and articles 1–3, as a partner's `<article>`. */
function udhrArticle(lang, dir) {
  const units = udhr[lang];
  const headings = units.flatMap((u, i) => (u.kind === 'heading' ? [i] : []));
  // headings: the title, "Preamble", then one per article.
  const picked = [units[0], units[2], units[3], ...units.slice(headings[2], headings[5])];
  const body = picked.map((u, i) => {
    const tag = u.kind === 'heading' ? (i ? 'h3' : 'h2') : 'p';
    return `<${tag}>${escape(u.text)}</${tag}>`;
  });
  return `<article lang="${lang}"${dir ? ` dir="${dir}"` : ''}>${body.join('')}</article>`;
}

const archive = (mode, extra = '') =>
  `<fosc-bilingual-reader article="silence-on-decolonise" languages="en fr" mode="${mode}"${extra}></fosc-bilingual-reader>`;
const arabic = (mode) =>
  `<fosc-bilingual-reader languages="ar en" mode="${mode}">${udhrArticle('ar', 'rtl')}${udhrArticle('en')}</fosc-bilingual-reader>`;

function page({ lang = 'en', dir = 'ltr', dark = false, zoom = false }, body) {
  return `<!doctype html><html lang="${lang}" dir="${dir}"${zoom ? ' style="zoom: 2"' : ''}><head><meta charset="utf-8">
${dark ? '<meta name="color-scheme" content="light dark">' : ''}
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 16px; background: Canvas; color: CanvasText; }</style>
<script type="module" src="/dist/fosc-widgets.js"></script></head>
<body><header><h1>${lang === 'ar' ? 'صفحة شريك' : 'A partner’s page'}</h1></header><main>${body}</main></body></html>`;
}

const MODES = ['interleaved', 'side-by-side', 'single'];
const settings = [
  ['light', { width: 1280 }, {}],
  ['dark', { width: 1280, colorScheme: 'dark' }, { dark: true }],
  ['forced', { width: 1280, forcedColors: 'active' }, {}],
  ['320', { width: 320 }, {}],
  ['zoom200', { width: 640 }, { zoom: true }],
  ['fr', { width: 1024 }, { lang: 'fr' }],
  ['zh', { width: 1024 }, { lang: 'zh-Hans' }],
];
const cases = [];
for (const [name, viewport, opts] of settings) {
  for (const mode of MODES) cases.push([`${mode}-${name}`, viewport, page(opts, archive(mode))]);
}
for (const mode of MODES) {
  cases.push([`${mode}-arabic-page`, { width: 1280 }, page({ lang: 'ar', dir: 'rtl' }, arabic(mode))]);
  cases.push([`${mode}-arabic-page-320`, { width: 320 }, page({ lang: 'ar', dir: 'rtl' }, arabic(mode))]);
}
// One language after switching a paragraph, and after switching the whole post.
cases.push(['single-switched-paragraph', { width: 1024 }, page({}, archive('single')), 'paragraph']);
cases.push(['single-switched-all', { width: 1024 }, page({ lang: 'fr' }, archive('single')), 'all']);
// A segment a link points at (its focus ring), in light and forced colours.
cases.push(['interleaved-linked', { width: 1024 }, page({}, archive('interleaved')), 'link']);
cases.push([
  'interleaved-linked-forced',
  { width: 1024, forcedColors: 'active' },
  page({}, archive('interleaved')),
  'link',
]);
cases.push(['not-found', { width: 800 }, page({}, '<fosc-bilingual-reader article="nope"></fosc-bilingual-reader>')]);
cases.push([
  'no-translation',
  { width: 1024 },
  page({}, '<fosc-bilingual-reader article="a-month-traveling-in-china"></fosc-bilingual-reader>'),
]);

// A pair the aligner is unsure of: the French lacks one of four English paragraphs of about the same length.
const weak = (mode) => `<fosc-bilingual-reader languages="en fr" mode="${mode}"><article lang="en">
<p>The night shift keeps its crews of six, and nobody works a double turn.</p>
<p>The port authority pays for new boots and gloves before the cold months.</p>
<p>Each crew elects a safety delegate who can stop a crane at any moment.</p>
<p>The lamps along the quay are checked every evening by the first crew.</p></article><article lang="fr">
<p>L’équipe de nuit garde ses équipes de six, et personne ne fait de double service.</p>
<p>L’autorité portuaire paie de nouvelles bottes et des gants avant les mois froids.</p>
<p>Les lampes le long du quai sont vérifiées chaque soir par la première équipe.</p></article></fosc-bilingual-reader>`;
for (const mode of MODES) cases.push([`${mode}-weak`, { width: 1100 }, page({}, weak(mode))]);
cases.push(['side-by-side-weak-fr', { width: 1100 }, page({ lang: 'fr' }, weak('side-by-side'))]);

const { origin: base, close } = await serve(
  Object.fromEntries(cases.map(([name, , html]) => [`/shot/${name}.html`, html])),
);
const browser = await launch();
for (const [name, { width, colorScheme = 'light', forcedColors = 'none' }, , action] of cases) {
  if (filter && !filter.test(name)) continue;
  const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, forcedColors });
  p.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && console.log(`[${name}] ${m.text()}`));
  await p.goto(`${base}/shot/${name}.html`, { waitUntil: 'networkidle' });
  await p.waitForFunction(() => {
    const root = document.querySelector('fosc-bilingual-reader')?.shadowRoot;
    return root?.querySelector('[part~="segment"], [part~="note"]');
  });
  if (action) {
    await p.evaluate((what) => {
      const root = document.querySelector('fosc-bilingual-reader').shadowRoot;
      if (what === 'all') root.querySelector('[part~="switch-all"]').click();
      else if (what === 'link') location.hash = root.querySelectorAll('[part~="segment"]')[3].id;
      else root.querySelectorAll('[part~="segment-switch"]')[1].click();
    }, action);
  }
  await p.waitForTimeout(300);
  const box = await p.locator('fosc-bilingual-reader').boundingBox();
  const zoom = name.includes('zoom') ? 2 : 1;
  const tall = width <= 640 ? 1500 : 2600;
  await p.screenshot({
    path: `${out}/${name}.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min((box.y + box.height) * zoom + 16, tall) },
  });
  // And the first pairs, wherever they start (a long introduction may come first), or the linked segment.
  const top = await p.evaluate(() => {
    if (location.hash)
      return (
        document.querySelector('fosc-bilingual-reader').shadowRoot.activeElement?.getBoundingClientRect().top + scrollY
      );
    const root = document.querySelector('fosc-bilingual-reader').shadowRoot;
    const pairs = [...root.querySelectorAll('[part~="segment"]')].filter(
      (s) => s.querySelectorAll('[part~="version"]').length === 2 || s.querySelector('[part~="segment-switch"]'),
    );
    return pairs.length ? pairs[0].getBoundingClientRect().top + scrollY : undefined;
  });
  if (top !== undefined && top * zoom > tall / 2) {
    await p.screenshot({
      path: `${out}/${name}-pairs.png`,
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top * zoom - 40), width, height: Math.min(tall, 1200) },
    });
  }
  await p.close();
}
await browser.close();
close();
console.log(`screenshots in ${out}/`);
