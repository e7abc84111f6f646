// Collects Content-Security-Policy and Trusted Types violations for the test that opened this page.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
