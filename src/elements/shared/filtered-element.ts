import { property } from 'lit/decorators.js';
import { FoscElement } from './fosc-element.js';

/**
 * The base of the elements that list the archive's posts or quotes, filtered by language (the search box, the
 * carousel): the `language` attribute, and `lang`, which filtered before `language` existed.
 */
export class FoscFilteredElement extends FoscElement {
  /** Only posts (or quotes) in this language, e.g. `fr`. */
  @property() language?: string;

  /**
   * @deprecated The `lang` attribute filters as `language` does (when `language` is not set), as it did before
   * `language` existed; it goes in the next release, for `lang` also sets the element's own language.
   */
  @property({ attribute: 'lang' }) filterLang?: string;

  /**
   * `language`, else the deprecated `lang` (with one warning); `undefined` for every language, `null` when a
   * framework set something that is not text.
   */
  protected get languageFilter(): string | undefined | null {
    const chosen = this.textOf('language', this.language);
    if (chosen !== undefined) return chosen === null ? null : chosen || undefined;
    const old = this.textOf('lang', this.filterLang);
    if (old)
      this.warn('lang', 'filtering with the `lang` attribute is deprecated: write `language` (lang still works).');
    return old === null ? null : old || undefined;
  }
}
