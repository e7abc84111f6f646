import { msg } from '@lit/localize';
import { html } from 'lit';

/** The "Try again" button every element shows when a load failed: `retry` is the load's `task.run()`. */
export const retryButton = (retry: () => unknown) =>
  html`<button part="retry" type="button" @click=${retry}>${msg('Try again')}</button>`;
