import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One key combination, as `aria-keyshortcuts` writes it (`/`, `Control+K`). */
export interface Shortcut {
  aria: string;
  /** The key itself, lower case (`e.key` compared case-insensitively). */
  key: string;
  modifiers: string[];
  /**
   * A character with no Control, Alt or Meta: speech input and stray keystrokes set it off, so the reader must be
   * able to turn it off (WCAG 2.1.4). A combination with one of those is exempt.
   */
  character: boolean;
}

const MODIFIERS: Record<string, string> = {
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
  cmd: 'Meta',
  command: 'Meta',
};

/**
 * The `shortcut` attribute read: a space-separated list of combinations in `aria-keyshortcuts` syntax (`/`,
 * `Control+K Meta+K`); empty means `/`. `undefined` when a combination is not one modifier-and-character or one
 * character.
 */
export function parseShortcuts(text: string): Shortcut[] | undefined {
  const out: Shortcut[] = [];
  for (const combination of (text.trim() || '/').split(/\s+/)) {
    const tokens = combination.split('+');
    const key = tokens.pop()!;
    const modifiers = tokens.map((t) => MODIFIERS[t.toLowerCase()]);
    if ([...key].length !== 1 || !modifiers.every(Boolean)) return undefined;
    const ordered = ['Control', 'Alt', 'Shift', 'Meta'].filter((m) => modifiers.includes(m));
    out.push({
      aria: [...ordered, key.toUpperCase()].join('+'),
      key: key.toLowerCase(),
      modifiers: ordered,
      character: ordered.every((m) => m === 'Shift'),
    });
  }
  return out;
}

/** Shift is free unless named: `/` and `?` need it on some keyboard layouts and not on others. */
const matches = (s: Shortcut, e: KeyboardEvent) =>
  e.key.toLowerCase() === s.key &&
  e.ctrlKey === s.modifiers.includes('Control') &&
  e.altKey === s.modifiers.includes('Alt') &&
  e.metaKey === s.modifiers.includes('Meta') &&
  (e.shiftKey || !s.modifiers.includes('Shift'));

/** Where typing belongs to the page, keys are the field's (a character, an editor's Control+K), not ours. */
const isEditable = (el: EventTarget | undefined) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** The reader's choice, for every search box of the site: kept because they chose it (see `turnedOff`). */
const STORE = 'fosc-search-box:shortcut';
const hosts = new Set<ReactiveControllerHost>();
let off: boolean | undefined;

/**
 * The element's key shortcuts: a listener on the document while the element is on the page calls `onShortcut`
 * for each combination that `shortcuts()` lists and the reader has not turned off.
 */
export class ShortcutController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly shortcuts: () => readonly Shortcut[],
    private readonly onShortcut: () => void,
  ) {
    host.addController(this);
  }

  /**
   * The reader turned character shortcuts off (WCAG 2.1.4): for every search box on the page, and, as far as the
   * browser lets us store it, on the site's other pages — a speech user should not have to do it on each one.
   */
  get turnedOff(): boolean {
    if (off === undefined) {
      try {
        off = localStorage.getItem(STORE) === 'off';
      } catch {
        off = false; // storage refused (a sandboxed frame): the choice lasts for this page
      }
    }
    return off;
  }

  set turnedOff(value: boolean) {
    off = value;
    try {
      if (value) localStorage.setItem(STORE, 'off');
      else localStorage.removeItem(STORE);
    } catch {
      // as above
    }
    for (const host of hosts) host.requestUpdate();
  }

  /** The combinations that work now. */
  get active(): Shortcut[] {
    return this.shortcuts().filter((s) => !(s.character && this.turnedOff));
  }

  hostConnected(): void {
    hosts.add(this.host);
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    document.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent) => {
    // The page (or another box) took it already.
    if (e.defaultPrevented) return;
    const hit = this.active.find((s) => matches(s, e));
    if (!hit || isEditable(e.composedPath()[0])) return;
    e.preventDefault();
    this.onShortcut();
  };
}
