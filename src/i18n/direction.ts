/**
 * Which way a language is written: what `dir` a text in it gets when its author did not say. From the browser's
 * own data (`Intl.Locale#getTextInfo()`, `textInfo` in older Chromium and Safari); where the browser has neither
 * (Firefox), from the script the language is usually written in (`maximize()` gives `ar` → `Arab`).
 */

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), as CLDR lists them. */
const RTL_SCRIPTS = new Set([
  'Adlm', 'Arab', 'Aran', 'Armi', 'Avst', 'Chrs', 'Cprt', 'Elym', 'Hatr', 'Hebr', 'Hung', 'Khar', 'Lydi', 'Mand',
  'Mani', 'Mend', 'Merc', 'Mero', 'Narb', 'Nbat', 'Nkoo', 'Orkh', 'Ougr', 'Palm', 'Phli', 'Phlp', 'Phnx', 'Prti',
  'Rohg', 'Samr', 'Sarb', 'Sogd', 'Sogo', 'Syrc', 'Thaa', 'Yezi',
]); // prettier-ignore

interface TextInfo {
  direction?: Direction;
}
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };

const known = new Map<string, Direction>();

function find(lang: string): Direction {
  try {
    const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
    // A script the tag names decides (V8's text info says `ltr` for `az-Arab`, going by the language alone).
    if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    const script = locale.maximize().script;
    return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr'; // not a language tag: no reason to turn the text around
  }
}

/** `rtl` for Arabic, Hebrew, Persian, Urdu (`ar`, `he`, `fa-IR`, `ku-Arab`…), else `ltr`. */
export function directionOf(lang: string): Direction {
  let dir = known.get(lang);
  if (!dir) known.set(lang, (dir = find(lang)));
  return dir;
}

/** The `dir` the page states for `el`: on it or an ancestor, through shadow roots; `undefined` if none does. */
function statedDirection(el: Element): Direction | undefined {
  // Optional calls: a server renderer's DOM shim has no tree to walk (the client decides again on hydration).
  for (let at: Element | null | undefined = el; at;) {
    const dir = at.getAttribute?.('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    at = at.parentElement ?? (at.getRootNode?.() as { host?: Element } | undefined)?.host;
  }
  return undefined;
}

/**
 * The direction of a widget's own chrome (toolbars, controls, the search field): the page's where it states one
 * (`dir` on the widget or an ancestor), else the UI language's — an Arabic UI on a page that says nothing lays out
 * right to left. `undefined` when the page's stated direction holds (nothing to set). The UI's sentences take the
 * UI language's direction either way; content takes its own language's.
 */
export function chromeDirection(host: Element, uiLocale: string): Direction | undefined {
  return statedDirection(host) ? undefined : directionOf(uiLocale);
}
