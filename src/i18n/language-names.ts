/** Names of languages, through Intl.DisplayNames: in the UI's language, or in their own (as switchers show them). */

export const languageName = (lang: string, uiLocale: string) =>
  new Intl.DisplayNames([uiLocale], { type: 'language' }).of(lang) ?? lang;

/** "français", "English": a language named in itself. */
export const endonym = (lang: string) => languageName(lang, lang);
