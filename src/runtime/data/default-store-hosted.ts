/**
 * The default store of the ES module build for hosting: JSON files in `dist/data/`, fetched by name relative to
 * where the bundle is hosted. What a page pulls depends on what it shows, not on the size of the archive.
 */
import { hostedStore } from './hosted-store.js';

/** dist/data/: the build rewrites `import.meta.url` in this module to the URL of dist/ (rollup.config.js). */
export const defaultStore = hostedStore(new URL('data/', import.meta.url));
