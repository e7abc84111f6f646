/**
 * Input no author means, refused with its line: bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1;
 * a lenient decoder would show the reader `�` in place of the author's letters), and control characters other than
 * tab and line ends (Markdown turns NUL into U+FFFD). A U+FFFD the author wrote, as valid UTF-8, is text like any
 * other: only the file's bytes tell the two apart, so files are decoded strictly (`readUtf8`, `utf8Lines`).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { ContentError } from './errors.js';

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

const NOT_UTF8 =
  'holds bytes that are not UTF-8 (the file was saved as Windows-1252 or Latin-1?): save it as UTF-8 and check the letters of that line';

/** Why the text cannot be read as written, with the 1-based line of the first such character; `null` if it can. */
export function unreadable(text: string): { line: number; reason: string } | null {
  const at = text.search(UNREADABLE);
  if (at < 0) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  const code = text.codePointAt(at)!;
  return {
    line,
    reason: `holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}: remove it`,
  };
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether bytes are UTF-8 (a U+FFFD written as its three bytes is). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based line of bytes (not UTF-8 as a whole) that holds the first invalid sequence. */
function badLine(bytes: Uint8Array): number {
  let line = 1;
  for (let start = 0; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    // A line break is never inside a UTF-8 sequence, so lines are checked one by one.
    if (end < 0 || !isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
}

/** A file's text, refused (ContentError at its line, named `name`) unless its bytes are UTF-8. */
export function readUtf8(path: string, name = path): string {
  const bytes = readFileSync(path);
  try {
    return strict.decode(bytes);
  } catch {
    throw new ContentError(NOT_UTF8, name, badLine(bytes));
  }
}

/**
 * A decoder of a file's chunks as they stream in (the last call without a chunk), refused (ContentError at its line,
 * named `name`) at the first bytes that are not UTF-8.
 */
export function strictChunks(name: string): (chunk?: Uint8Array) => string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lines = 0;
  // The previous chunk's last bytes after its last line break, from a character's start: a character cut in two.
  let carry = new Uint8Array(0);
  return (chunk) => {
    try {
      const text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      if (chunk) {
        let from = Math.max(chunk.lastIndexOf(0x0a) + 1, chunk.length - 3);
        while (from < chunk.length && (chunk[from] & 0xc0) === 0x80) from++;
        carry = chunk.slice(from);
      }
      return text;
    } catch {
      // Everything before the bad bytes was read: they are on the first line of this chunk that does not decode.
      const rest = new Uint8Array(carry.length + (chunk?.length ?? 0));
      rest.set(carry);
      if (chunk) rest.set(chunk, carry.length);
      throw new ContentError(NOT_UTF8, name, lines + badLine(rest));
    }
  };
}

/** A file's lines (without their line ends), streamed and decoded strictly: see strictChunks. */
export async function* utf8Lines(path: string, name = path): AsyncGenerator<string> {
  const decode = strictChunks(name);
  let pending = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    const lines = (pending + decode(chunk)).split('\n');
    pending = lines.pop()!;
    for (const line of lines) yield line.replace(/\r$/, '');
  }
  pending += decode();
  if (pending) yield pending.replace(/\r$/, '');
}
