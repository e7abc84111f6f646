import { msg } from '@lit/localize';
import { html } from 'lit';

const tryAgain = () =>
  msg('Try again', {
    desc: 'Every element: button after a failed load ("The post could not be loaded…") that loads it again. Keep it short.',
  });

/** The "Try again" button every element shows when a load failed: `retry` is the load's `task.run()`. */
export const retryButton = (retry: () => unknown) =>
  html`<button part="retry" type="button" @click=${retry}>${tryAgain()}</button>`;
