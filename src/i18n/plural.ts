import { getLocale } from './localization.js';

/**
 * Picks a message by the UI locale's plural rules (CLDR, through Intl.PluralRules). Each form is its own
 * message so translators write whole sentences; categories a locale has but we do not translate (French `many`
 * for a million) fall back to `other`.
 */
export function plural(n: number, forms: { one: () => string; other: () => string }): string {
  const category = new Intl.PluralRules(getLocale()).select(n);
  return category === 'one' ? forms.one() : forms.other();
}

/** A number as the UI locale writes it (`1 234` in French). */
export const formatNumber = (n: number) => new Intl.NumberFormat(getLocale()).format(n);
