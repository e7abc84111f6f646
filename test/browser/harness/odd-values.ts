/**
 * What React and Vue may set on a custom element's properties: whatever the app holds. An element takes any of
 * these on any property without throwing (issue 12).
 */
import type { LitElement, PropertyDeclaration } from 'lit';
import { captureWarnings } from './console.js';

export const ODD_VALUES: readonly unknown[] = [undefined, null, 0, 42, -1, NaN, true, {}, [], ['a', 'b'], { id: 'x' }];

/** The element's public reactive properties (not its internal state), from Lit's own declarations. */
export function publicProperties(el: LitElement): string[] {
  const declared = (el.constructor as typeof LitElement).elementProperties as Map<PropertyKey, PropertyDeclaration>;
  return [...declared].filter(([, options]) => !options.state).map(([name]) => String(name));
}

/**
 * Sets each public property to each odd value in turn, letting the element update (and `check` what it shows),
 * then puts the property back. Returns every error thrown: by an update, or uncaught on the page meanwhile.
 */
export async function setEveryProperty(
  el: LitElement,
  check: (name: string, value: unknown) => Promise<void> = async () => {},
): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('error' in e ? e.error : e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  const record = el as unknown as Record<string, unknown>;
  try {
    for (const name of publicProperties(el)) {
      const original = record[name];
      for (const value of ODD_VALUES) {
        try {
          record[name] = value;
          await el.updateComplete;
          await check(name, value);
        } catch (err) {
          errors.push(`${name} = ${String(value)}: ${err}`);
        }
      }
      record[name] = original;
      await el.updateComplete;
    }
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return errors;
}

/** {@link setEveryProperty} with the console captured: the errors, and the warnings the element gave. */
export async function tryOddValues(
  el: LitElement,
  check?: (name: string, value: unknown) => Promise<void>,
): Promise<{ errors: string[]; warnings: string[] }> {
  const captured = captureWarnings();
  try {
    return { errors: await setEveryProperty(el, check), warnings: captured.messages };
  } finally {
    captured.restore();
  }
}
