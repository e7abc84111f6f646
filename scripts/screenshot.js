// Screenshots of the demo in headless Chromium, for a person to look at:
// node scripts/screenshot.js [url] [out-dir]  → light, dark, French, narrow (320 px) PNGs.
import { launch } from '../bench/harness.js';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] || 'http://localhost:8000/demo/';
const out = process.argv[3] || '.tmp/shots';
mkdirSync(out, { recursive: true });

const browser = await launch();
const shots = [
  { name: 'light', viewport: { width: 1200, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1200, height: 900 }, colorScheme: 'dark' },
  { name: 'french', viewport: { width: 1200, height: 900 }, colorScheme: 'light', lang: 'fr' },
  { name: 'narrow', viewport: { width: 320, height: 900 }, colorScheme: 'light' },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
  page.on('console', (m) => m.type() !== 'debug' && console.log(`[${shot.name}] ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${shot.name}] pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (shot.lang) await page.evaluate((l) => (document.documentElement.lang = l), shot.lang);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
