/** MiniSearch's index of the same posts and fields, the reference our index is measured against. */
import MiniSearch from 'minisearch';
import { loadContent } from '../src/pipeline/content.js';
import { deriveArticles } from '../src/pipeline/derive.js';
import { fieldsOf } from '../src/pipeline/search-index.js';

export const MINISEARCH_OPTIONS = {
  fields: ['title', 'headings', 'body'],
  storeFields: ['title'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 4, headings: 2 } },
};

export function miniSearchJson(): string {
  const mini = new MiniSearch(MINISEARCH_OPTIONS);
  mini.addAll(deriveArticles(loadContent('content')).map((a) => ({ id: a.id, ...fieldsOf(a) })));
  return JSON.stringify(mini);
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(miniSearchJson());
