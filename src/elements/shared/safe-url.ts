/** Only http(s) addresses become links: a `javascript:` or `data:` URL from content or an attribute is dropped. */
export function safeHttpUrl(value: string | null | undefined, base = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
