/**
 * The default store of builds that carry the archive inside (the classic script, npm, the tests): the generated
 * modules, each imported lazily so that a bundler makes one chunk per file. The ES module build for hosting
 * replaces this module with default-store-hosted.ts (rollup.config.js).
 */
import { dataModules } from '../../generated/data-modules.js';
import type { DataStore } from './data-store.js';

export const defaultStore: DataStore = {
  read: (name) => (dataModules[name] ? dataModules[name]().then((m) => m.default) : Promise.resolve(undefined)),
};
