/**
 * Which archive element tests read. Most read the small fixture archive (`test/fixtures/archive/`, built by the
 * real pipeline into `.tmp/fixture-data/` before the browser tests: `npm run pretest:browser`), so they do not
 * hang on the seed's counts; a few read the real archive, as a partner's page does.
 */
import { dataStore, useData } from '../../../src/runtime/data/store.js';

const real = dataStore();

/** Six short posts: a translated pair (en, fr; no URLs), a reprint, posts with and without URL, quotes by name. */
export const useFixtureArchive = (): void => useData('/.tmp/fixture-data/');

/** The seed archive the build carries (`content/`). */
export const useRealArchive = (): void => useData(real);
