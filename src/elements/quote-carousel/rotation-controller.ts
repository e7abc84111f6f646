import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * When a carousel turns by itself (WAI-ARIA APG carousel): it starts stopped when the reader prefers reduced
 * motion; it stops for good when keyboard focus enters it or the pointer rests on it (until the reader presses
 * the rotation control); it pauses while the tab is hidden. Its timer and listeners go when the element leaves.
 */
export class RotationController implements ReactiveController {
  /** The reader (or reduced motion) stopped the rotation; only the rotation control starts it again. */
  private stopped = false;
  private hidden = typeof document !== 'undefined' && document.hidden;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly interval: () => number,
    private readonly advance: () => void,
    private readonly canRotate: () => boolean,
  ) {
    host.addController(this);
  }

  get rotating(): boolean {
    return !this.stopped && !this.hidden && this.canRotate();
  }

  hostConnected(): void {
    this.stopped = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.hidden = document.hidden;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('pointerenter', this.onPointerEnter);
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('pointerenter', this.onPointerEnter);
  }

  /** The reader pressed the rotation control. */
  toggle(): void {
    this.stopped = !this.stopped;
    this.schedule();
    this.host.requestUpdate();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.schedule();
    this.host.requestUpdate();
  }

  /** (Re)starts the countdown to the next slide, or clears it when not rotating. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.rotating || !this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.advance();
      this.schedule();
    }, this.interval());
  }

  private onVisibility = () => {
    this.hidden = document.hidden;
    this.schedule();
    this.host.requestUpdate();
  };

  // Any focus inside stops it, the rotation control's too (APG); pressing that control starts it again.
  private onFocusIn = () => this.stop();

  private onPointerEnter = () => this.stop();
}
