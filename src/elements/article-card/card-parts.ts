/**
 * The card's lines that are more than a value in a tag: the publication date, "First published in …" with its
 * outlets, "Also in …" with its link or button. Whole sentences are one message each, with the link or the names as
 * placeholders (L10N rules); content (outlet names) is isolated so that its bidi controls cannot reorder our words.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TranslationRef } from '../../core/post.js';
import { languageName } from '../../i18n/language-names.js';

/** `2024-06-05`, optionally with a time and an offset: the ISO 8601 forms `ArticleSummary.date` takes. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The publication date as the UI locale writes it ("Jun 5, 2024", "5 juin 2024", "2024年6月5日"), in a `<time>`.
 * The calendar day is the one the source wrote (a post dated the 5th in its own time zone is shown as the 5th
 * everywhere); nothing for a missing or malformed date.
 */
export function postDate(iso: string | undefined, ui: string) {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return nothing;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (day.getUTCDate() !== +m[3]) return nothing; // 2024-02-30
  const text = new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
  return html`<time part="date" datetime=${iso!}>${text}</time>`;
}

/** "First published in A and B": each outlet a `<cite>` isolated from the words around it. */
export function sourceLine(outlets: readonly string[], ui: string) {
  const names = new Intl.ListFormat(ui, { type: 'conjunction' })
    .formatToParts(outlets)
    .map((part) => (part.type === 'element' ? html`<cite dir="auto">${part.value}</cite>` : part.value));
  return html`<p part="source">
    ${msg(html`First published in ${names}`, {
      desc: 'Card, below the excerpt, for a post that reprints pieces from other newspapers or sites. The placeholder is their names, already joined as a list in the UI language ("Radio Havana and Global Times").',
    })}
  </p>`;
}

/**
 * "Also in French": the translation's own page (a link with `hreflang`) or, when it has none, a button that shows it
 * in the card (`show`). The language is named in the UI's language, inside the sentence.
 */
export function translationLine(to: TranslationRef, url: string | undefined, ui: string, show: () => void) {
  const name = languageName(to.lang, ui);
  const control = url
    ? html`<a href=${url} hreflang=${to.lang} data-id=${to.id}>${name}</a>`
    : html`<button
        type="button"
        data-id=${to.id}
        aria-label=${msg(str`Show this post in ${name}`, {
          desc: 'Card: spoken name of the "Also in …" button, whose visible text is the placeholder: a language named in the UI language ("French"). The button shows the translation in the card. Keep the placeholder as it is (speech input users say the visible text).',
        })}
        @click=${show}
      >
        ${name}
      </button>`;
  return html`<p part="translation">
    ${msg(html`Also in ${control}`, {
      desc: 'Card, last line: the post exists in another language. The placeholder is a link or a button whose text is that language, named in the UI language ("French", "anglais"; in lower case where the UI language writes language names so in a sentence).',
    })}
  </p>`;
}

/**
 * A duration as the UI language writes it, through Intl: short ("5 min", "5分钟"), unless the short unit is a
 * single letter, which reads as a cipher (Arabic "٥ د"): then written out ("٥ دقائق").
 */
export function readingTime(minutes: number, locale: string): string {
  const format = (unitDisplay: 'short' | 'long') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay });
  const unit = format('short')
    .formatToParts(minutes)
    .find((p) => p.type === 'unit')?.value;
  return format(unit && [...unit.replace(/\P{L}/gu, '')].length > 1 ? 'short' : 'long').format(minutes);
}
