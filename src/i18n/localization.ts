/**
 * UI localisation with @lit/localize in runtime mode, kept to ourselves.
 *
 * @lit/localize is configured once per copy of the library and announces locale changes with a page-global
 * `lit-localize-status` event. A partner page may run its own Lit app with its own copy: so our elements do
 * not listen to that event (theirs would re-render us), and the copy inside our bundles never fires it
 * (ours would re-render theirs, or show their loading spinners): the build turns its `window.dispatchEvent`
 * into a no-op (see `rollup.config.js`). Our elements re-render through {@link LocaleController} instead.
 *
 * The locale is the one given to `setLocale()`, else the page's `<html lang>`, followed live. A page may hold two
 * copies of fosc-widgets (the classic and the module script, two versions): the elements belong to the copy that
 * defined them first, so `setLocale()` asks every copy on the page, through one page-global event of our own.
 * In Node (a static site generator, server rendering) there is no page: the locale is the one set.
 */
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loadLocaleModule } from '../generated/locale-loaders.js';
import { matchLocale } from './match-locale.js';
import { customEvent } from '../runtime/custom-event.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
const uiLocales: readonly string[] = [sourceLocale, ...targetLocales];

const hosts = new Set<ReactiveControllerHost>();
let current: string = sourceLocale;
let chosen: string | undefined; // set by setLocale(): wins over <html lang>
let configured: ReturnType<typeof configureLocalization> | undefined;

function configure(): ReturnType<typeof configureLocalization> | undefined {
  if (configured) return configured;
  try {
    configured = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loadLocaleModule(locale),
    });
  } catch (err) {
    // The same copy of @lit/localize was configured by the page: our UI stays in English rather than break it.
    console.warn('fosc-widgets: @lit/localize is already configured on this page; the widgets stay in English.', err);
  }
  return configured;
}

async function apply(locale: string): Promise<void> {
  const api = configure();
  if (!api) return;
  await api.setLocale(locale);
  if (api.getLocale() !== locale) return; // a newer request won
  current = locale;
  for (const host of hosts) host.requestUpdate();
}

function fromPage(): string {
  return typeof document === 'undefined'
    ? sourceLocale
    : matchLocale(document.documentElement.lang, uiLocales, sourceLocale);
}

let observer: MutationObserver | undefined;
function followPage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    if (!chosen) void apply(fromPage());
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void apply(fromPage());
}

/** This copy's part of setLocale(): resolves once its own elements have re-rendered. */
async function choose(tag: string | null): Promise<void> {
  chosen = tag ? matchLocale(tag, uiLocales, sourceLocale) : undefined;
  followPage();
  await apply(chosen ?? fromPage());
  await Promise.all([...hosts].map((h) => h.updateComplete));
}

/** The event every copy of fosc-widgets on a page listens to; `done` collects each copy's re-render. */
const LOCALE_REQUEST = 'fosc-widgets-locale-request';
interface LocaleRequest {
  tag: string | null;
  done: Promise<unknown>[];
}

const isLocaleRequest = (detail: unknown): detail is LocaleRequest => {
  const d = detail as Partial<LocaleRequest> | null;
  return !!d && (typeof d.tag === 'string' || d.tag === null) && Array.isArray(d.done);
};

if (typeof document !== 'undefined') {
  document.addEventListener(LOCALE_REQUEST, (event) => {
    const { detail } = event as CustomEvent<unknown>;
    if (isLocaleRequest(detail)) detail.done.push(choose(detail.tag));
  });
}

/** The UI locale in use now (a supported locale code). */
export function getLocale(): string {
  return current;
}

/**
 * Sets the widgets' UI language for the whole page (content languages are the reader's own choice), in every copy
 * of fosc-widgets the page loaded. Any BCP-47 tag: it is matched to the nearest supported locale. `null` goes back
 * to following `<html lang>`. Resolves once every widget has re-rendered in that language.
 */
export async function setLocale(tag: string | null): Promise<string> {
  if (typeof document === 'undefined') {
    await choose(tag);
    return current;
  }
  const request: LocaleRequest = { tag: tag == null ? null : String(tag), done: [] };
  document.dispatchEvent(customEvent(LOCALE_REQUEST, request));
  await Promise.all(request.done);
  return current;
}

/** Re-renders its element when the UI locale changes; starts following `<html lang>` with the first element. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    hosts.add(this.host);
    followPage();
  }
  hostDisconnected(): void {
    hosts.delete(this.host);
  }
  get locale(): string {
    return current;
  }
}
