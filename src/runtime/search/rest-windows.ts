/**
 * A post's other excerpt windows (those not in its fragment): in the text file of its fragment file, or, for a long
 * post, in the part of it its fragment names. Read through one cache per search, so that the excerpts and the
 * phrase checks read each file once.
 */
import type { Fragment, TextFile, WindowSet } from '../../core/search/index-format.js';
import { cached } from '../cached.js';
import type { SearchSource } from '../data/search-source.js';

export type RestWindows = (fragment: Fragment, post: number) => Promise<WindowSet>;

export function restWindows(source: SearchSource): RestWindows {
  const files = cached((key: string): Promise<TextFile> => {
    const [n, part] = key.split(':').map(Number);
    return source.texts(n, part);
  });
  return async (fragment, post) => {
    const per = source.manifest.fragmentsPerFile;
    const [part, index] = fragment.rest ?? [0, post % per];
    const set = (await files(`${Math.floor(post / per)}:${part}`))[index];
    // Null is the place of a post moved to a part, which its fragment names: never read with the data as built.
    return set ?? { sections: [], windows: [] };
  };
}
