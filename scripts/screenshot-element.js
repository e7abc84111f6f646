// Screenshot of one element of the demo, for a person to look at:
// node scripts/screenshot-element.js <css selector> <out.png> [width] [scheme] [lang] [script] [maxHeight]
import { chromium } from 'playwright-core';

const [selector, out, width = '1200', scheme = 'light', lang, script, maxHeight] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
page.on('console', (m) => m.type() === 'warning' && console.log(`warning: ${m.text()}`));
await page.goto(process.env.DEMO_URL || 'http://localhost:8000/demo/', { waitUntil: 'networkidle' });
if (lang) await page.evaluate((l) => (document.documentElement.lang = l), lang);
if (script) await page.evaluate(script);
await page.waitForTimeout(500);
const box = await page.locator(selector).first().boundingBox();
await page.screenshot({
  path: out,
  fullPage: true,
  clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, Number(maxHeight) || box.height) },
});
await browser.close();
