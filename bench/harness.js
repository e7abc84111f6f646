// What both benches need: the repository served on a free localhost port (plus a few in-memory pages), and
// Debian's Chromium, headless.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

/** Serves the working tree, and `pages` (path → HTML) from memory. Resolves to its origin and a `close()`. */
export async function serve(pages = {}) {
  const files = sirv('.', { dev: true });
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (pages[path]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(pages[path]);
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-quic',
    ],
  });
}
