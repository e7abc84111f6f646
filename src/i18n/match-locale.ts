/**
 * BCP-47 negotiation for the UI: `fr-CA` → `fr`, `zh-CN` / `zh-SG` / `zh` → `zh-Hans`, `zh-TW` (Traditional
 * script) → the source locale, anything unknown → the source locale.
 */
export function matchLocale(tag: string | null | undefined, supported: readonly string[], fallback: string): string {
  if (!tag) return fallback;
  let wanted: Intl.Locale;
  try {
    wanted = new Intl.Locale(tag).maximize();
  } catch {
    return fallback;
  }
  const candidates = supported.map((s) => ({ tag: s, locale: new Intl.Locale(s).maximize() }));
  const exact = candidates.find((c) => c.locale.baseName === wanted.baseName);
  const sameScript = candidates.find((c) => c.locale.language === wanted.language && c.locale.script === wanted.script);
  return (exact ?? sameScript)?.tag ?? fallback;
}
