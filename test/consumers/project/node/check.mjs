// Node (a static site generator at build time): every entry imports, and the API works from the package's own files.
import assert from 'node:assert/strict';
import { articles, getLocale, search, setLocale } from 'fosc-widgets';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import 'fosc-widgets/elements/quote-carousel';
import 'fosc-widgets/elements/bilingual-reader';
import 'fosc-widgets/react';
import 'fosc-widgets/vue';

const posts = await articles();
assert.ok(posts.length > 0, 'articles() is empty');
assert.ok(
  posts.every((p) => p.id && p.title),
  'a post without id or title',
);
const hits = await search('Cuba');
assert.ok(hits.length > 0, 'search("Cuba") found nothing');
assert.equal(await setLocale('fr-CA'), 'fr');
assert.equal(getLocale(), 'fr');
console.log(`node import: ${posts.length} posts, ${hits.length} results for "Cuba", locale ${getLocale()}`);
