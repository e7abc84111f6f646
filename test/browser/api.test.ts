import { expect } from '@open-wc/testing';
import { UnknownArticleError, article, articles, quotes, search, useData } from '../../src/index.js';
import { summary } from '../../src/runtime/api.js';
import { dataStore } from '../../src/runtime/data/store.js';

/** Runs `fn` with the data store in use recording the names of the files read (the archive is re-read). */
async function reading<T>(fn: () => Promise<T>): Promise<[T, string[]]> {
  const store = dataStore();
  const names: string[] = [];
  useData({ read: (name) => (names.push(name), store.read(name)) });
  try {
    return [await fn(), names];
  } finally {
    useData(store);
  }
}

describe('data API', () => {
  it('lists the 20 posts of the archive with their summaries', async () => {
    const list = await articles();
    expect(list).to.have.length(20);
    for (const a of list) {
      expect(a.id).to.match(/^[a-z0-9-]+$/);
      expect(a.title).to.be.a('string').and.not.empty;
      expect(a.excerpt.length).to.be.greaterThan(40);
      expect(a.words).to.be.greaterThan(100);
      expect(a.readingMinutes).to.be.at.least(1);
      expect(a.sources).to.be.an('array');
      expect(a.translations).to.be.an('array');
    }
    expect(list.filter((a) => a.lang === 'fr').map((a) => a.id)).to.deep.equal(['silence-on-decolonise']);
  });

  it('returns a whole post with its blocks and their languages', async () => {
    const post = await article('silence-on-decolonise');
    expect(post.title).to.equal('Silence! On décolonise');
    expect(post.blocks[0].lang).to.equal('en');
    const piece = post.blocks.find((b) => b.kind === 'reprint');
    expect(piece?.lang).to.equal('fr');
    expect(post.translations.map((t) => t.id)).to.deep.equal(['quiet-please-were-decolonising']);
  });

  it('finds a card’s summary in its bucket, without the catalog; a reader’s post likewise', async () => {
    const [card, read] = await reading(() => summary('silence-on-decolonise'));
    expect(card.title).to.equal('Silence! On décolonise');
    expect(card).not.to.have.property('blocks');
    expect(read).to.have.length(2);
    expect(read[0]).to.equal('archive');
    expect(read[1]).to.match(/^summaries\/\d+$/);
    const [post, readPost] = await reading(() => article('quiet-please-were-decolonising'));
    expect(post.blocks.length).to.be.greaterThan(5);
    expect(readPost.filter((n) => n.startsWith('catalog'))).to.deep.equal([]);
    let caught: unknown;
    try {
      await summary('no-such-post');
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(UnknownArticleError);
  });

  it('rejects an unknown id with a clear error', async () => {
    let caught: unknown;
    try {
      await article('no-such-post');
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(UnknownArticleError);
    expect((caught as Error).message).to.contain('no article with id "no-such-post"');
  });

  it('hands out copies: a caller changing its result does not change the archive', async () => {
    const [first] = await articles();
    first.title = 'changed';
    expect((await articles())[0].title).not.to.equal('changed');
  });

  it('gives pull quotes, filtered by post, language, speaker and search', async () => {
    const all = await quotes();
    expect(all.length).to.be.greaterThan(20);
    for (const q of all) {
      expect(q.text.length).to.be.within(40, 400);
      expect(q.articleId).to.match(/^[a-z0-9-]+$/);
    }
    const xi = await quotes({ speaker: 'xi' });
    expect(xi.length).to.be.greaterThan(0);
    expect(xi.every((q) => q.speaker === 'Xi Jinping')).to.equal(true);
    const french = await quotes({ lang: 'fr' });
    // Every French quote is from the French post (Djibo Bakary's editorial gives two: issue 15).
    expect(french.length).to.be.greaterThan(0);
    expect(new Set(french.map((q) => q.articleId))).to.deep.equal(new Set(['silence-on-decolonise']));
    expect(french[0].speaker).to.equal('Djibo Bakary');
    const fromPost = await quotes({ article: 'a-month-traveling-in-china' });
    expect(new Set(fromPost.map((q) => q.articleId))).to.deep.equal(new Set(['a-month-traveling-in-china']));
    const aboutDoctors = await quotes({ query: 'Algeria doctors' });
    const matching = new Set((await search('Algeria doctors', { limit: 50 })).map((r) => r.id));
    expect(aboutDoctors.map((q) => q.articleId)).to.include('the-story-of-chinese-doctors-overseas');
    expect(aboutDoctors.every((q) => matching.has(q.articleId))).to.equal(true);
    expect(aboutDoctors.length).to.be.lessThan(all.length);
  });
});
