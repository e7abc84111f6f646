/**
 * Binary search over sorted data, in one place: the first index in `[0, length)` whose item is not before `value`
 * (`before(i)` says whether item i sorts before it). Term lists, shard boundaries and typo dictionaries all use it.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` whose string is not before `value`. */
export const lowerBoundOf = (sorted: readonly string[], value: string): number =>
  lowerBound(sorted.length, (i) => sorted[i] < value);

/** The range a sorted list of boundaries puts `value` in: boundaries[n-1] <= value < boundaries[n]. */
export const rangeOf = (boundaries: readonly string[], value: string): number =>
  lowerBound(boundaries.length, (i) => boundaries[i] <= value);
