/**
 * How a version's reading units render: paragraphs, section headings (one level below the reader's title),
 * quotations, lists, event details. Text only, through Lit templates. A unit in another language than its version
 * (the English note in a French post) says so with its own `lang` and `dir`.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Unit } from '../../core/align/units.js';
import { assertNever } from '../../core/assert.js';
import { type Direction, directionOf } from '../../i18n/direction.js';

function renderUnit(unit: Unit, versionLang: string, sub: StaticValue) {
  const own = unit.lang !== versionLang;
  const lang = own ? unit.lang : undefined;
  const dir = own ? directionOf(unit.lang) : undefined;
  switch (unit.kind) {
    case 'heading':
      return staticHtml`<${sub} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${unit.text}</${sub}>`;
    case 'quote':
      return html`<blockquote lang=${ifDefined(lang)} dir=${ifDefined(dir)}><p>${unit.text}</p></blockquote>`;
    case 'list':
      return html`<ul lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
        ${(unit.items ?? []).map((i) => html`<li>${i}</li>`)}
      </ul>`;
    case 'event':
      return html`<p class="event" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
        ${(unit.items ?? []).map((i) => html`<span>${i}</span>`)}
      </p>`;
    case 'paragraph':
    case 'caption':
    case 'byline':
    case 'origin':
      return html`<p class=${unit.kind} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${unit.text}</p>`;
    default:
      return assertNever(unit.kind, 'unit kind');
  }
}

/** One language version of a segment: its units, with the version's `lang` and `dir`. */
export function renderVersion(
  units: Unit[],
  lang: string,
  dir: Direction | 'auto',
  side: 'first' | 'second' | 'only',
  sub: StaticValue,
) {
  if (!units.length) return nothing;
  return html`<div part="version" lang=${lang} dir=${dir} data-side=${side}>
    ${units.map((u) => renderUnit(u, lang, sub))}
  </div>`;
}
