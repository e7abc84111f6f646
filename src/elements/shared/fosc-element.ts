/**
 * The base of every fosc-widgets element, as ShoelaceElement is of Shoelace's: what each element would otherwise
 * write again (the `theme` attribute, the UI locale, one-time warnings, reading partner-set values, defining the
 * tag once, firing typed events). Nothing here touches the DOM when the module loads: importing an element in
 * Node (a static site generator, SSR) defines nothing and throws nothing.
 */
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/localization.js';
import { type NumberSpec, boundedNumber, describe, numberFrom, textValue } from './attributes.js';
import { type FoscEventDetail, type FoscEventMap, type FoscEventName, cancelable, deprecatedNames } from './events.js';
import { themeStyles } from './theme.styles.js';
import { customEvent } from '../../runtime/custom-event.js';

export class FoscElement extends LitElement {
  static override styles: CSSResultGroup = themeStyles;

  /**
   * Defines the element under `tag` unless the tag is taken: a partner page may load our script twice, or two
   * versions of it, and the first definition wins without an error. Does nothing where there is no custom
   * element registry (Node).
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined' || customElements.get(tag)) return;
    customElements.define(tag, this);
  }

  /** Forces `light` or `dark`; by default the element follows the page's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly localeController = new LocaleController(this);
  private readonly warned = new Set<string>();

  /** The UI locale (`en`, `fr`, `es`, `zh-Hans`): the element re-renders when it changes. */
  protected get locale(): string {
    return this.localeController.locale;
  }

  /** `console.warn("<tag>: message")`, once per element and `key` (a partner sees each mistake once). */
  protected warn(key: string, message: string, ...details: unknown[]): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`${this.localName}: ${message}`, ...details);
  }

  /**
   * A numeric property's value within `spec` (the attribute's text or whatever a framework set), else the
   * spec's fallback, with one warning that quotes what was written.
   */
  protected numberOf(name: string, value: unknown, spec: NumberSpec): number {
    return boundedNumber(value, spec, (why) => this.warn(name, `${this.written(name, value)} ${why}`));
  }

  /**
   * A text property's value; `undefined` when unset, `null` (with one warning) when a framework set something
   * that is not text.
   */
  protected textOf(name: string, value: unknown): string | undefined | null {
    return textValue(value, (why) => this.warn(name, `${this.written(name, value)} ${why}`));
  }

  /** A keyword property's value when it is one of `allowed`, else `fallback` (with one warning, unless unset). */
  protected keywordOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    if (value === undefined || value === null) return fallback;
    this.warn(name, `${this.written(name, value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /** `limit="abc"` when the value came from the attribute, `limit (an object)` when a script set it. */
  private written(name: string, value: unknown): string {
    const text = this.getAttribute(name);
    const fromAttribute = text !== null && (value === text || Object.is(numberFrom(text), value));
    return fromAttribute ? `${name}="${text}"` : `${name} (${describe(value)})`;
  }

  /**
   * Fires one of our events (see events.ts): bubbling, composed, cancelable where the event is. Returns it, so
   * the caller can check `defaultPrevented`. An event renamed in this release fires under its old name too.
   */
  protected emit<K extends FoscEventName>(type: K, detail: FoscEventDetail<K>): FoscEventMap[K] {
    const fire = (name: FoscEventName) => {
      const event = customEvent(name, detail, { bubbles: true, composed: true, cancelable: cancelable[name] });
      this.dispatchEvent(event);
      return event as FoscEventMap[K];
    };
    const event = fire(type);
    const old = deprecatedNames[type];
    if (old) fire(old);
    return event;
  }
}
