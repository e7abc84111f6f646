/**
 * Characters no author means: U+FFFD, which a decoder puts where bytes were not UTF-8 (a file saved as
 * Windows-1252 or Latin-1), and control characters other than tab and line ends (Markdown turns NUL into U+FFFD
 * too). Reading on would show the reader `�` in place of the author's letters, so input holding them is refused.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u;

/** Why the text cannot be read as written, with the 1-based line of the first such character; `null` if it can. */
export function unreadable(text: string): { line: number; reason: string } | null {
  const at = text.search(UNREADABLE);
  if (at < 0) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  const code = text.codePointAt(at)!;
  const reason =
    code === 0xfffd
      ? 'holds U+FFFD "�", what a decoder writes for bytes that are not UTF-8: save the file as UTF-8 (from Windows-1252 or Latin-1) and write the letters again'
      : `holds the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}: remove it`;
  return { line, reason };
}
