/**
 * Only http(s) addresses become links: a `javascript:` or `data:` URL from content or an attribute is dropped.
 * Relative addresses resolve against the page (on a server, which has no page, only absolute ones are kept).
 */
export function safeHttpUrl(value: string | null | undefined, base = globalThis.document?.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where a post lives: the partner's `href-template` with `{id}` replaced, else the post's own URL; http(s) only.
 */
export function postHref(template: string | null | undefined, id: string, url: string | undefined): string | undefined {
  const filled = template?.includes('{id}') ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
  return safeHttpUrl(filled) ?? safeHttpUrl(url);
}
