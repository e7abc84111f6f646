// Screenshots of the search box in every state and every setting, for a person to look at (after `npm run build`):
//   node scripts/screenshot-search.js [out-dir]
// States: closed (shortcut on, and turned off), one letter typed, loading, a result active, no results, unavailable.
// Settings: light, dark (OS dark, page declaring dark support), forced colours, 320 px, 200 % zoom of 640 px,
// French, Simplified Chinese, and an Arabic right-to-left page over an Arabic archive (built here into .tmp).
// Each setting also gets a contact sheet (`<setting>.png`) with its states side by side.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { launch } from '../bench/harness.js';
import sirv from 'sirv';

const out = process.argv[2] || '.tmp/shots/search';
const work = '.tmp/shots/search-ar';
mkdirSync(out, { recursive: true });
mkdirSync(`${work}/archive`, { recursive: true });

// A small Arabic archive: right-to-left titles, sections and excerpts.
const posts = {
  meenaa: [
    'أضواء الميناء تبقى مضاءة',
    'صوّت عمال الميناء الشمالي يوم الاثنين على إبقاء نوبة الليل، بعد شهر من المحادثات مع سلطة الميناء حول الأجور والسلامة والمصابيح على طول الرصيف.\n\n## ما يقوله الاتفاق\n\nستُصلح المصابيح قبل الشتاء، وتحتفظ نوبة الليل بفرقها الست وباستراحة الشاي عند منتصف الليل.',
  ],
  souq: [
    'سوق السمك يعود إلى الميناء',
    'عاد الصيادون إلى سوق الميناء القديم بعد ستة أشهر من الأشغال، مع أكشاك أوسع وسقف لم يعد يسرّب الماء.',
  ],
};
Object.entries(posts).forEach(([id, [title, body]], i) =>
  writeFileSync(
    `${work}/archive/00${i + 1}-${id}.md`,
    `---\nid: ${id}\ntitle: ${title}\nlang: ar\nsources: []\ntruncated: false\n---\n\n${body}\n`,
  ),
);
execFileSync(
  'npx',
  [
    'tsx',
    'src/pipeline/build-cli.ts',
    '--content',
    `${work}/archive`,
    '--hosted',
    `${work}/data`,
    '--out',
    `${work}/gen`,
  ],
  { stdio: 'inherit' },
);

const settings = {
  light: { width: 1024, scheme: 'light' },
  dark: { width: 1024, scheme: 'dark', declaresDark: true },
  'forced-colors': { width: 1024, scheme: 'light', forced: true },
  narrow: { width: 320, scheme: 'light' },
  zoom: { width: 640, scheme: 'light', zoom: 2 },
  fr: { width: 1024, scheme: 'light', lang: 'fr' },
  'zh-Hans': { width: 1024, scheme: 'light', lang: 'zh-Hans' },
  ar: { width: 1024, scheme: 'light', lang: 'ar', dir: 'rtl', data: `/${work}/data/`, query: 'الميناء' },
};
const states = ['closed', 'shortcut-off', 'too-short', 'loading', 'active', 'no-results', 'unavailable'];

const page = (s) => `<!doctype html>
<html lang="${s.lang ?? 'en'}" dir="${s.dir ?? 'ltr'}"><head><meta charset="utf-8">
${s.declaresDark ? '<meta name="color-scheme" content="light dark">' : ''}
<style>
  body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; background: Canvas; color: CanvasText; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  main { min-block-size: 30rem; }
</style>
<script type="module">
  import { useData } from '/dist/fosc-widgets.js';
  const base = new URL(${JSON.stringify(s.data ?? '/dist/data/')}, location.href);
  const read = async (name) => (await fetch(new URL(name + '.json', base))).json();
  const mode = new URLSearchParams(location.search).get('state');
  useData({
    read: (name) =>
      name !== 'search/manifest' ? read(name)
      : mode === 'loading' ? new Promise(() => {})
      : mode === 'unavailable' ? Promise.reject(new Error('offline'))
      : read(name),
  });
</script></head>
<body><h1>${s.dir === 'rtl' ? 'صفحة شريك' : 'A partner’s page'}</h1>
<main><fosc-search-box shortcut debounce="0"></fosc-search-box><p>${s.dir === 'rtl' ? 'نص الصفحة.' : 'Page text.'}</p></main>
</body></html>`;

mkdirSync('.tmp/shots', { recursive: true });
const serve = sirv('.', { dev: true });
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const setting = /^\/shot\/([\w-]+)\.html$/.exec(name)?.[1];
  if (setting || name === '/blank') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(setting ? page(settings[setting]) : '<!doctype html>');
  } else serve(req, res, () => ((res.statusCode = 404), res.end()));
});
await new Promise((r) => server.listen(0, r));
const origin = `http://localhost:${server.address().port}`;

const browser = await launch();
for (const [name, s] of Object.entries(settings)) {
  const shots = [];
  for (const state of states) {
    const context = await browser.newContext({
      viewport: { width: s.width, height: 720 },
      colorScheme: s.scheme,
      forcedColors: s.forced ? 'active' : 'none',
    });
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.log(`[${name}/${state}] ${e.message}`));
    await tab.goto(`${origin}/shot/${name}.html?state=${state === 'loading' || state === 'unavailable' ? state : ''}`);
    if (s.zoom) await tab.evaluate((z) => (document.documentElement.style.zoom = String(z)), s.zoom);
    await tab.waitForFunction(() => document.querySelector('fosc-search-box')?.shadowRoot?.querySelector('input'));
    const input = tab.locator('fosc-search-box input');
    const query = s.query ?? 'harbour Cuba';
    if (state === 'shortcut-off') await tab.locator('fosc-search-box [part~="shortcut"]').click();
    if (state === 'too-short') await input.fill('c');
    if (state === 'loading' || state === 'unavailable') await input.fill(query.split(' ')[0]);
    if (state === 'active') {
      await input.fill(s.query ?? 'Cuba');
      await tab.waitForFunction(() =>
        document.querySelector('fosc-search-box').shadowRoot.querySelector('[role="option"]'),
      );
      await input.press('ArrowDown');
      await input.press('ArrowDown');
    }
    if (state === 'no-results') await input.fill(s.dir === 'rtl' ? 'قطارات' : 'qwxzv');
    await tab.waitForTimeout(400);
    const file = `${out}/${name}-${state}.png`;
    const width = Math.min(s.width, 720);
    await tab.screenshot({ path: file, clip: { x: s.dir === 'rtl' ? s.width - width : 0, y: 0, width, height: 560 } });
    shots.push(file);
    await context.close();
  }
  // One sheet per setting: its states side by side, labelled.
  const sheet = await browser.newPage({ viewport: { width: 1500, height: 400 } });
  await sheet.goto(`${origin}/blank`);
  await sheet.setContent(
    `<body style="margin:0;display:grid;grid-template-columns:repeat(4,1fr);gap:8px;background:#888;font:14px sans-serif">${shots
      .map(
        (f, i) =>
          `<figure style="margin:0;background:#fff"><figcaption>${name}: ${states[i]}</figcaption><img style="width:100%" src="${origin}/${f}"></figure>`,
      )
      .join('')}</body>`,
  );
  await sheet.waitForLoadState('networkidle');
  await sheet.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await sheet.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}/`);
