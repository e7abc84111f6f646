// web-test-runner middleware for the embedding tests: serves test/pages/*.html with a strict Content-Security-Policy
// and Trusted Types enforced (as a strict partner page would), and can make our chunks fail, as a flaky network or an
// ad blocker would, then come back; `/__spa/…` answers every path with an HTML page, as a single-page app's host does. `?tt=a,b` on a page adds the allow-list `trusted-types a b`; `?nocharset` serves a
// page as windows-1252 (what a browser assumes for a page without `<meta charset>`; an iframe would inherit the test's
// UTF-8 instead) and a script without a charset, so that it is decoded as its page is.

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Path fragments of requests that fail while set (`/__fail?chunk=catalog`, `/__fail` to clear). */
const failing = new Set();

export function embeddingMiddleware(ctx, next) {
  if (ctx.path === '/__fail') {
    failing.clear();
    const chunk = ctx.query.chunk;
    if (chunk) failing.add(String(chunk));
    ctx.body = 'ok';
    return undefined;
  }
  if (ctx.path.startsWith('/__spa/')) {
    // A single-page app's host: every path answers with its index.html.
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>An app</title><div id="app"></div>';
    return undefined;
  }
  if (ctx.path.startsWith('/dist/')) {
    // web-test-runner marks every file cacheable for a year once the response is done; these tests need each load
    // to reach the network (a chunk fails, then comes back), so its cache header is replaced as it is set.
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (field, value) =>
      typeof field === 'string' && field.toLowerCase() === 'cache-control' ? set(field, 'no-store') : set(field, value);
    ctx.response.set('cache-control', 'no-store');
  }
  if (ctx.path.startsWith('/dist/') && [...failing].some((f) => ctx.path.includes(f))) {
    ctx.status = 503;
    ctx.body = 'unavailable';
    return undefined;
  }
  return next().then(() => {
    if (ctx.path.startsWith('/test/pages/') && ctx.path.endsWith('.html')) {
      const allow = ctx.query.tt ? `; trusted-types ${String(ctx.query.tt).split(',').join(' ')}` : '';
      ctx.set('Content-Security-Policy', STRICT_CSP + allow);
    }
    if (ctx.query.nocharset !== undefined) {
      ctx.set('Content-Type', ctx.path.endsWith('.html') ? 'text/html; charset=windows-1252' : 'text/javascript');
    }
  });
}
