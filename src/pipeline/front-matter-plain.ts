/**
 * A fast reader for the front matter most posts have: `key: value` lines and lists of `- value` lines, every value
 * a string (plain, or in quotes without escapes), a boolean or `[]`. It gives what the yaml package gives for such
 * a mapping (its values, and the line of each key), several times faster; anything else — a value YAML would read
 * as a number or null, a comment, an alias, a tag, a block scalar, a flow collection, an escape — it declines, and
 * the caller parses with yaml. Declining is always safe; test/node/front-matter-plain.test.ts compares the two.
 */

export interface PlainFrontMatter {
  values: Record<string, Scalar | Scalar[]>;
  /** Index (from 0) of each key's line in the YAML text. */
  keyLines: Record<string, number>;
}

type Scalar = string | boolean;

const KEY = /^([A-Za-z][A-Za-z0-9_]*):(?: (.*))?$/;
const ITEM = /^( *)- (.*)$/;
/** What the YAML 1.2 core schema reads as something else than a string: null, booleans, numbers. */
const NOT_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain scalar's first character may not be an indicator; none may be a tab or a control character. */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s\p{Cc}][^\p{Cc}]*$/u;

const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;

/** A value's string (or boolean: every post has `truncated: false`), or undefined when YAML might read it otherwise. */
function scalar(text: string): Scalar | undefined {
  if (BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T';
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    // Quoted, with nothing inside that yaml would unescape or fold.
    const inner = text.slice(1, -1);
    if (text.length < 2 || text[text.length - 1] !== quote) return undefined;
    if (inner.includes(quote) || inner.includes('\\') || /\p{Cc}/u.test(inner)) return undefined;
    return inner;
  }
  // Plain: no comment (" #"), no mapping (": " or a final ":"), no trailing space, not another type.
  if (!PLAIN.test(text) || text.includes(': ') || text.includes(' #') || /[: ]$/.test(text)) return undefined;
  return NOT_STRING.test(text) ? undefined : text;
}

export function plainFrontMatter(yaml: string): PlainFrontMatter | null {
  const values: PlainFrontMatter['values'] = Object.create(null);
  const keyLines: PlainFrontMatter['keyLines'] = {};
  const lines = yaml.split('\n');
  let list: Scalar[] | undefined;
  let indent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const item = list && ITEM.exec(line);
    if (item) {
      if (indent < 0) indent = item[1].length;
      const value = item[1].length === indent ? scalar(item[2]) : undefined;
      if (value === undefined) return null;
      list!.push(value);
      continue;
    }
    const m = KEY.exec(line);
    if (!m || m[1] in values || m[1] === '__proto__') return null;
    keyLines[m[1]] = i;
    list = undefined;
    if (m[2] === undefined) {
      // `key:` then its list; with no item it would be null.
      values[m[1]] = list = [];
      indent = -1;
      if (!ITEM.test(lines[i + 1] ?? '')) return null;
    } else if (m[2] === '[]') {
      values[m[1]] = [];
    } else {
      const value = scalar(m[2]);
      if (value === undefined) return null;
      values[m[1]] = value;
    }
  }
  // Nothing but blank lines is no mapping (yaml reads null).
  return Object.keys(keyLines).length ? { values: { ...values }, keyLines } : null;
}
