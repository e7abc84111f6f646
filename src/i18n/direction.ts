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
    const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
    const script = locale.script ?? locale.maximize().script;
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
