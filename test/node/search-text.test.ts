/**
 * Search over text the seed does not have, as a held-out archive has it: a Latin name right after Chinese text,
 * Chinese clauses between CJK punctuation, and quoted phrases that hold stop words among posts that have their
 * other words apart.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { scratchDir } from './scratch.js';
import { Searcher } from '../../src/runtime/search/searcher.js';
import { post } from './content-fixture.js';
import { seedIndex } from './search-fixture.js';

const front = (id: string, lang = 'en') => `id: ${id}\ntitle: ${id}\nlang: ${lang}\nsources: []\ntruncated: false`;

/** English filler, so that the phrase posts are not the only ones with these words. */
const FILLER = [
  'Neither boat was smaller than the other, and the harbour held them both.',
  'The smaller boats came in first, and neither crew had slept.',
  'We consider the matter closed; rather than wait, the committee voted.',
  'An HTTPError was raised because the server had gone away.',
  'About the util module: it grew while nobody was looking.',
  // More posts with `smaller` beside stop words than a page of results: the phrase's stop words must be checked
  // on the index, not on the text of the few posts that pass.
  'A smaller than usual crowd, and neither band played the smaller stage.',
  'The smaller of the two halls stayed shut; smaller still was the annex.',
];

const POSTS: Record<string, string> = {
  '001-fuse.md': post(
    '这是导火索。Dunthiaen Nyltyou: 中华人民共和国成立以来，中国和古巴的友谊不断加深。',
    front('fuse', 'zh'),
  ),
  '002-beijing.md': post('今天，我们在北京举行会议。', front('beijing', 'zh')),
  '003-smaller.md': post('The cutter was smaller neither in length nor in crew than the others.', front('smaller')),
  '004-consider.md': post('Some consider rather than decide, and the meeting ran late.', front('consider')),
  '005-httperror.md': post('The job stopped because HTTPError came back twice.', front('httperror')),
  '006-util.md': post('Read the notes about while util loads its modules.', front('util')),
};
FILLER.forEach((text, i) => {
  for (let k = 0; k < 4; k++) {
    const id = `filler-${i}-${k}`;
    POSTS[`1${i}${k}-${id}.md`] = post(`${text} Part ${k} of the story.`, front(id));
  }
});

describe('search over a held-out kind of text', () => {
  let searcher: Searcher;
  before(async () => {
    const dir = scratchDir('search-text');
    for (const [name, text] of Object.entries(POSTS)) writeFileSync(join(dir, name), text);
    searcher = new Searcher((await seedIndex({}, dir)).source);
  });
  const ids = async (q: string) => (await searcher.search(q, undefined, 10)).map((r) => r.id);

  it('finds a Latin name right after Chinese text, and by its typo', async () => {
    assert.deepEqual(await ids('dunthiaen'), ['fuse']);
    assert.deepEqual(await ids('Dunthiaen '), ['fuse']);
    assert.deepEqual(await ids('dunthaien '), ['fuse']);
    assert.deepEqual(await ids('nyltyou '), ['fuse']);
  });

  it('finds Chinese by a clause between punctuation, or its beginning as it is typed (as before)', async () => {
    // Found before too: the beginning of a run of Chinese.
    assert.deepEqual(await ids('中华人民共和国'), ['fuse']);
    assert.deepEqual(await ids('今天'), ['beijing']);
    // Found now: a clause after CJK punctuation, a whole clause typed.
    assert.deepEqual(await ids('中华人民共和国成立以来 '), ['fuse']);
    assert.deepEqual(await ids('我们在北京'), ['beijing']);
    assert.deepEqual(await ids('中国和古巴的友谊不断加深 '), ['fuse']);
  });

  it('finds a phrase with stop words in the one post that has it, not in those with its words apart', async () => {
    // `smaller` is in 17 posts, beside a stop word in 13 of them: more than the ten results asked for.
    assert.deepEqual(await ids('"smaller neither"'), ['smaller']);
    assert.deepEqual(await ids('"the smaller of"'), ['filler-6-0', 'filler-6-1', 'filler-6-2', 'filler-6-3']);
    assert.deepEqual(await ids('"neither band"'), ['filler-5-0', 'filler-5-1', 'filler-5-2', 'filler-5-3']);
    assert.deepEqual(await ids('"smaller than the"'), ['filler-0-0', 'filler-0-1', 'filler-0-2', 'filler-0-3']);
    assert.deepEqual(await ids('"still was the annex"'), ['filler-6-0', 'filler-6-1', 'filler-6-2', 'filler-6-3']);
    // Runs of stop words, before, between and after the indexed words.
    assert.deepEqual(await ids('"of the two halls"'), ['filler-6-0', 'filler-6-1', 'filler-6-2', 'filler-6-3']);
    assert.deepEqual(await ids('"smaller than the other and the"'), [
      'filler-0-0',
      'filler-0-1',
      'filler-0-2',
      'filler-0-3',
    ]);
    assert.deepEqual(await ids('"smaller of the three"'), []);
    assert.deepEqual(await ids('"the smaller than"'), []);
    assert.deepEqual(await ids('"consider rather"'), ['consider']);
    assert.deepEqual(await ids('"because httperror"'), ['httperror']);
    assert.deepEqual(await ids('"about while util"'), ['util']);
    assert.deepEqual(await ids('"neither smaller"'), []);
  });

  it('still finds a phrase of words the index has, and the words alone everywhere', async () => {
    assert.deepEqual(await ids('"smaller boats"'), ['filler-1-0', 'filler-1-1', 'filler-1-2', 'filler-1-3']);
    assert.equal((await searcher.search('smaller ', undefined, 20)).length, 17);
  });
});
