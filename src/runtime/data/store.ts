/**
 * Where the runtime reads the archive's data files (names in core/data-files.ts). By default from the copy the
 * build made for this bundle: modules inside it (the classic script, npm), or JSON files beside it (the ES module
 * build, `dist/data/`). `useData()` points the widgets at data hosted elsewhere, or (tests) at a store in memory.
 */
import type { DataStore } from './data-store.js';
import { defaultStore } from './default-store.js';
import { hostedStore } from './hosted-store.js';

export { DataUnavailableError } from './hosted-store.js';

export type { DataStore };

let store: DataStore = defaultStore;
const listeners = new Set<() => void>();

/** The store in use now. */
export const dataStore = (): DataStore => store;

/** Reads one data file from the store in use. */
export function readData<T>(name: string): Promise<T | undefined> {
  return store.read(name) as Promise<T | undefined>;
}

/** Reads a file the archive always has: its absence means a broken deployment, not a missing post. */
export async function readRequired<T>(name: string): Promise<T> {
  const value = await readData<T>(name);
  if (value === undefined) throw new Error(`fosc-widgets: the archive's data file "${name}" is missing`);
  return value;
}

/**
 * Points the widgets and the API at the archive's data hosted elsewhere, from now on: the URL of the folder that
 * holds `archive.json`, `catalog/`, `summaries/`, `posts/`, `search/`… (the package's `dist/data/`, copied to your server;
 * relative URLs are read against the page), or a {@link DataStore} of your own. Call it before the widgets load
 * their data: everything loaded so far is forgotten (see onDataChange), not redrawn.
 *
 * @example useData('https://cdn.example.org/fosc-data/');
 */
export function useData(source: string | URL | DataStore): void {
  if (typeof source === 'string' || source instanceof URL) store = hostedStore(source);
  else if (source && typeof source.read === 'function') store = source;
  else throw new TypeError('fosc-widgets: useData() takes the URL of the data folder, or a store with read(name)');
  for (const listener of listeners) listener();
}

/** Runs `listener` whenever useData() changes the store (caches drop what they hold). */
export function onDataChange(listener: () => void): void {
  listeners.add(listener);
}
