/**
 * `quotes()` as a partner's code may call it: whatever it is given, it resolves, ignoring what makes no sense with
 * one console warning, and still applies the parts of the filter that do. Runs on the generated data (made here if
 * `npm run build` has not run).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Quote } from '../../src/core/quote.js';

if (!existsSync('src/generated/quotes.ts')) {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/pipeline/build-cli.ts'], { stdio: 'ignore' });
}
const { quotes } = await import('../../src/runtime/quotes.js');

describe('quotes() never throws on a caller’s data', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  let all: Quote[];
  before(async () => {
    all = await quotes();
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  after(() => {
    console.warn = warn;
  });

  /** Calls quotes() with `input` and returns its result and the warnings it gave. */
  async function call(input: unknown) {
    warnings.length = 0;
    const result = await (quotes as (f?: unknown) => Promise<Quote[]>)(input);
    return { result, warned: warnings.map((w) => String(w[0])) };
  }

  for (const [name, input] of [
    ['null', null],
    ['a string', 'x'],
    ['a number', 42],
    ['an array', ['xi']],
    ['a function', () => 'xi'],
    ['true', true],
  ] as const) {
    it(`takes ${name} as no filter, with one warning`, async () => {
      const { result, warned } = await call(input);
      assert.deepEqual(result, all);
      assert.equal(warned.length, 1, warned.join(' | '));
      assert.match(warned[0], /quotes\(\)/u);
    });
  }

  it('leaves out fields of the wrong type, keeps the others, with one warning for all', async () => {
    const { result, warned } = await call({ speaker: 42, lang: ['en'], article: { id: 1 }, query: null });
    assert.deepEqual(result, all);
    assert.equal(warned.length, 1);
    assert.match(warned[0], /speaker/u);
    assert.match(warned[0], /lang/u);
    const xi = await call({ speaker: 'xi', lang: 7 });
    assert.ok(xi.result.length > 0 && xi.result.every((q) => q.speaker === 'Xi Jinping'));
    assert.equal(xi.warned.length, 1);
  });

  it('ignores a field whose getter throws, and applies the rest', async () => {
    const hostile = Object.defineProperty({ lang: 'fr' }, 'speaker', {
      get() {
        throw new Error('boom');
      },
    });
    const { result, warned } = await call(hostile);
    assert.ok(result.length > 0 && result.every((q) => q.lang === 'fr'));
    assert.equal(warned.length, 1);
  });

  it('gives no warning for a filter that makes sense, empty strings and absent fields included', async () => {
    for (const input of [undefined, {}, { speaker: '' }, { speaker: 'xi', lang: undefined }, { article: '  ' }]) {
      const { warned } = await call(input);
      assert.deepEqual(warned, [], JSON.stringify(input));
    }
  });
});
