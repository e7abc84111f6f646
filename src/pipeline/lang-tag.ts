/**
 * Language tags as a post may write them: well-formed BCP 47 (what `Intl` accepts), in canonical form, naming a
 * language ISO 639 knows. The widgets hand these tags to `Intl` and to `lang` attributes: one that `Intl` rejects
 * (`en_US`) makes them throw `RangeError` and render nothing, so the build refuses it and says what to write.
 */
import { iso6393 } from 'iso-639-3';

/** ISO 639-1 and 639-3 codes of real languages (not `und`, `mul`, `zxx`: a post's text is in some language). */
const CODES = new Set(iso6393.filter((l) => l.type !== 'special').flatMap((l) => [l.iso6393, l.iso6391 ?? l.iso6393]));
const BY_NAME = new Map(iso6393.map((l) => [l.name.toLowerCase(), l.iso6391 ?? l.iso6393]));

const canonical = (tag: string): string | null => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
};

/** Why `tag` is not a language tag a post may use, with what to write instead; `null` when it is one. */
export function langTagProblem(tag: string): string | null {
  const found = canonical(tag);
  if (found === null) {
    const fixed = canonical(tag.trim().replace(/_/g, '-'));
    const hint = fixed ? `write "${fixed}"` : 'write a BCP 47 tag such as "en", "fr", "zh-Hans" or "pt-BR"';
    return `"${tag}" is not a BCP 47 language tag: ${hint}`;
  }
  const language = new Intl.Locale(found).language;
  if (!CODES.has(language)) {
    const named = BY_NAME.get(tag.toLowerCase());
    const hint = named ? `write "${named}"` : 'write its ISO 639 code, such as "en", "fr" or "zh"';
    return `"${tag}" names no language: ${hint}`;
  }
  if (found !== tag) return `"${tag}" is not written the canonical way: write "${found}"`;
  return null;
}
