// The two module copies of two-copies.html, for the test to call each copy's own setLocale().
import * as first from '/dist/fosc-widgets.js';
import * as second from '/dist/fosc-widgets.js?copy=2';

window.copies = { first, second };
