// Screenshots of <fosc-article-card> in every state, in every setting a partner's readers bring, for a person to
// look at: node scripts/screenshot-card.js [out-dir] [setting…]   (after `npm run build`; default .tmp/shots/card)
// States: normal, with a date, compact, not found, failed (with "Try again"), after switching to the translation,
// no URL and no fallback, a bidi-hostile outlet name. Settings: light, dark (OS dark on a page declaring dark),
// OS dark on a plain page, forced colours, 320 px, 200 % zoom, text spacing, 20 px body text, fr, es, zh-Hans,
// an Arabic right-to-left page.
import { mkdirSync } from 'node:fs';
import { launch, serve } from '../bench/harness.js';

const [out = '.tmp/shots/card', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });

const settings = {
  light: {},
  dark: { scheme: 'dark', declaresDark: true },
  'os-dark-plain-page': { scheme: 'dark' },
  forced: { forced: true },
  narrow: { width: 320 },
  zoom: { width: 640, zoom: 2 },
  spacing: { width: 320, spacing: true },
  'spacing-wide': { spacing: true },
  'body-20px': { body: 'font-size: 20px' },
  fr: { lang: 'fr' },
  es: { lang: 'es' },
  'zh-Hans': { lang: 'zh-Hans' },
  'fr-dark': { lang: 'fr', scheme: 'dark', declaresDark: true },
  ar: { lang: 'ar', dir: 'rtl' },
};

const ARABIC = {
  id: 'arabic-post',
  title: 'الصين وكوبا: صداقة تتعزز بخطوات عملية',
  lang: 'ar',
  excerpt:
    'تواصل الصين تعزيز علاقاتها مع كوبا الاشتراكية بطرق عملية، من الطاقة الشمسية إلى الأرز، في وقت يشتد فيه الحصار.',
  words: 500,
  readingMinutes: 3,
  languages: ['ar'],
  sources: ['\u202Eإذاعة هافانا', 'غلوبال تايمز'],
  translations: [],
  truncated: false,
  date: '2024-05-01',
};

// The page's own script: the built ES module, reading the built data with a few summaries changed in memory.
const boot = `
import { useData } from '/dist/fosc-widgets.js';
const read = async (name) => {
  const res = await fetch('/dist/data/' + name + '.json');
  return res.ok ? res.json() : undefined;
};
// Summaries are stored in buckets by a hash of the id (src/core/data-files.ts, bucketOf): each made-up post is
// served in its bucket, and the 'offline' post's bucket fails.
const bucketOf = (id, buckets) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
};
const extra = {
  dated: async (summary) => ({ ...(await summary('quiet-please-were-decolonising')), id: 'dated',
    date: '2024-06-05T16:04:48Z' }),
  bidi: async (summary) => ({ ...(await summary('chinas-assistance-to-cuba-a-part-of-global-opposition-to')),
    id: 'bidi', sources: ['\\u202EGlobal Times', 'Radio Havana'] }),
  'arabic-post': async () => (${JSON.stringify(ARABIC)}),
};
const buckets = async () => (await read('archive')).summaryBuckets;
// The failed card's post gets an id alone in its bucket (the bucket's load fails), so no other card fails with it.
const n = await buckets();
const shown = [...document.querySelectorAll('fosc-article-card')].map((c) => c.getAttribute('article'));
const taken = new Set([...shown, 'silence-on-decolonise'].map((id) => bucketOf(id, n)));
let offline = 'offline';
for (let k = 2; taken.has(bucketOf(offline, n)) && k < 100; k++) offline = 'offline-' + k;
for (const card of document.querySelectorAll('fosc-article-card[article="offline"]')) card.article = offline;
extra[offline] = () => Promise.reject(new Error('offline (on purpose)'));
const summary = async (id) => ((await read('summaries/' + bucketOf(id, await buckets()))) ?? []).find((s) => s.id === id);
useData({
  read: async (name) => {
    const bucket = /^summaries\\/(\\d+)$/.exec(name)?.[1];
    if (bucket === undefined) return read(name);
    const n = await buckets();
    const mine = Object.keys(extra).filter((id) => bucketOf(id, n) === Number(bucket));
    return [...((await read(name)) ?? []), ...(await Promise.all(mine.map((id) => extra[id](summary))))];
  },
});
`;

