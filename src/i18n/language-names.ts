/**
 * Names of languages, through Intl.DisplayNames — the one rule (docs: README "Localisation", L10N rules):
 * - inside a sentence of the UI, a language is named in the UI's language: {@link languageName} ("Aussi en anglais");
 * - standing alone as a choice (a language switch), in its own: {@link endonym} ("français"), in an element with
 *   `lang` set to that language;
 * - opening a line or standing as a label ("Anglais · 5 min de lecture"), {@link languageLabel}: capitalised for the
 *   UI locale, where French and Spanish write language names in lower case inside a sentence.
 */

export const languageName = (lang: string, uiLocale: string) =>
  new Intl.DisplayNames([uiLocale], { type: 'language' }).of(lang) ?? lang;

/** "français", "English": a language named in itself. */
export const endonym = (lang: string) => languageName(lang, lang);

/**
 * `text` with its first grapheme upper-cased as `locale` does it ("anglais" → "Anglais", Turkish "i" → "İ"); the
 * rest as it is. For words that open a line; scripts without case come back unchanged.
 */
export function capitalise(text: string, locale: string): string {
  const first = new Intl.Segmenter(locale).segment(text)[Symbol.iterator]().next().value?.segment ?? '';
  return first.toLocaleUpperCase(locale) + text.slice(first.length);
}

/** A language named in the UI's language, capitalised: where the name opens a line or stands as a label. */
export const languageLabel = (lang: string, uiLocale: string) => capitalise(languageName(lang, uiLocale), uiLocale);
