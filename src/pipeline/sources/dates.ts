/** Dates as sources write them → ISO 8601 (`2024-06-05T16:04:48Z`). */

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** A WordPress database date (`2024-06-05 16:04:48`); `gmt` when it is UTC. Drafts carry `0000-00-00 00:00:00`. */
export function fromWordPress(text: string | undefined, gmt: boolean): string | undefined {
  const m = WP_DATE.exec(text?.trim() ?? '');
  if (!m || m[1] === '0000') return undefined;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  return gmt ? `${local}Z` : local;
}

/**
 * A date with its offset (RFC 822 as in RSS `pubDate`, or ISO 8601 as in Atom and JSON Feed), in UTC. Dates before
 * 1971 are the zero dates of drafts and broken exports (`Thu, 01 Jan 1970`), not publication dates.
 */
export function fromDated(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time) || time < Date.UTC(1971, 0, 1)) return undefined;
  return new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}
