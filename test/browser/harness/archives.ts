/**
 * Which archive element tests read. Most read the small fixture archive (`test/fixtures/archive/`, built by the
 * real pipeline into `.tmp/fixture-data/` before the browser tests: `npm run pretest:browser`), so they do not
 * hang on the seed's counts; a few read the real archive, as a partner's page does.
 */
import { type ArchiveManifest, bucketOf, dataFile } from '../../../src/core/data-files.js';
import type { ArticleSummary } from '../../../src/core/post.js';
import type { DataStore } from '../../../src/runtime/data/data-store.js';
import { type CapturedWarnings, captureWarnings } from './console.js';
import { hostedStore } from '../../../src/runtime/data/hosted-store.js';
import { dataStore, useData } from '../../../src/runtime/data/store.js';

const real = dataStore();
const FIXTURE = '/.tmp/fixture-data/';

/** Six short posts: a translated pair (en, fr; no URLs), a reprint, posts with and without URL, quotes by name. */
export const useFixtureArchive = (): void => useData(FIXTURE);

/**
 * The fixture archive read through `read`, which gets the plain store's `read` to call (a test makes it fail or
 * wait). `useFixtureArchive()` puts the plain one back.
 */
export function useFixtureArchiveThrough(read: (name: string, plain: DataStore['read']) => Promise<unknown>): void {
  const plain = hostedStore(FIXTURE);
  useData({ read: (name) => read(name, (n) => plain.read(n)) });
}

/**
 * The fixture archive with some posts' summaries as a test wants them, by post id (summaries are read in buckets
 * of several posts, so a test cannot pick one by file name). `edit` gets each post's id and summary (undefined
 * for an id of `added`) and `summaryOf` to read another post's, and returns the summary to serve, a promise of it
 * (to hold a load back), or undefined to leave the post out; when it throws or rejects, the post's whole bucket
 * fails to load, as a dropped request would.
 */
export function useFixtureSummaries(
  edit: (
    id: string,
    summary: ArticleSummary | undefined,
    summaryOf: (id: string) => Promise<ArticleSummary | undefined>,
  ) => ArticleSummary | undefined | Promise<ArticleSummary | undefined>,
  added: readonly string[] = [],
): void {
  const plain = hostedStore(FIXTURE);
  // The manifest read once per use, not once per bucket and post.
  let count: Promise<number> | undefined;
  const buckets = () =>
    (count ??= plain.read('archive').then((archive) => (archive as ArchiveManifest).summaryBuckets));
  const bucket = async (b: number) => ((await plain.read(dataFile.summaries(b))) ?? []) as ArticleSummary[];
  const summaryOf = async (id: string) => (await bucket(bucketOf(id, await buckets()))).find((s) => s.id === id);
  useData({
    read: async (name) => {
      const b = /^summaries\/(\d+)$/.exec(name)?.[1];
      if (b === undefined) return plain.read(name);
      const [n, list] = [await buckets(), await bucket(Number(b))];
      const ids = [...list.map((s) => s.id), ...added.filter((id) => bucketOf(id, n) === Number(b))];
      const served = await Promise.all(
        ids.map((id) =>
          edit(
            id,
            list.find((s) => s.id === id),
            summaryOf,
          ),
        ),
      );
      return served.filter((s): s is ArticleSummary => s !== undefined);
    },
  });
}

/** The seed archive the build carries (`content/`). */
export const useRealArchive = (): void => useData(real);

/**
 * Runs `test` with the fixture archive behind a network that fails until `network.reconnect()`, and the console
 * captured; then puts both back.
 */
export async function whileOffline(
  test: (network: { reconnect(): void }, warnings: CapturedWarnings) => Promise<void>,
): Promise<void> {
  const warnings = captureWarnings();
  let offline = true;
  useFixtureArchiveThrough((name, read) => (offline ? Promise.reject(new Error('offline')) : read(name)));
  try {
    await test({ reconnect: () => (offline = false) }, warnings);
  } finally {
    warnings.restore();
    useFixtureArchive();
  }
}

/** In a `describe`: its tests read the real archive, and the next ones the fixture archive again. */
export function onRealArchive(): void {
  before(useRealArchive);
  after(useFixtureArchive);
}
