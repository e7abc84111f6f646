// `npm run bench` (part): how good the pull quotes are, against the set judged by reading the archive
// (test/fixtures/quotes-judged.json): recall of the quotations a reader remembers, right speakers, texts that must
// never be offered, and the share of offered quotes a person accepted. Prints figures; the test asserts them.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { loadContent } = await import('../src/pipeline/content.ts');
const { deriveArticles } = await import('../src/pipeline/derive.ts');
const { MIN_LENGTH, extractQuotes } = await import('../src/pipeline/quotes/extract.ts');
const { judgeQuotes } = await import('../src/pipeline/quotes/judge.ts');

const set = JSON.parse(readFileSync('test/fixtures/quotes-judged.json', 'utf8'));
const quotes = deriveArticles(loadContent('content')).flatMap(extractQuotes);
const r = judgeQuotes(quotes, set);
const share = (n, of) => `${n}/${of} = ${(n / of).toFixed(3)}`;

console.log('\nPull quotes (judged set: test/fixtures/quotes-judged.json)');
console.log(
  `  quotes offered                          ${quotes.length} (${quotes.filter((q) => q.speaker).length} with a speaker)`,
);
console.log(`  recall, quotations readers remember     ${share(r.found, set.remembered.length)}`);
console.log(`  speakers right, of those found          ${share(r.found - r.wrongSpeaker.length, r.found)}`);
console.log(`  texts that must not be offered, offered ${r.offeredNotQuotes.length}/${set.notQuotes.length}`);
console.log(
  `  precision, offered quotes accepted      ${share(r.accepted, r.judged)} (${r.judged} of ${r.offered} judged)`,
);
for (const m of r.missed) {
  const short = m.length < MIN_LENGTH ? ` (${m.length} characters: under the ${MIN_LENGTH}-character floor)` : '';
  console.log(`  missed: ${m}${short}`);
}
for (const w of r.wrongSpeaker) console.log(`  wrong speaker: ${w.words.slice(0, 60)} — ${w.got} for ${w.want}`);
for (const n of r.offeredNotQuotes) console.log(`  offered, must not be: ${n}`);
for (const u of r.unjudged) console.log(`  not judged yet: ${u}`);
