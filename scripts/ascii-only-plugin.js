// After terser (`ascii_only` escapes strings, regexes and identifiers), what is left outside ASCII sits in template
// literals: Lit's css`` and html``, @lit/localize's str``, one String.raw regex source. All of them read the cooked
// text (Lit and @lit/localize hash and render `strings`, not `strings.raw`) or hand it to RegExp, which reads
// `\uXXXX` too, so each UTF-16 unit becomes its escape. scripts/check-ascii.js checks the result.
export function asciiOnly() {
  return {
    name: 'fosc-ascii-only',
    renderChunk(code) {
      const escaped = code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return escaped === code ? null : { code: escaped, map: null };
    },
  };
}
