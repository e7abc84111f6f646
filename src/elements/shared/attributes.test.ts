import { expect } from '@open-wc/testing';
import { boundedNumber, describe as described, numberConverter, textValue } from './attributes.js';

const spec = { fallback: 12, min: 1, max: 100 };

/** The value read, and the warnings it caused. */
function read(value: unknown) {
  const why: string[] = [];
  return { value: boundedNumber(value, spec, (w) => why.push(w)), why };
}

describe('the number converter', () => {
  it('reads an attribute as a number, an absent or blank one as unset', () => {
    const from = (text: string | null) => numberConverter.fromAttribute!(text, Number);
    expect(from('42')).to.equal(42);
    expect(from(' 7.6 ')).to.equal(7.6);
    expect(from('-3')).to.equal(-3);
    expect(from('abc')).to.be.NaN;
    expect(from('')).to.equal(undefined);
    expect(from('  ')).to.equal(undefined);
    expect(from(null)).to.equal(undefined);
    expect(numberConverter.toAttribute!(42, Number)).to.equal('42');
    expect(numberConverter.toAttribute!(undefined, Number)).to.equal(null);
  });

  it('keeps whole numbers within bounds, rounding others, quietly', () => {
    expect(read(1)).to.deep.equal({ value: 1, why: [] });
    expect(read(100)).to.deep.equal({ value: 100, why: [] });
    expect(read(7.6)).to.deep.equal({ value: 8, why: [] });
    expect(read('30')).to.deep.equal({ value: 30, why: [] });
  });

  it('falls back to the default quietly when unset', () => {
    for (const unset of [undefined, null, '', '   ']) expect(read(unset)).to.deep.equal({ value: 12, why: [] });
  });

  it('falls back to the default, saying why, for nonsense', () => {
    for (const nonsense of [0, 101, -3, NaN, Infinity, 'abc', '1e9', {}, [], [5], true]) {
      const { value, why } = read(nonsense);
      expect(value, String(nonsense)).to.equal(12);
      expect(why).to.deep.equal(['is not a number between 1 and 100; using 12.']);
    }
  });
});

describe('text values', () => {
  it('takes text, writes numbers and booleans out, and refuses objects', () => {
    const why: string[] = [];
    const text = (v: unknown) => textValue(v, (w) => why.push(w));
    expect(text('fr')).to.equal('fr');
    expect(text('')).to.equal('');
    expect(text(42)).to.equal('42');
    expect(text(false)).to.equal('false');
    expect(text(undefined)).to.equal(undefined);
    expect(text(null)).to.equal(undefined);
    expect(why).to.deep.equal([]);
    expect(text({})).to.equal(null);
    expect(text(['a'])).to.equal(null);
    expect(why).to.deep.equal(['is not text.', 'is not text.']);
  });

  it('names a value in a warning', () => {
    expect(described('-3')).to.equal('"-3"');
    expect(described(42)).to.equal('42');
    expect(described(null)).to.equal('null');
    expect(described([])).to.equal('an array');
    expect(described({})).to.equal('an object');
    expect(described(() => 1)).to.equal('a function');
  });
});
