// A TypeScript app's use of the package, checked with strict and skipLibCheck: false (test/consumers/run.js runs
// tsc on it under moduleResolution bundler and nodenext, with TypeScript 5.x and the latest).
import {
  DataUnavailableError,
  UnknownArticleError,
  articles,
  article,
  quotes,
  search,
  setLocale,
  useData,
  type ArticleSummary,
  type DataStore,
  type FoscArticleCard,
  type SearchResult,
} from 'fosc-widgets';
import { FoscSearchBox } from 'fosc-widgets/elements/search-box';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/quote-carousel';
import 'fosc-widgets/elements/bilingual-reader';

// Every tag is in HTMLElementTagNameMap, with its class.
const card: FoscArticleCard = document.createElement('fosc-article-card');
const id: string = card.article;
const box: FoscSearchBox = document.createElement('fosc-search-box');
const reader = document.createElement('fosc-bilingual-reader');
const carousel = document.querySelector('fosc-quote-carousel');
const isBox: boolean = box instanceof FoscSearchBox;

// The API, typed.
const posts: ArticleSummary[] = await articles();
const hits: SearchResult[] = await search('Cuba', { limit: 3 });
const firstBlocks: number = (await article(posts[0].id)).blocks.length;
const quoteCount: number = (await quotes({ lang: 'en' })).length;
const locale: string = await setLocale('fr');
const memory: DataStore = { read: async () => undefined };
useData(memory);
useData('https://example.org/fosc-data/');
useData(new URL('https://example.org/fosc-data/'));
const broken = (err: unknown): string | undefined =>
  err instanceof DataUnavailableError ? err.url : err instanceof UnknownArticleError ? err.id : undefined;

// The root exports the element classes as types only (their code loads with their tag).
// @ts-expect-error FoscArticleCard is a type here, not a value
void new (await import('fosc-widgets')).FoscArticleCard();

export const used = [id, reader.article, carousel, isBox, hits, firstBlocks, quoteCount, locale, broken];