const states = [
  [
    'normal, fallback link',
    '<fosc-article-card article="quiet-please-were-decolonising"><a href="https://example.org/q">Quiet please!</a></fosc-article-card>',
  ],
  ['with a date', '<fosc-article-card article="dated" href="https://example.org/q"></fosc-article-card>'],
  [
    'after switching to the translation',
    '<fosc-article-card id="switch" article="quiet-please-were-decolonising" href="https://example.org/q"></fosc-article-card>',
  ],
  [
    'long title, two outlets',
    '<fosc-article-card article="marcus-garvey-mao-and-gandhi-notes-on-black-asian" href="https://example.org/m"></fosc-article-card>',
  ],
  [
    'short text',
    '<fosc-article-card article="china-continues-to-strengthen-its-relations-with-socialist" href="https://example.org/c"></fosc-article-card>',
  ],
  ['no URL, no fallback', '<fosc-article-card article="a-month-traveling-in-china"></fosc-article-card>'],
  ['bidi outlet (U+202E)', '<fosc-article-card article="bidi" href="https://example.org/b"></fosc-article-card>'],
  [
    'compact',
    '<fosc-article-card variant="compact" article="china-and-cuba-working-to-strengthen-mutually-beneficial" href="https://example.org/c"></fosc-article-card>',
  ],
  [
    'compact, short',
    '<fosc-article-card variant="compact" article="a-month-traveling-in-china" href="https://example.org/a"></fosc-article-card>',
  ],
  [
    'not found',
    '<fosc-article-card article="no-such-post"><a href="https://example.org/">Our archive</a></fosc-article-card>',
  ],
  ['failed', '<fosc-article-card article="offline"><a href="https://example.org/o">The post</a></fosc-article-card>'],
];

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

function pageFor(s, list) {
  const lang = s.lang ?? 'en';
  return `<!doctype html><html lang="${lang}" dir="${s.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>card</title>
${s.declaresDark ? '<meta name="color-scheme" content="light dark">' : ''}
<style>
  body { margin: 0; padding: 16px; font: 16px/1.4 system-ui, sans-serif; background: Canvas; color: CanvasText; ${s.body ?? ''} }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 24px 16px; }
  section { display: flex; flex-direction: column; }
  section > fosc-article-card { flex: 1; }
  h2 { font-size: 13px; font-weight: normal; margin: 0 0 4px; opacity: .7; font-family: monospace; }
</style>
<script type="module">${boot}</script>
<script type="module" src="/dist/fosc-widgets.js"></script></head>
<body><div class="grid">${list.map(([name, tag]) => `<section><h2>${name}</h2>${tag}</section>`).join('')}</div>
${lang === 'ar' ? `<section style="margin-top:24px"><h2>Arabic content</h2><fosc-article-card article="arabic-post" href="https://example.org/ar"></fosc-article-card></section>` : ''}
</body></html>`;
}

const pages = {};
for (const [name, s] of Object.entries(settings)) pages[`/card-shots/${name}.html`] = pageFor(s, states);
const { origin, close } = await serve(pages);
const browser = await launch();

for (const [name, s] of Object.entries(settings)) {
  if (only.length && !only.includes(name)) continue;
  const context = await browser.newContext({
    viewport: { width: s.width ?? 1280, height: 900 },
    colorScheme: s.scheme ?? 'light',
    forcedColors: s.forced ? 'active' : 'none',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.log(`[${name}] ${m.text()}`));
  await page.goto(`${origin}/card-shots/${name}.html`, { waitUntil: 'networkidle' });
  if (s.zoom) await page.evaluate((z) => (document.documentElement.style.zoom = String(z)), s.zoom);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('fosc-article-card')].every((c) =>
      c.shadowRoot?.querySelector('[part~="title"], [part~="status"]'),
    ),
  );
  // The translation switch, pressed from the keyboard.
  await page.evaluate(() =>
    document.querySelector('#switch').shadowRoot.querySelector('[part~="translation"] button')?.focus(),
  );
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  if (s.spacing) {
    await page.evaluate((rules) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      document.adoptedStyleSheets = [sheet];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets.push(sheet);
    }, TEXT_SPACING);
  }
  await page.waitForTimeout(200);
  // Tall pages (320 px, text spacing) in slices a person can read at full size.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const slices = Math.ceil(height / 1400);
  for (let i = 0; i < slices; i++) {
    const clip = { x: 0, y: i * 1400, width: s.width ?? 1280, height: Math.min(1400, height - i * 1400) };
    await page.screenshot({ path: `${out}/${name}${slices > 1 ? `-${i + 1}` : ''}.png`, fullPage: true, clip });
  }
  await context.close();
}
await browser.close();
close();
console.log(`screenshots in ${out}/`);
