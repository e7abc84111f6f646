/**
 * WordPress shortcodes, found with WordPress's own shortcode grammar (@wordpress/shortcode, the port of
 * `get_shortcode_regex()`), turned into the HTML the walker understands or into nothing, with a note:
 * - `[caption]` → a figure whose caption stays (the image goes);
 * - `[code]`, `[sourcecode]` → preformatted text;
 * - galleries, audio, video, playlists, embeds → dropped, noted;
 * - any other `[x]…[/x]` → its inner text, the brackets dropped, noted; `[x attr="…"]` alone → dropped, noted;
 * - `[[x]]` is WordPress's escape: it reads `[x]`.
 * A bracketed aside in a sentence (`[sic]`, `[Editor’s note: …]`) is text, as on the site, where only registered
 * shortcodes are replaced.
 */
import { fromMatch, regexp } from '@wordpress/shortcode';
import type { Notes } from './html-blocks.js';

const CAPTION = new Set(['caption', 'wp_caption']);
const CODE = new Set(['code', 'sourcecode', 'source']);
const MEDIA = new Set([
  'audio',
  'embed',
  'gallery',
  'playlist',
  'video',
  'wpvideo',
  'youtube',
  'vimeo',
  'soundcloud',
  'tweet',
  'instagram',
  'slideshow',
]);

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Every name that could be a shortcode, in order of appearance. */
const namesIn = (text: string) => new Set([...text.matchAll(/\[\[?([A-Za-z][\w-]*)/g)].map((m) => m[1]));

type Handler = (code: ReturnType<typeof fromMatch>, standalone: boolean, written: string) => string | undefined;

/** Replaces each shortcode named in `text` by what `handle` returns (`undefined`: not a shortcode, keep it). */
function replaceAll(text: string, handle: Handler, only?: ReadonlySet<string>): string {
  for (const name of namesIn(text)) {
    if (only && !only.has(name.toLowerCase())) continue;
    text = text.replace(regexp(name), (...args: unknown[]) => {
      const match = args[0] as string;
      const [left, right] = [args[1] as string, args[7] as string];
      if (left === '[' && right === ']') return match.slice(1, -1);
      const offset = args[8] as number;
      const whole = args[9] as string;
      const before = whole.slice(Math.max(0, offset - 40), offset);
      const after = whole.slice(offset + match.length, offset + match.length + 40);
      // Alone on its line or in its paragraph (a bare `[toc]`), not inside a sentence (`[sic]`).
      const standalone = /(^|<p[^>]*>|<br\s*\/?>|\n)\s*$/.test(before) && /^\s*($|<\/p>|<br|\n)/.test(after);
      const result = handle(
        fromMatch(args as never),
        standalone,
        match.slice(left.length, match.length - right.length),
      );
      return result === undefined ? match : left + result + right;
    });
  }
  return text;
}

/**
 * Code shortcodes as `<pre>`, before paragraphs are made from line breaks (WordPress's syntax highlighters do
 * the same), so that code keeps its lines.
 */
export function preformatShortcodes(text: string): string {
  return replaceAll(text, (code) => (code.type === 'closed' ? `<pre>${code.content ?? ''}</pre>` : ''), CODE);
}

export function applyShortcodes(html: string, notes: Notes): string {
  return replaceAll(html, (code, standalone, written) => {
    const tag = code.tag.toLowerCase();
    const { named, numeric } = code.attrs;
    const opening = shorten(written.slice(0, written.indexOf(']') + 1));
    if (CAPTION.has(tag)) {
      return named.caption
        ? `<figure>${code.content ?? ''}<figcaption>${named.caption}</figcaption></figure>`
        : `<figure><figcaption>${code.content ?? ''}</figcaption></figure>`;
    }
    if (CODE.has(tag)) return code.type === 'closed' ? `<pre>${code.content ?? ''}</pre>` : '';
    if (MEDIA.has(tag)) {
      const what = named.src ?? named.url ?? named.ids ?? numeric[0] ?? code.content?.trim();
      notes.add(`dropped [${code.tag}]${what ? ` (${shorten(what)})` : ''}`);
      return '';
    }
    if (code.type === 'closed') {
      notes.add(`unknown shortcode ${opening}: kept its text, dropped the brackets`);
      return code.content ?? '';
    }
    // WordPress leaves an unregistered `[x]` as it is; named attributes or a line of its own mark a shortcode.
    if (Object.keys(named).length || code.type === 'self-closing' || (standalone && !numeric.length)) {
      notes.add(`dropped shortcode ${opening}`);
      return '';
    }
    return undefined;
  });
}
