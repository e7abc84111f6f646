import { dataFile } from '../../core/data-files.js';
import { cached } from '../cached.js';
import type { DataStore } from './data-store.js';

/**
 * A data file that could not be read: the data is not deployed where the widgets look for it, or cannot be reached.
 * Not an unknown id: the widgets show their error state for it, never "not found".
 */
export class DataUnavailableError extends Error {
  constructor(
    /** The address that failed. */
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataUnavailableError';
  }
}

const HOW_TO_FIX =
  "Host the package's dist/data/ folder there, or tell the widgets where it is with useData('https://…/data/') " +
  '(see the README, "npm").';

/** One console message per problem and folder, however many widgets ask. */
const told = new Set<string>();
function unavailable(root: URL, url: URL, problem: string): DataUnavailableError {
  const error = new DataUnavailableError(url.href, `fosc-widgets: ${url.href} ${problem}`);
  const key = `${root.href} ${problem}`;
  if (!told.has(key)) {
    told.add(key);
    console.error(error.message);
  }
  return error;
}

const htmlProblem =
  'answered with an HTML page instead of JSON: the data is not deployed there and the server sent its fallback ' +
  `page (a single-page app's index.html?). ${HOW_TO_FIX}`;

const looksLikeHtml = (response: Response, text: string) =>
  /\bhtml\b/i.test(response.headers.get('content-type') ?? '') || text.trimStart().startsWith('<');

/**
 * A store that fetches `<name>.json` under `base` (a URL ending in `/`), without credentials. A missing file is an
 * unknown id only while the archive's manifest is there: otherwise the whole folder is missing, and reading rejects
 * with a {@link DataUnavailableError} whose message (also written to the console, once) names the URL and the fix.
 */
export function hostedStore(base: string | URL): DataStore {
  const root = new URL(base, typeof document === 'undefined' ? undefined : document.baseURI);
  if (!root.pathname.endsWith('/')) root.pathname += '/';

  async function get(url: URL, method = 'GET'): Promise<Response> {
    try {
      return await fetch(url, { method, credentials: 'omit' });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw unavailable(
        root,
        url,
        `could not be fetched (${reason}): offline, blocked, or on another origin that sends no ` +
          `Access-Control-Allow-Origin. ${HOW_TO_FIX}`,
      );
    }
  }

  // Whether the folder holds an archive at all (asked once, after the first 404; a failure is asked again later).
  const manifest = new URL(`${dataFile.archive}.json`, root);
  const checkFolder = cached(async () => {
    const response = await get(manifest, 'HEAD');
    if (response.status === 404) {
      throw unavailable(
        root,
        manifest,
        `was not found (HTTP 404): the archive's data is not deployed there. ${HOW_TO_FIX}`,
      );
    }
    if (response.ok && looksLikeHtml(response, '')) {
      throw unavailable(root, manifest, htmlProblem);
    }
  });

  return {
    async read(name) {
      const url = new URL(`${name}.json`, root);
      const response = await get(url);
      if (response.status === 404) {
        await checkFolder(undefined);
        return undefined;
      }
      if (!response.ok) {
        throw unavailable(root, url, `answered HTTP ${response.status}; the widgets try again when asked.`);
      }
      const text = await response.text();
      if (looksLikeHtml(response, text)) throw unavailable(root, url, htmlProblem);
      try {
        return JSON.parse(text);
      } catch {
        throw unavailable(root, url, `is not valid JSON (cut short, or not our data file). ${HOW_TO_FIX}`);
      }
    },
  };
}
