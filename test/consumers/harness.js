// What the consumer tests need: commands run in a consumer project, a static server, a dev server to wait for,
// and Debian's Chromium (playwright-core) to look at an app as a reader would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import sirv from 'sirv';

export { launch } from '../../bench/harness.js';

/** Runs a command; resolves to its output, rejects with it when the command fails. */
export function run(cmd, args, { cwd, env, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out.slice(-4000)}`));
    });
  });
}

/** Serves a folder on a free localhost port, as a plain static host (a missing file is a 404, no SPA fallback). */
export async function serveStatic(dir) {
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** A free localhost port. */
export async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts a long-running server (`vite`) and resolves once `url` answers; `stop()` ends it and its children. */
export async function startServer(cmd, args, { cwd, url, timeout = 60_000 }) {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited ${child.exitCode}\n${out}`);
    try {
      if ((await fetch(url)).ok) return { stop, output: () => out };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${cmd} did not answer at ${url} within ${timeout} ms\n${out}`);
}

/**
 * Opens an app and checks what a reader sees: the card's title, the app's own use of the API (`#count`, `#results`),
 * results in the search box as one types, and nothing broken on the way (no page error, no console error, no
 * failed request). `choose`: Enter on the first result must reach the app's listener (`#chosen`).
 */
export async function checkApp(browser, url, { title, posts, results = false, choose = false }) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The browser asks every host for /favicon.ico; the apps have none, which is not ours to count.
  const ours = (u) => !u.endsWith('/favicon.ico');
  page.on(
    'console',
    (m) => m.type() === 'error' && ours(m.location().url ?? '') && problems.push(`console error: ${m.text()}`),
  );
  page.on('response', (r) => r.status() >= 400 && ours(r.url()) && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  try {
    await page.goto(url);
    const cardTitle = page.locator('fosc-article-card [part~="title"]');
    await cardTitle.waitFor({ timeout: 30_000 });
    const shown = (await cardTitle.textContent()).trim();
    if (shown !== title) throw new Error(`the card shows "${shown}", not "${title}"`);
    await page.locator('#count', { hasText: String(posts) }).waitFor({ timeout: 10_000 });
    if (results) await page.locator('#results li').first().waitFor({ timeout: 10_000 });
    const input = page.locator('fosc-search-box input');
    await input.fill('Cuba');
    await page.locator('fosc-search-box [role="option"]').first().waitFor({ timeout: 10_000 });
    if (choose) {
      await input.press('ArrowDown');
      await input.press('Enter');
      await page.locator('#chosen', { hasText: /\S/ }).waitFor({ timeout: 5_000 });
    }
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}
