// Collects uncaught errors and rejections for the test that opened this page.
window.errors = [];
window.addEventListener('error', (e) => window.errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
