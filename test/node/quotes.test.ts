/** Pull quotes from the seed archive: those a reader picks, with their speakers; and what holds for every quote. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Block } from '../../src/core/post.js';
import { loadContent } from '../../src/pipeline/content.js';
import { deriveArticles } from '../../src/pipeline/derive.js';
import { FEATURED_QUOTES, featuredQuotes } from '../../src/pipeline/quotes/featured.js';
import { MAX_LENGTH, MIN_LENGTH, extractQuotes } from '../../src/pipeline/quotes/extract.js';

const articles = deriveArticles(loadContent('content'));
const quotes = articles.flatMap(extractQuotes);

/** Read from the archive by a person: how each quote starts, who said it, where. */
const EXPECTED: { starts: string; speaker: string; article: string }[] = [
  {
    starts: 'A doctor is a special calling.',
    speaker: 'Xu Changzhen',
    article: 'the-story-of-chinese-doctors-overseas',
  },
  {
    starts: 'This is one of the newborns I helped to bring into the world.',
    speaker: 'Qiu Yuehua',
    article: 'the-story-of-chinese-doctors-overseas',
  },
  {
    starts: 'How many miles of high-speed railroad do we have',
    speaker: 'Jimmy Carter',
    article: 'a-month-traveling-in-china',
  },
  {
    starts: 'Since 1979, do you know how many times China has been at war',
    speaker: 'Jimmy Carter',
    article: 'a-month-traveling-in-china',
  },
  {
    starts: 'The Chinese have devoted immense public funding to public services',
    speaker: 'Stansfield Smith',
    article: 'a-month-traveling-in-china',
  },
  {
    starts: 'Recovering stories from an earlier time',
    speaker: 'Eugene Puryear',
    article: 'marcus-garvey-mao-and-gandhi-notes-on-black-asian',
  },
  {
    starts: 'J’estime que notre devoir est de dire aux représentants de la France',
    speaker: 'Djibo Bakary',
    article: 'silence-on-decolonise',
  },
  {
    starts: 'I believe it is our duty is to inform the representatives of France',
    speaker: 'Djibo Bakary',
    article: 'quiet-please-were-decolonising',
  },
  {
    starts: 'Before leaving for Vietnam',
    speaker: 'Wei Xiaoyi',
    article: 'dien-bien-phu-victory-through-the-memory-of-chinese-senior',
  },
  {
    starts: 'The Dien Bien Phu Victory became the sound of thunder',
    speaker: 'Nhân Dân',
    article: 'dien-bien-phu-victory-through-the-memory-of-chinese-senior',
  },
  {
    starts: 'I hope you will continue to do your own jobs wholeheartedly',
    speaker: 'Xi Jinping',
    article: 'xi-jinping-extends-may-day-greetings-to-chinas-working',
  },
  {
    starts: 'It is a great pleasure to learn that the steel plant has turned losses into gains',
    speaker: 'Xi Jinping',
    article: 'xi-jinping-extends-may-day-greetings-to-chinas-working',
  },
  {
    starts: 'The Chinese government is proud of and empathetic',
    speaker: 'Luo Zhaohui',
    article: 'chinas-assistance-to-cuba-a-part-of-global-opposition-to',
  },
  {
    starts: 'Over 2.5 billion people are now facing severe hunger',
    speaker: 'António Guterres',
    article: 'chinas-assistance-to-cuba-a-part-of-global-opposition-to',
  },
  {
    starts: 'With zero accountability, the US military continues its costly ramp-up',
    speaker: 'Cathi Choi',
    article: 'why-so-many-young-asian-americans-stand-with-palestine',
  },
  {
    starts: 'The advance of a rice donation and the completion',
    speaker: 'Radio Havana',
    article: 'china-continues-to-strengthen-its-relations-with-socialist',
  },
];

/** Quotations in the archive that are not pull quotes: titles, slogans, scare quotes, fragments. */
const NOT_PULL_QUOTES = [
  'Free India, Free China, Free Africa',
  'Asian Century',
  'Quiet Please! We’re decolonising',
  '12345',
  'comradely and brotherly',
  'has wasted, I think, $3 trillion',
];

