/**
 * Every event the elements fire: its name, its `detail`, and whether a listener may cancel it. Listeners get
 * them typed (`el.addEventListener('fosc-search-select', (e) => e.detail.id)`) through
 * `GlobalEventHandlersEventMap`; elements fire them with `FoscElement.emit()`, the one place an event is made.
 *
 * Names are `fosc-<noun>-<verb>`, the verb in the present tense, as the DOM names its events (`select`, `change`,
 * `toggle`) and Shoelace its own (`sl-select`, `sl-change`, `sl-slide-change`): an event is named for the action,
 * and a cancelable one fires before its default action happens, so a past tense would be wrong for it. One tense
 * for all, even for events that follow the change (as the DOM's `change` does).
 *
 * All bubble and are composed (they cross shadow roots), like Shoelace's.
 */

/** `fosc-search-select`: a reader chose a result (Enter or click). */
export interface FoscSearchSelectDetail {
  id: string;
  title: string;
  lang: string;
  /** Where the page goes unless the event is cancelled (`href-template`, else the post's URL). */
  url?: string;
  /** The query the results are for. */
  query: string;
}

/** `fosc-quote-show`: a slide became the current one. */
export interface FoscQuoteShowDetail {
  index: number;
  text: string;
  speaker?: string;
  /** The post the quote is from (none for a blogger's own blockquote). */
  articleId?: string;
}

/** `fosc-language-switch`: the reader switched one segment, or the whole post, to the other language. */
export interface FoscLanguageSwitchDetail {
  scope: 'segment' | 'article';
  lang: string;
  /** The segment's id, for `scope: 'segment'`. */
  segment?: string;
}

/** `fosc-translation-switch`: the reader asked a card for the translation of its post. */
export interface FoscTranslationSwitchDetail {
  from: string;
  to: string;
  lang: string;
}

export type FoscSearchSelectEvent = CustomEvent<FoscSearchSelectDetail>;
export type FoscQuoteShowEvent = CustomEvent<FoscQuoteShowDetail>;
export type FoscLanguageSwitchEvent = CustomEvent<FoscLanguageSwitchDetail>;
export type FoscTranslationSwitchEvent = CustomEvent<FoscTranslationSwitchDetail>;

/** Every event by name. */
export interface FoscEventMap {
  'fosc-search-select': FoscSearchSelectEvent;
  'fosc-quote-show': FoscQuoteShowEvent;
  /** @deprecated Fired beside `fosc-quote-show`, with the same detail, for one release; listen to that instead. */
  'fosc-quote-shown': FoscQuoteShowEvent;
  'fosc-language-switch': FoscLanguageSwitchEvent;
  'fosc-translation-switch': FoscTranslationSwitchEvent;
}

export type FoscEventName = keyof FoscEventMap;
export type FoscEventDetail<K extends FoscEventName> = FoscEventMap[K]['detail'];

/** Whether a listener may cancel the event (`preventDefault()` stops the element's default action). */
export const cancelable: Record<FoscEventName, boolean> = {
  'fosc-search-select': true,
  'fosc-quote-show': false,
  'fosc-quote-shown': false,
  'fosc-language-switch': false,
  'fosc-translation-switch': true,
};

/** Old names still fired, after the new one, until the next release. */
export const deprecatedNames: Partial<Record<FoscEventName, FoscEventName>> = {
  'fosc-quote-show': 'fosc-quote-shown',
};

declare global {
  interface GlobalEventHandlersEventMap {
    'fosc-search-select': FoscSearchSelectEvent;
    'fosc-quote-show': FoscQuoteShowEvent;
    /** @deprecated Use `fosc-quote-show`. */
    'fosc-quote-shown': FoscQuoteShowEvent;
    'fosc-language-switch': FoscLanguageSwitchEvent;
    'fosc-translation-switch': FoscTranslationSwitchEvent;
  }
}
