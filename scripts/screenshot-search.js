// Screenshot of the search box with its listbox open (light, dark, narrow, French), for a person to look at.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] || 'http://localhost:8000/demo/';
const out = process.argv[3] || '.tmp/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
for (const [name, options, lang] of [
  ['search-light', { viewport: { width: 1100, height: 760 }, colorScheme: 'light' }],
  ['search-dark', { viewport: { width: 1100, height: 760 }, colorScheme: 'dark' }],
  ['search-narrow-fr', { viewport: { width: 320, height: 760 }, colorScheme: 'light' }, 'fr'],
]) {
  const page = await browser.newPage(options);
  page.on('pageerror', (e) => console.log(`[${name}] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
  await page.keyboard.press('/');
  await page.keyboard.type(lang ? 'indépendance Niger' : 'Jose Marti airp', { delay: 30 });
  await page.waitForTimeout(600);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}/`);
