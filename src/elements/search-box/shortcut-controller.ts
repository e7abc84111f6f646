import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where typing belongs to the page, `/` is a character, not our shortcut. */
const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * `/` anywhere on the page (outside a text field, without modifiers) calls `onShortcut` while `enabled()`; the
 * listener is on the document only while the element is on the page.
 */
export class ShortcutController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly onShortcut: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent) => {
    if (!this.enabled() || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isEditable(e.composedPath()[0] ?? null)) return;
    e.preventDefault();
    this.onShortcut();
  };
}
