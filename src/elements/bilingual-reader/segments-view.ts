/**
 * The reader's segments in each mode: both versions of a pair (`interleaved`, `side-by-side`), or the one shown
 * with a button to switch it (`single`); notes for parts one version lacks and for pairs the aligner is unsure of.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StaticValue } from 'lit/static-html.js';
import { excerptOf } from '../../core/text.js';
import { type Direction, directionOf } from '../../i18n/direction.js';
import { endonym, languageName } from '../../i18n/language-names.js';
import { type Pair, type PairSegment, type Version, WEAK_CONFIDENCE } from './pair.js';
import { renderVersion } from './units-view.js';

export const MODES = ['interleaved', 'side-by-side', 'single'] as const;
export type Mode = (typeof MODES)[number];

/** What the segments need from the element: its mode and pair, and its single-mode state and handlers. */
export interface SegmentView {
  mode: Mode;
  pair: Pair;
  /** The tag of section headings (one level below the title). */
  sub: StaticValue;
  ui: string;
  uiDir: Direction;
  /** In `single` mode, the language a segment shows. */
  langOf(segment: PairSegment): string;
  flipped(segment: PairSegment): boolean;
  /** The segment whose switch is in the tab order. */
  active?: string;
  onSwitch(segment: PairSegment): void;
  onSwitchKey(event: KeyboardEvent): void;
  onSwitchFocus(segment: PairSegment): void;
}

type Side = 'first' | 'second';

/** The version a part belongs to when only one version has it. */
const sideOf = (s: PairSegment): Side | undefined =>
  !s.second.length ? 'first' : !s.first.length ? 'second' : undefined;

/**
 * Side by side, a part only the first version has and the next, only the second has (each post's own
 * introduction), share a row: each stands in its own column instead of beside a blank.
 */
function rowsOf(segments: PairSegment[]): PairSegment[][] {
  const out: PairSegment[][] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    const side = sideOf(s);
    if (last?.length === 1 && side && sideOf(last[0]) && sideOf(last[0]) !== side) last.push(s);
    else out.push([s]);
  }
  return out;
}

export function renderSegments(view: SegmentView) {
  if (view.mode !== 'side-by-side') return view.pair.segments.map((s) => renderSegment(view, s));
  return rowsOf(view.pair.segments).map((row) =>
    row.length === 1
      ? renderSegment(view, row[0])
      : html`<div class="row">${row.map((s) => renderSegment(view, s))}</div>`,
  );
}

function renderSegment(view: SegmentView, segment: PairSegment) {
  const { mode, pair, ui, uiDir } = view;
  const { first, second } = pair;
  const side = second ? sideOf(segment) : undefined;
  const missing = side === 'first' ? second : side === 'second' ? first : undefined;
  // In one language, doubt matters once the reader asks for the other version (or is told it has nothing here).
  const weak =
    !!second && segment.confidence < WEAK_CONFIDENCE && (mode !== 'single' || !!side || view.flipped(segment));
  const language = missing && languageName(missing.lang, ui);
  const only = missing
    ? html`<p part="only-in" lang=${ui} dir=${uiDir}>
        ${msg(str`Not in the ${language} version`, {
          desc: 'Bilingual reader: note above a part of one version that the other version lacks (an editor’s introduction). The placeholder is the language of the version that lacks it, named in the UI language ("English"; fr "anglais": "Absent de la version en anglais").',
        })}
      </p>`
    : nothing;
  const doubt = weak
    ? html`<p part="weak" lang=${ui} dir=${uiDir}>
        <span aria-hidden="true">≈</span>
        ${msg('This pairing may be inexact.', {
          desc: 'Bilingual reader: small note on a paragraph whose matching paragraph in the other language was found with low confidence; the two may not translate each other exactly.',
        })}
      </p>`
    : nothing;
  return html`<section
    part="segment"
    id=${segment.id}
    data-one-sided=${side ? 'true' : 'false'}
    data-only=${ifDefined(side)}
    data-weak=${weak ? 'true' : 'false'}
  >
    ${only} ${doubt} ${mode === 'single' ? renderSingle(view, segment, side) : renderBoth(view, segment)}
  </section>`;
}

function renderBoth({ pair, sub }: SegmentView, segment: PairSegment) {
  const { first, second } = pair;
  return html`${renderVersion(segment.first, first.lang, first.dir, 'first', sub)}
  ${second ? renderVersion(segment.second, second.lang, second.dir, 'second', sub) : nothing}`;
}

function renderSingle(view: SegmentView, segment: PairSegment, side: Side | undefined) {
  const { first, second } = view.pair;
  const lang = side === 'second' ? second!.lang : side === 'first' || !second ? first.lang : view.langOf(segment);
  const shown = lang === first.lang ? first : second!;
  const units = shown === first ? segment.first : segment.second;
  const other = second && !side ? (shown === first ? second : first) : undefined;
  return html`${renderVersion(units, shown.lang, shown.dir, 'only', view.sub)}
  ${other ? renderSwitch(view, segment, other, units[0].text) : nothing}`;
}

/**
 * The button that shows a paragraph in the other language: the other language's own name (a reader who does not
 * read the UI language finds their own), then, for screen readers, a sentence naming the paragraph by its start,
 * so no two buttons are named alike. One of them is in the tab order; ↑ ↓ Home End move between them.
 */
function renderSwitch(view: SegmentView, segment: PairSegment, other: Version, text: string) {
  const start = excerptOf(text, 32);
  const language = languageName(other.lang, view.ui);
  const sentence = msg(str`Show the paragraph “${start}” in ${language}`, {
    desc: 'Bilingual reader: accessible name and tooltip of the button that switches one paragraph to the other language. First placeholder: the paragraph’s first words, in its own language; second: a language name in the UI language ("French"; fr "français").',
  });
  return html`<button
    part="segment-switch"
    type="button"
    tabindex=${segment.id === view.active ? '0' : '-1'}
    title=${sentence}
    aria-describedby="switch-keys"
    @click=${() => view.onSwitch(segment)}
    @keydown=${view.onSwitchKey}
    @focus=${() => view.onSwitchFocus(segment)}
  >
    <span lang=${other.lang} dir=${directionOf(other.lang)}>${endonym(other.lang)}</span>
    <span class="visually-hidden">${sentence}</span>
  </button>`;
}
