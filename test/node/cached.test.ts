import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cached } from '../../src/runtime/cached.js';

describe('cached()', () => {
  it('loads each key once, and shares the promise while it is pending', async () => {
    const calls: string[] = [];
    const load = cached(async (key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    const [a, b] = [load('a'), load('a')];
    assert.equal(a, b);
    assert.deepEqual(await Promise.all([a, b, load('b'), load('a')]), ['A', 'A', 'B', 'A']);
    assert.deepEqual(calls, ['a', 'b']);
  });

  it('forgets a load that failed, so the next call tries again', async () => {
    let attempts = 0;
    const load = cached(async (key: string) => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return `${key} on try ${attempts}`;
    });
    await assert.rejects(load('x'), /offline/);
    assert.equal(await load('x'), 'x on try 2');
    assert.equal(await load('x'), 'x on try 2');
    assert.equal(attempts, 2);
  });

  it('keeps a newer load when an older one for the same key fails after clear()', async () => {
    let fail!: (err: Error) => void;
    let attempts = 0;
    const load = cached((_key: string) => {
      attempts++;
      return attempts === 1 ? new Promise<string>((_, reject) => (fail = reject)) : Promise.resolve('fresh');
    });
    const first = load('k');
    load.clear();
    assert.equal(await load('k'), 'fresh');
    fail(new Error('late failure'));
    await assert.rejects(first, /late failure/);
    // The failure of the forgotten load does not drop the newer one.
    assert.equal(await load('k'), 'fresh');
    assert.equal(attempts, 2);
  });

  it('clear() forgets everything it holds', async () => {
    let version = 1;
    const load = cached(async (key: string) => `${key}@${version}`);
    assert.equal(await load('a'), 'a@1');
    version = 2;
    assert.equal(await load('a'), 'a@1');
    load.clear();
    assert.equal(await load('a'), 'a@2');
  });
});
