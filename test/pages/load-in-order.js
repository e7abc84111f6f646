// Loads the widgets and, as `?partner=first|last` says, a partner's own Lit app before or after them. import() only:
// no inline script, nothing that needs a Trusted Types policy of the page's own.
const partner = new URLSearchParams(location.search).get('partner');

try {
  if (partner === 'first') await import('./partner-lit-app.js');
  await import('/dist/fosc-widgets.js');
  if (partner === 'last') await import('./partner-lit-app.js');
} catch (err) {
  window.errors.push(String(err));
}
window.loaded = true;
