/**
 * lunr with the pieces of lunr-languages we use (the French stemmer and stop words), set up the same way at
 * build time (Node) and in the browser. Importing this module is what configures lunr; nothing else does.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';

stemmerSupport(lunr);
french(lunr);

// A post's score is the plain sum of the BM25 weights of the query terms it has (boosted). lunr divides by the
// query vector's length, which would differ from one term shard to the next; without it, shard scores add up.
lunr.Vector.prototype.similarity = function (this: lunr.Vector, other: lunr.Vector) {
  return this.dot(other);
};

export { lunr };

/** The French Porter-family stemmer (lunr-languages' Snowball port); takes and returns plain strings. */
export const stemFr = (word: string): string => String((lunr as any).fr.stemmer(new lunr.Token(word, {})));
/** lunr's English Porter stemmer. */
export const stemEn = (word: string): string => String(lunr.stemmer(new lunr.Token(word, {})));

const frStop = (lunr as any).fr.stopWordFilter as (t: string) => string | undefined;
/** English and French stop words (lunr's and lunr-languages' lists), before accent folding. */
export const isStopWord = (word: string): boolean => !lunr.stopWordFilter(word as any) || !frStop(word);
