// A web-test-runner command for what @web/test-runner-commands' emulateMedia does not pass to Chromium through
// Puppeteer: `forced-colors` (Windows high contrast), `prefers-contrast`, beside the colour scheme and reduced motion,
// sent to the DevTools protocol directly. In a test: `executeServerCommand('media-features', { 'forced-colors':
// 'active', 'prefers-color-scheme': 'dark' })`; `{}` resets them all.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
