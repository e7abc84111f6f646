import { getLocale } from './localization.js';

/**
 * One message per CLDR plural category (L10N rules §5). Each form is its own `msg()` with its own id, so a
 * translator writes whole sentences: Arabic fills all six ("نتيجة واحدة", "نتيجتان", "٣ نتائج", "١١ نتيجة"…),
 * Russian and Polish one/few/many/other, French and Spanish one/many/other ("1 000 000 de résultats"), Chinese
 * only other. Only `other` is required: a category the caller has no message for falls back to it.
 */
export type PluralForms = { other: () => string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, () => string>
>;

/** The CLDR plural category of `n` in `locale` (the UI locale by default), as Intl.PluralRules gives it. */
export const pluralCategory = (n: number, locale: string = getLocale()): Intl.LDMLPluralRule =>
  new Intl.PluralRules(locale).select(n);

/** The form of `forms` for `n` in the UI locale's plural rules, else `other`. */
export function plural(n: number, forms: PluralForms, locale: string = getLocale()): string {
  return (forms[pluralCategory(n, locale)] ?? forms.other)();
}

/** A number as the UI locale writes it (`1 234` in French, `١٢٣` in Arabic where Intl gives those digits). */
export const formatNumber = (n: number) => new Intl.NumberFormat(getLocale()).format(n);
