// require('fosc-widgets') from CommonJS: the API, not the classic script (Node 20.19+ loads ES modules with require).
/* eslint-disable @typescript-eslint/no-require-imports -- what this file checks is require() */
const assert = require('node:assert/strict');
const widgets = require('fosc-widgets');

assert.equal(typeof widgets.articles, 'function', 'require() did not give the API');
assert.equal(typeof globalThis.FoscWidgets, 'undefined', 'require() ran the classic script');
widgets.articles().then((posts) => {
  assert.ok(posts.length > 0);
  console.log(`node require: ${posts.length} posts`);
});
