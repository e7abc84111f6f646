/**
 * The reader's toolbar: the layout (three radio buttons: one tab stop, arrow keys between them) and, in one
 * language, the button that switches the whole post.
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Direction } from '../../i18n/direction.js';
import { MODES, type Mode } from './segments-view.js';

export interface ToolbarView {
  mode: Mode;
  /** The other language's name in the UI language ("French"). */
  language: string;
  uiDir: Direction;
  onMode(mode: Mode): void;
  onSwitchAll(): void;
}

export function renderToolbar({ mode, language, uiDir, onMode, onSwitchAll }: ToolbarView) {
  const labels: Record<Mode, string> = {
    interleaved: msg('Interleaved', {
      desc: 'Bilingual reader, layout choice (radio button, keep short): each paragraph followed by its translation.',
    }),
    'side-by-side': msg('Side by side', {
      desc: 'Bilingual reader, layout choice (radio button, keep short): the two languages in two columns.',
    }),
    single: msg('One language', {
      desc: 'Bilingual reader, layout choice (radio button, keep short): one language at a time, switched per paragraph or for the whole post.',
    }),
  };
  const toolbar = msg('Reading options', {
    desc: 'Bilingual reader: accessible name of the group of layout and language controls above the text.',
  });
  const layout = msg('Layout', {
    desc: 'Bilingual reader: accessible name of the three layout choices (interleaved, side by side, one language).',
  });
  return html`<div part="toolbar" role="group" aria-label=${toolbar}>
    <div class="modes" role="radiogroup" aria-label=${layout}>
      ${MODES.map(
        (m) =>
          html`<label part=${m === mode ? 'mode mode-active' : 'mode'} dir=${uiDir}>
            <input type="radio" name="mode" .value=${m} .checked=${m === mode} @change=${() => onMode(m)} />
            ${labels[m]}
          </label>`,
      )}
    </div>
    ${
      mode === 'single'
        ? html`<button part="switch-all" type="button" dir=${uiDir} @click=${onSwitchAll}>
            ${msg(str`Read it all in ${language}`, {
              desc: 'Bilingual reader, button: shows the whole post in the other language. The placeholder is a language name in the UI language ("French"; fr "français": "Tout lire en français").',
            })}
          </button>`
        : nothing
    }
  </div>`;
}
