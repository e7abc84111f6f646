/** A span of text as UTF-16 offsets, `end` excluded: a highlight in an excerpt or a title. */
export type Range = [start: number, end: number];
