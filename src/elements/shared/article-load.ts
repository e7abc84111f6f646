import { UnknownArticleError } from '../../runtime/api.js';

type Warn = (key: string, message: string, ...details: unknown[]) => void;

/**
 * What a task loads for an `article` attribute (a card's summary, a reader's pair): `undefined`, with one warning,
 * when the id is empty or the archive has no such post; any other failure is warned and rethrown (the task's error
 * state, with "Try again"). A load that a newer one replaced (`signal` aborted) warns nothing.
 */
export async function loadArticle<T>(
  id: string,
  signal: AbortSignal,
  load: (id: string) => Promise<T>,
  warn: Warn,
): Promise<T | undefined> {
  if (!id) {
    warn('article', 'the `article` attribute is empty; set it to the id of a post.');
    return undefined;
  }
  try {
    return await load(id);
  } catch (err) {
    signal.throwIfAborted();
    if (!(err instanceof UnknownArticleError)) {
      warn('load', 'the article could not be loaded.', err);
      throw err;
    }
    warn(`article:${id}`, `no article with id "${id}" in this archive.`);
    return undefined;
  }
}