function blockAt(article: Article, path: number[]): Block {
  let blocks = article.blocks;
  let block!: Block;
  for (const i of path) {
    block = blocks[i];
    if (block.kind === 'reprint') blocks = block.blocks;
  }
  return block;
}

describe('pull quotes', () => {
  it('finds the quotes a reader picks, each with its speaker', () => {
    for (const want of EXPECTED) {
      const found = quotes.find((q) => q.articleId === want.article && q.text.startsWith(want.starts));
      assert.ok(found, `not found: ${want.starts}`);
      assert.equal(found.speaker, want.speaker, want.starts);
    }
  });

  it('gives no speaker where the text names none, never a guess', () => {
    const unnamed = quotes.find((q) => q.text.startsWith('It is no wonder that in Algeria'));
    assert.ok(unnamed, 'the Qiushi article’s quote ("The article adds:") is found');
    assert.equal(unnamed.speaker, undefined);
    const journalist = quotes.find((q) => q.text.startsWith('When I asked some farmers'));
    assert.equal(journalist?.speaker, undefined, 'said by "a journalist traveling in India"');
  });

  it('leaves out titles, slogans, scare quotes and fragments', () => {
    for (const text of NOT_PULL_QUOTES)
      assert.ok(!quotes.some((q) => q.text.includes(text) && q.text.length < text.length + 20), text);
  });

  it('keeps every quote verbatim, where it says it stands, in its post’s language', () => {
    for (const q of quotes) {
      const article = articles.find((a) => a.id === q.articleId)!;
      const block = blockAt(article, q.position.block);
      const text =
        block.kind === 'quote' ? block.paragraphs.join('\n\n') : block.kind === 'paragraph' ? block.text : '';
      assert.equal(text.slice(q.position.start, q.position.start + q.text.length), q.text, q.text);
      assert.equal(q.lang, block.lang);
    }
  });

  it('keeps quotes of pull-quote length, long ones cut at a sentence end and marked', () => {
    for (const q of quotes) {
      assert.ok(q.text.length >= MIN_LENGTH && q.text.length <= MAX_LENGTH, `${q.text.length}: ${q.text.slice(0, 60)}`);
      if (q.trimmed) assert.match(q.text, /[.!?…]$/u);
    }
  });

  it('keeps one copy of a quote the editor repeats from the reprinted piece', () => {
    const key = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (const a of articles) {
      const own = quotes.filter((q) => q.articleId === a.id).map((q) => key(q.text));
      for (const [i, k] of own.entries()) {
        assert.ok(!own.some((other, j) => j !== i && other.includes(k)), `${a.id}: twice: ${k.slice(0, 60)}`);
      }
    }
    // The Stansfield Smith passage stands in the introduction and in the article: one quote.
    assert.equal(quotes.filter((q) => q.text.startsWith('The Chinese have devoted immense public funding')).length, 1);
    // Worded twice ("Chairman Mao" in the introduction, "President Mao" in the piece): still one quote.
    assert.equal(quotes.filter((q) => q.text.startsWith('Before leaving for Vietnam')).length, 1);
  });
});

describe('featured quotes (what an unfiltered carousel loads)', () => {
  it('are bounded whatever the archive, spread over its posts, those with a speaker first', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...quotes[i % quotes.length],
      articleId: `post-${i % 150}`,
    }));
    const picked = featuredQuotes(many);
    assert.equal(picked.length, FEATURED_QUOTES);
    assert.equal(new Set(picked.map((q) => q.articleId)).size, FEATURED_QUOTES);
    const seed = featuredQuotes(quotes);
    assert.equal(seed.length, Math.min(FEATURED_QUOTES, quotes.length));
    const first = new Map<string, (typeof seed)[number]>();
    for (const q of seed) if (!first.has(q.articleId)) first.set(q.articleId, q);
    for (const [id, q] of first) {
      if (quotes.some((o) => o.articleId === id && o.speaker)) assert.ok(q.speaker, id);
    }
  });
});
