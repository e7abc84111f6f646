/**
 * Reading what partners set: attributes written by hand and properties set by frameworks (React and Vue set
 * properties, with whatever value the app holds: `undefined`, `null`, a number, an object). Nonsense never throws:
 * it reads as the default, and the element warns once (FoscElement).
 */
import type { ComplexAttributeConverter } from 'lit';

/** A numeric attribute's default and bounds: one constant per element (`static defaults`) holds them all. */
export interface NumberSpec {
  /** Used when the attribute is absent, empty or nonsense. */
  fallback: number;
  min: number;
  max: number;
}

/**
 * The converter of every numeric attribute: `@property({ converter: numberConverter })`. An absent or blank
 * attribute is `undefined` (the default applies); anything else is `Number(text)`, checked by {@link boundedNumber}
 * where it is read.
 */
export const numberConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (text) => numberFrom(text),
  toAttribute: (value) => (value === undefined || value === null ? null : String(value)),
};

/** A numeric attribute's text as a number (`NaN` for words), `undefined` when absent or blank. */
export function numberFrom(text: string | null): number | undefined {
  return text === null || !text.trim() ? undefined : Number(text);
}

/** How a value reads in a warning: `"-3"`, `42`, `an object`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'function' ? 'a function' : String(value);
}

/**
 * A whole number within the spec's bounds, else its fallback. Unset (`undefined`, `null`, blank) is the fallback
 * quietly; anything else out of bounds or not a number calls `nonsense` with a sentence that says why.
 */
export function boundedNumber(value: unknown, spec: NumberSpec, nonsense: (why: string) => void): number {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return spec.fallback;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (Number.isFinite(n) && n >= spec.min && n <= spec.max) return Math.round(n);
  nonsense(`is not a number between ${spec.min} and ${spec.max}; using ${spec.fallback}.`);
  return spec.fallback;
}

/**
 * A text property's value: a string as it is, a number or boolean written out, `undefined` when unset. Anything
 * else (an object, an array) is no text: `nonsense` is called and the result is `null`.
 */
export function textValue(value: unknown, nonsense: (why: string) => void): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  nonsense('is not text.');
  return null;
}
