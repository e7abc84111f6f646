import type { ReactiveController, ReactiveControllerHost } from 'lit';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * When a carousel turns by itself (WAI-ARIA APG carousel):
 * - it is *on* unless stopped: by the rotation control, by keyboard focus entering the carousel (or any focus on a
 *   slide's link, which a turn would take away: see focusIn), or by the reader preferring reduced motion — at load
 *   or at any moment after. Only the rotation control starts it again;
 * - while on, it *pauses* as long as the pointer rests on the slides and while the tab is hidden, and resumes after
 *   with a whole interval.
 * Its timer and listeners go when the element leaves the page.
 */
export class RotationController implements ReactiveController {
  /** Stopped for good (until the rotation control starts it); decided once, at the first connection. */
  private stopped?: boolean;
  private hovered = false;
  private hidden = false;
  private timer?: ReturnType<typeof setTimeout>;
  private motion?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly interval: () => number,
    private readonly advance: () => void,
    private readonly canRotate: () => boolean,
  ) {
    host.addController(this);
  }

  /** On: the rotation control offers to stop it, and the slides are not a live region. */
  get rotating(): boolean {
    return !this.stopped && this.canRotate();
  }

  /** On and neither hovered nor hidden: the countdown runs. */
  private get turning(): boolean {
    return this.rotating && !this.hovered && !this.hidden;
  }

  hostConnected(): void {
    this.motion = matchMedia(REDUCED_MOTION);
    this.stopped ??= this.motion.matches;
    this.hidden = document.hidden;
    this.motion.addEventListener('change', this.onMotion);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.motion?.removeEventListener('change', this.onMotion);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** The reader pressed the rotation control. */
  toggle(): void {
    this.stopped = !this.stopped;
    this.changed();
  }

  /** The pointer came onto the slides (`true`) or left them. */
  hover(on: boolean): void {
    if (this.hovered === on) return;
    this.hovered = on;
    this.schedule();
  }

  /** (Re)starts the countdown to the next slide, or clears it when not turning. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.turning || !this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.advance();
      this.schedule();
    }, this.interval());
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.changed();
  }

  private changed(): void {
    this.schedule();
    this.host.requestUpdate();
  }

  private onMotion = () => {
    if (this.motion?.matches) this.stop();
  };

  private onVisibility = () => {
    this.hidden = document.hidden;
    this.schedule();
  };

  /**
   * Focus moved inside the carousel (a `focusin` heard on its outermost element). Keyboard focus coming in from
   * outside stops the rotation, on the rotation control too (APG); so does any focus on a slide's content (a turn
   * would take it away). A click on a button does not: the pointer pauses it already, and a click on "Stop" must not
   * be undone by the focus it brings. Moving between the controls after the reader started it again keeps it on.
   */
  focusIn(event: FocusEvent): void {
    const target = event.target;
    const carousel = event.currentTarget;
    if (!(target instanceof Element) || !(carousel instanceof Element)) return;
    const from = event.relatedTarget;
    const entering = !(from instanceof Node && carousel.contains(from));
    const onContent = !(target instanceof HTMLButtonElement);
    if (onContent || (entering && target.matches(':focus-visible'))) this.stop();
  }
}
