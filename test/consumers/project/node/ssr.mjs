// Server rendering with @lit-labs/ssr: all four elements render into declarative shadow DOM without throwing (their
// loads, which read their light DOM and the data, are tasks: they run in the browser, after hydration). Prints what
// the card rendered (its title only once it can render its data on the server).
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { articles } from 'fosc-widgets';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import 'fosc-widgets/elements/quote-carousel';
import 'fosc-widgets/elements/bilingual-reader';

const [post] = await articles();
const page = await collectResult(
  render(html`
    <fosc-article-card article=${post.id}></fosc-article-card>
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
const shows = card.includes(post.title) ? 'shows its title' : 'shows its loading state (no title)';
console.log(`ssr: ${TAGS.length} elements in declarative shadow DOM; the card ${shows}`);
