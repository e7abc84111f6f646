import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { directionOf } from '../../i18n/direction.js';

/** One slide: a quote, who said it, and the post it is from. */
export interface Slide {
  /** The words, verbatim. */
  text: string;
  speaker?: string;
  lang?: string;
  articleId?: string;
  /** Title and address of the post it is from, once known. */
  title?: string;
  href?: string;
}

/** A blogger's own `<blockquote>`: its words, and its `<footer>` or `<cite>` as the speaker. */
export function ownSlide(quote: HTMLQuoteElement): Slide {
  const credit = quote.querySelector('footer, cite');
  const copy = quote.cloneNode(true) as HTMLElement;
  copy.querySelector('footer, cite')?.remove();
  return {
    text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
    speaker: credit?.textContent?.replace(/^[\s—–-]+/u, '').trim() || undefined,
    lang: quote.closest('[lang]')?.getAttribute('lang') ?? undefined,
    href: safeHttpUrl(quote.getAttribute('cite')),
  };
}

/**
 * Words taken from inside a sentence: the first letter (past opening quotes and brackets) is lower case, and no
 * ellipsis says so already. The slide then shows a leading "…" (in CSS), so the cut does not read as a typo.
 */
const startsMidSentence = (text: string): boolean => /^[\s\p{Ps}\p{Pi}"']*\p{Ll}/u.test(text);

/** The caption's link to the post (its title when known, else "Source"), or the title alone. */
function source(slide: Slide) {
  if (slide.title) {
    return slide.href
      ? html`<a part="source" href=${slide.href} lang=${ifDefined(slide.lang)}>${slide.title}</a>`
      : html`<cite part="source" lang=${ifDefined(slide.lang)}>${slide.title}</cite>`;
  }
  return slide.href
    ? html`<a part="source" href=${slide.href}
        >${msg('Source', {
          desc: 'Quote carousel: link text under a quote to the page it comes from, when that page has no title.',
        })}</a
      >`
    : nothing;
}

/**
 * The figure a slide holds: the quote in its own language and direction (an Arabic quote reads right to left on
 * any page), then its speaker and post. Speaker names are isolated (`dir="auto"`), so bidi controls in a name
 * cannot reorder the caption.
 */
export function slideFigure(slide: Slide) {
  const link = source(slide);
  const cut = startsMidSentence(slide.text);
  return html`<figure dir=${slide.lang ? directionOf(slide.lang) : 'auto'}>
    <blockquote part="quote" lang=${ifDefined(slide.lang)} ?data-mid-sentence=${cut}>${slide.text}</blockquote>
    ${
      slide.speaker || link !== nothing
        ? html`<figcaption part="caption">
            ${slide.speaker ? html`<span part="speaker" dir="auto">${slide.speaker}</span>` : nothing} ${link}
          </figcaption>`
        : nothing
    }
  </figure>`;
}
