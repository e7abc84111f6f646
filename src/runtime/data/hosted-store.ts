import type { DataStore } from './data-store.js';

/** A store that fetches `<name>.json` under `base` (a URL ending in `/`), without credentials. */
export function hostedStore(base: string | URL): DataStore {
  const root = new URL(base, typeof document === 'undefined' ? undefined : document.baseURI);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return {
    async read(name) {
      const url = new URL(`${name}.json`, root);
      const response = await fetch(url, { credentials: 'omit' });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`fosc-widgets: ${url.href} could not be loaded (HTTP ${response.status})`);
      return response.json();
    },
  };
}
