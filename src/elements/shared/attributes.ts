/** Attribute values that partners get wrong: fall back to the default with one console warning per element. */
const warned = new WeakMap<Element, Set<string>>();

export function warnOnce(el: Element, key: string, message: string): void {
  let seen = warned.get(el);
  if (!seen) warned.set(el, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`${el.localName}: ${message}`);
}

/** A whole number within bounds (milliseconds, a count), or the default (with a warning) when the attribute is nonsense. */
export function numberAttribute(
  el: Element,
  name: string,
  value: unknown,
  fallback: number,
  { min = 0, max = 600_000 } = {},
): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = Number(value);
  if (Number.isFinite(n) && n >= min && n <= max) return Math.round(n);
  warnOnce(el, name, `${name}="${String(value)}" is not a number between ${min} and ${max}; using ${fallback}.`);
  return fallback;
}
