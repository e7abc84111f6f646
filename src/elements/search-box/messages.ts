/**
 * Every sentence the search box says or shows, each one message with a note for translators (the `desc`, which
 * becomes the XLIFF unit's `<note>`).
 */
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { plural } from '../../i18n/plural.js';

export const label = () =>
  msg('Search the archive', {
    desc: 'Search box: the field’s label and its placeholder. Short: it must fit a narrow field.',
  });

export const hint = () =>
  msg('Results appear as you type. Use the up and down arrows to choose one.', {
    desc: 'Search box: read by screen readers when the field gets focus, to say how the results work.',
  });

export const listbox = () => msg('Search results', { desc: 'Search box: spoken name of the list of results.' });

export const clear = () =>
  msg('Clear search', { desc: 'Search box: spoken name of the ✕ button that empties the field.' });

export const loading = () =>
  msg('Loading search…', {
    desc: 'Search box, under the field and spoken: the search is still loading. Use your language’s ellipsis.',
  });

export const unavailable = () =>
  msg('Search is unavailable right now.', {
    desc: 'Search box, under the field and spoken: the search could not be loaded. A “Try again” button follows.',
  });

/**
 * `count` is already formatted for the UI locale. One message per CLDR plural category (L10N rules §5): English
 * has one and other; the others exist so that a language with more forms (Arabic, Russian, Polish) can write each.
 */
export const resultCount = (n: number, count: string) =>
  plural(n, {
    zero: () =>
      msg(str`${count} results`, {
        id: 'results-zero',
        desc: 'Search box, spoken: how many results the list holds, plural category "zero" (Arabic: 0). Unused in languages without that category (copy your "other" form). The placeholder is the number, formatted.',
      }),
    one: () =>
      msg(str`${count} result`, {
        id: 'results-one',
        desc: 'Search box, spoken: how many results the list holds, plural category "one" (English, French, Spanish, Arabic: 1; Russian: 1, 21, 31…). The placeholder is the number, formatted, and must stay: where your language would say the number with the word alone (Arabic "نتيجة واحدة"), write a sentence that keeps it ("عدد النتائج: ١").',
      }),
    two: () =>
      msg(str`${count} results`, {
        id: 'results-two',
        desc: 'Search box, spoken: how many results the list holds, plural category "two" (Arabic: 2, the dual). Unused in languages without that category (copy your "other" form). The placeholder is the number, formatted, and must stay: where the word alone would say it (Arabic "نتيجتان"), write a sentence that keeps it ("عدد النتائج: ٢").',
      }),
    few: () =>
      msg(str`${count} results`, {
        id: 'results-few',
        desc: 'Search box, spoken: how many results the list holds, plural category "few" (Arabic: 3–10, 103–110…; Russian and Polish: 2–4, 22–24…). Unused in languages without that category (copy your "other" form). The placeholder is the number, formatted.',
      }),
    many: () =>
      msg(str`${count} results`, {
        id: 'results-many',
        desc: 'Search box, spoken: how many results the list holds, plural category "many" (Arabic: 11–99, 111–199…; Russian and Polish: 0, 5–20, 25–30…; French and Spanish: 1 000 000 and other round millions, "1 000 000 de résultats"). Copy your "other" form where your language has no such category. The placeholder is the number, formatted.',
      }),
    other: () =>
      msg(str`${count} results`, {
        id: 'results-other',
        desc: 'Search box, spoken: how many results the list holds, plural category "other" (English: 0, 2, 3…; Arabic: 100–102, 200…; every number in Chinese). The placeholder is the number, formatted.',
      }),
  });

/** Nothing matched; `query` is isolated: its bidi controls or right-to-left words cannot reorder our words. */
export const noResults = (query: string) =>
  msg(html`No results for “${html`<bdi>${query}</bdi>`}”.`, {
    id: 'search-no-results',
    desc: 'Search box, under the field and spoken, when nothing matches. The placeholder is what the reader typed (keep it in quotation marks).',
  });

export const advice = () =>
  msg('Check the spelling, or try fewer or other words.', {
    desc: 'Search box, under “No results for …”, as a paragraph of its own: what the reader may type instead.',
  });

/** `key` is the shortcut as written in `aria-keyshortcuts` (`/`). */
export const shortcutName = (key: string) =>
  msg(str`Keyboard shortcut ${key}`, {
    desc: 'Search box: spoken name of a toggle button, a key cap in the field, for the key that brings the reader to the search from anywhere on the page (pressed = the shortcut is on). The placeholder is the key, e.g. /.',
  });

export const shortcutOn = (key: string) =>
  msg(str`Press ${key} anywhere on the page to search. This button turns the shortcut off.`, {
    desc: 'Search box: tooltip of the key-cap toggle while the shortcut is on. The placeholder is the key, e.g. /.',
  });

export const shortcutOff = (key: string) =>
  msg(str`The ${key} shortcut is off. This button turns it back on.`, {
    desc: 'Search box: tooltip of the key-cap toggle once the reader turned the shortcut off. The placeholder is the key, e.g. /.',
  });
