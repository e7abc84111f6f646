// Server rendering with @lit-labs/ssr: the card and the search box render into declarative shadow DOM without
// throwing. Prints what the card rendered (its title only once it can render its data on the server). The carousel
// and the reader are left out: their load reads their light DOM (`querySelectorAll`) in willUpdate, which the
// server's element shim lacks, and the rejection ends the process (reported to the elements' owner).
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { articles } from 'fosc-widgets';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';

const [post] = await articles();
const page = await collectResult(
  render(html`
    <fosc-article-card article=${post.id}></fosc-article-card>
    <fosc-search-box></fosc-search-box>
  `),
);
for (const tag of ['fosc-article-card', 'fosc-search-box']) {
  assert.match(
    page,
    new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`),
    `${tag}: no declarative shadow DOM`,
  );
}
const card = page.slice(page.indexOf('<fosc-article-card'), page.indexOf('</fosc-article-card>'));
const shows = card.includes(post.title) ? 'shows its title' : 'shows its loading state (no title)';
console.log(`ssr: 2 elements in declarative shadow DOM; the card ${shows}`);
