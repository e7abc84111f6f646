/**
 * Defines a custom element unless the tag is taken: a partner page may load our script twice, or two versions
 * of it. The first definition wins; later ones are skipped without an error.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
