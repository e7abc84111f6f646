// Server rendering with @lit-labs/ssr: all four elements render into declarative shadow DOM without throwing (their
// loads, which read their light DOM and the data, are tasks: they run in the browser, after hydration). A card whose
// summary the server awaited (`summary(id)`, as the README says) renders the post: title, link and excerpt.
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { articles, summary } from 'fosc-widgets';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import 'fosc-widgets/elements/quote-carousel';
import 'fosc-widgets/elements/bilingual-reader';

const [post] = await articles();
await summary(post.id);
const escape = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const page = await collectResult(
  render(html`
    <fosc-article-card article=${post.id} href="https://partner.example/post"></fosc-article-card>
    <fosc-search-box></fosc-search-box>
    <fosc-quote-carousel><blockquote>Words of a blogger’s own.</blockquote></fosc-quote-carousel>
    <fosc-bilingual-reader article=${post.id}></fosc-bilingual-reader>
  `),
);
const TAGS = ['fosc-article-card', 'fosc-search-box', 'fosc-quote-carousel', 'fosc-bilingual-reader'];
for (const tag of TAGS) {
  assert.match(
    page,
    new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`),
    `${tag}: no declarative shadow DOM`,
  );
}
const card = page.slice(page.indexOf('<fosc-article-card'), page.indexOf('</fosc-article-card>'));
for (const [what, text] of [
  ['title', post.title],
  ['excerpt', post.excerpt.slice(0, 40)],
  ['link', 'href="https://partner.example/post"'],
]) {
  assert.ok(card.includes(text.startsWith('href') ? text : escape(text)), `the server-rendered card lacks its ${what}`);
}
console.log(`ssr: ${TAGS.length} elements in declarative shadow DOM; the card shows its title, excerpt and link`);
