/**
 * Builds the search index at build time with lunr.Builder (our analyzer as its tokenizer, no pipeline: terms are
 * already what we index) and writes it in the compact form the browser rebuilds it from.
 */
import type { Article, Block } from '../core/post.js';
import { blockText, walkBlocks } from '../core/post.js';
import { indexTerms } from '../core/search/analyzer.js';
import {
  FIELDS,
  FIELD_BOOSTS,
  type SearchManifest,
  type SearchShard,
  encodeStem,
} from '../core/search/compact-index.js';
import { lunr, stemEn, stemFr } from '../core/search/lunr-setup.js';

/** The text of each field of a post. */
export function fieldsOf(article: Article): Record<(typeof FIELDS)[number], string> {
  const headings: string[] = [];
  const body: string[] = [];
  for (const block of walkBlocks(article.blocks)) {
    if (block.kind === 'heading') headings.push(block.text);
    else if (block.kind === 'reprint') {
      if (block.heading) headings.push(block.heading);
      if (block.origin) body.push(block.origin);
    } else body.push(...blockText(block as Exclude<Block, { kind: 'reprint' }>));
  }
  return { title: article.title, headings: headings.join('\n'), body: body.join('\n') };
}

/** lunr's own index of the posts, built with our analyzer. */
export function buildLunr(articles: readonly Article[]): lunr.Builder {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = ((text: unknown) =>
    indexTerms(String(text ?? '')).map((term) => new lunr.Token(term, {}))) as unknown as typeof lunr.tokenizer;
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  articles.forEach((article, i) => builder.add({ ref: String(i), ...fieldsOf(article) }));
  builder.build();
  return builder;
}

export interface BuiltIndex {
  manifest: SearchManifest;
  shards: SearchShard[];
  ids: string[];
}

/** Raw JSON a term shard aims at: a query's shards then weigh a few kilobytes gzipped each. */
export const SHARD_BYTES = 60_000;
/** Below this the whole index is one shard, shipped with its manifest in one chunk. */
export const SINGLE_BYTES = 150_000;
export const IDS_PER_STORE = 250;

export function buildSearchIndex(articles: readonly Article[], shardBytes = SHARD_BYTES): BuiltIndex {
  const builder = buildLunr(articles) as any;
  const terms = Object.keys(builder.invertedIndex).sort();
  const postings = terms.map((term) => {
    const flat: number[] = [];
    FIELDS.forEach((field, f) => {
      if (f > 0) flat.push(0);
      const docs = Object.keys(builder.invertedIndex[term][field])
        .map(Number)
        .sort((a, b) => a - b);
      let previous = -1;
      for (const doc of docs) {
        flat.push(doc - previous, builder.fieldTermFrequencies[`${field}/${doc}`][term]);
        previous = doc;
      }
    });
    // Trailing separators say nothing.
    while (flat[flat.length - 1] === 0) flat.pop();
    return flat;
  });
  const stems = stemsOf(terms, builder, articles);
  const langs = [...new Set(articles.map((a) => a.lang))];
  const manifest: SearchManifest = {
    v: 2,
    posts: articles.map((a, doc) => [
      langs.indexOf(a.lang),
      ...FIELDS.map((field) => builder.fieldLengths[`${field}/${doc}`] as number),
    ]),
    langs,
    boundaries: [],
    idsPerStore: IDS_PER_STORE,
  };
  // Cut the sorted terms into shards of about `shardBytes` of JSON; one shard when the whole is small.
  const sizes = terms.map((t, i) => t.length + JSON.stringify(postings[i]).length + 8);
  const total = sizes.reduce((a, b) => a + b, 0);
  const limit = total <= SINGLE_BYTES && shardBytes === SHARD_BYTES ? Infinity : shardBytes;
  const shards: SearchShard[] = [];
  let from = 0;
  let size = 0;
  const cut = (to: number) => {
    shards.push({
      terms: terms.slice(from, to).join(' '),
      postings: postings.slice(from, to),
      stems: { en: stems.en.slice(from, to), fr: stems.fr.slice(from, to) },
    });
    if (to < terms.length) manifest.boundaries.push(terms[to]);
    from = to;
    size = 0;
  };
  terms.forEach((_, i) => {
    if (size + sizes[i] > limit && i > from) cut(i);
    size += sizes[i];
  });
  cut(terms.length);
  return { manifest, shards, ids: articles.map((a) => a.id) };
}

/**
 * Each term's English and French stems — only for the languages of the posts it occurs in: an English-only word
 * has no French stem to share (null), which keeps the shipped index small.
 */
function stemsOf(terms: string[], builder: any, articles: readonly Article[]): SearchShard['stems'] {
  const langsOf = (term: string) => {
    const langs = new Set<string>();
    for (const field of FIELDS)
      for (const doc of Object.keys(builder.invertedIndex[term][field])) langs.add(articles[Number(doc)].lang);
    return langs;
  };
  const en: SearchShard['stems']['en'] = [];
  const fr: SearchShard['stems']['fr'] = [];
  for (const term of terms) {
    const langs = langsOf(term);
    const other = [...langs].some((l) => l !== 'en' && l !== 'fr');
    en.push(langs.has('en') || other ? encodeStem(term, stemEn(term)) : null);
    fr.push(langs.has('fr') || other ? encodeStem(term, stemFr(term)) : null);
  }
  return { en, fr };
}
