/**
 * The fast front matter reader (front-matter-plain.ts) against the yaml package: on every front matter it reads, the
 * same values and the same line for each key; on the rest, null. Checked on lines chosen to trip YAML's rules, on
 * thousands of random front matters made of them, and on the seed archive, which it must read.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LineCounter, parseDocument } from 'yaml';
import { plainFrontMatter } from '../../src/pipeline/front-matter-plain.js';
import { seededRandom } from './seeded-random.js';

/** yaml's values and key lines (from 0), or null when it reports an error or reads no mapping. */
function slow(yaml: string) {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) return null;
  const values = doc.toJS();
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  const keyLines: Record<string, number> = {};
  for (const pair of (doc.contents as { items?: { key: { value: unknown; range?: number[] } }[] })?.items ?? []) {
    if (pair.key?.range) keyLines[String(pair.key.value)] = counter.linePos(pair.key.range[0]).line - 1;
  }
  return { values, keyLines };
}

function check(yaml: string) {
  const fast = plainFrontMatter(yaml);
  if (fast) assert.deepEqual(fast, slow(yaml), `differs on:\n${yaml}`);
  return fast;
}

const LINES = [
  'id: a-post',
  'title: A title, with commas, “quotes” and l’apostrophe',
  'title: "Re: Cuba"',
  "title: 'Single quoted'",
  'title: "Escaped \\" quote"',
  "title: 'It''s doubled'",
  'title: Re: Cuba',
  'title: Issue #5 review',
  'title: C# and F#',
  'title: trailing colon:',
  'title: trailing space ',
  'title:  two spaces',
  'title: [not, a, list]',
  'title: {not: a map}',
  'title: &anchor value',
  'title: *alias',
  'title: !tag value',
  'title: |',
  'title: >',
  'title: - dash',
  'title: ? question',
  'title: % percent',
  'title: @at',
  'title: `tick',
  'title: AT&T and 100% sure!',
  'title: ~',
  'title: null',
  'title: true',
  'title: yes',
  'title: 12',
  'title: 012',
  'title: 1e3',
  'title: 1_000',
  'title: 0x1F',
  'title: .inf',
  'title: 12:30',
  'title: 2024-06-05',
  'date: 2020-03-16T22:18:37Z',
  'lang: fr',
  'lang: no',
  'truncated: false',
  'sources: []',
  'sources:',
  'tags:',
  '  - One',
  '  - "Two: quoted"',
  '  - 3',
  '  - - nested',
  '- Zero indent',
  '    - deeper',
  '  continued plain line',
  '',
  '# a comment',
  'title: value # comment',
  '---',
  '...',
  'Title: Capital key',
  'title: duplicate',
  '"quoted key": value',
  '__proto__: x',
  'title:\tTab',
  'url: https://example.org/a?b=c#frag',
];

describe('the plain front matter reader', () => {
  it('gives yaml’s values and key lines, or declines, on each line and each pair of lines', () => {
    for (const a of LINES) {
      check(a);
      for (const b of LINES) check(`${a}\n${b}`);
    }
  });

  it('gives yaml’s values and key lines, or declines, on 5,000 random front matters', () => {
    let read = 0;
    for (let seed = 1; seed <= 5000; seed++) {
      const next = seededRandom(seed);
      const yaml = Array.from({ length: 1 + Math.floor(next() * 9) }, () => LINES[Math.floor(next() * LINES.length)]);
      try {
        if (check(yaml.join('\n'))) read++;
      } catch (err) {
        throw new Error(`seed ${seed}: ${(err as Error).message}`, { cause: err });
      }
    }
    assert.ok(read > 300, `read ${read} of 5,000`);
  });

  it('reads the seed archive’s front matter as yaml does', () => {
    const files = readdirSync('content').filter((f) => f.endsWith('.md'));
    for (const file of files) {
      const yaml = readFileSync(`content/${file}`, 'utf8')
        .split('\n---\n')[0]
        .replace(/^---\n/, '');
      assert.ok(check(yaml), `${file} declined`);
    }
  });

  it('declines what yaml reads otherwise: numbers, nulls, comments, aliases, escapes', () => {
    for (const yaml of ['id: 12', 'url: ~', 'title: a # b', 'title: *x', 'title: "a\\tb"', 'tags:']) {
      assert.equal(plainFrontMatter(yaml), null, yaml);
    }
    assert.deepEqual(plainFrontMatter('id: a\ntags:\n  - x\n  - "y: z"\nsources: []\ntruncated: false'), {
      values: { id: 'a', tags: ['x', 'y: z'], sources: [], truncated: false },
      keyLines: { id: 0, tags: 1, sources: 4, truncated: 5 },
    });
  });
});
