import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-inline-size: min(16rem, 100%);
    max-inline-size: var(--fosc-card-max-width, 40rem);
    /* A fixed height, the same before and after the card fills in, at any width: nothing on the page jumps.
       The excerpt takes what room is left. */
    block-size: var(--fosc-card-height, 13.75rem);
    color: var(--_fg);
  }
  :host([variant='compact']) {
    block-size: var(--fosc-card-height, 5.5rem);
  }
  [part~='card'] {
    box-sizing: border-box;
    block-size: 100%;
    overflow: hidden;
    padding: var(--fosc-card-padding, 1rem 1.25rem);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  :host([variant='compact']) [part~='card'] {
    padding: 0.6rem 0.8rem;
    gap: 0.25rem;
  }
  [part~='meta'],
  [part~='source'] {
    margin: 0;
    flex: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  [part~='meta'] span + span::before {
    content: ' · ';
  }
  [part~='title'] {
    margin: 0;
    flex: none;
    font-size: var(--fosc-card-title-size, 1.2em);
    line-height: 1.25;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    /* Room for the link's focus ring, which the clamp's overflow would otherwise cut. */
    padding: 4px;
    margin: -4px;
  }
  :host([variant='compact']) [part~='title'] {
    font-size: 1em;
    -webkit-line-clamp: 2;
  }
  [part~='link'] {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  [part~='link']:hover {
    color: var(--_accent);
  }
  [part~='excerpt'] {
    margin: 0;
    line-height: 1.5;
    flex: 1 1 0;
    min-block-size: 1.5em;
    overflow: hidden;
    /* Fades out where the room ends, instead of cutting a line in half. */
    mask-image: linear-gradient(to bottom, #000 calc(100% - 1.5em), transparent);
  }
  [part~='translation'] {
    flex: none;
    margin: 0;
    font-size: 0.9em;
  }
  [part~='translation'] a,
  [part~='translation'] button {
    color: var(--_accent);
    font: inherit;
  }
  button {
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='retry'] {
    color: var(--_accent);
    font: inherit;
  }
  .skeleton {
    display: block;
    block-size: 0.9em;
    margin-block: 0.35em;
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_muted) 18%, transparent);
  }
  .skeleton.short {
    inline-size: 40%;
  }
`;
