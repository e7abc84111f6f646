import { expect } from '@open-wc/testing';
import { postHref, safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl()', () => {
  it('keeps http and https addresses, resolved against the page', () => {
    expect(safeHttpUrl('https://example.org/a?b#c')).to.equal('https://example.org/a?b#c');
    expect(safeHttpUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeHttpUrl('/posts/x')).to.equal(new URL('/posts/x', document.baseURI).href);
    expect(safeHttpUrl('x', 'https://example.org/dir/')).to.equal('https://example.org/dir/x');
  });

  it('drops every other scheme, and what is not an address', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'mailto:a@b.c',
      'ftp://x',
    ]) {
      expect(safeHttpUrl(bad), bad).to.equal(undefined);
    }
    expect(safeHttpUrl('http://[oops', 'https://example.org/')).to.equal(undefined);
    expect(safeHttpUrl('')).to.equal(undefined);
    expect(safeHttpUrl(undefined)).to.equal(undefined);
    expect(safeHttpUrl(null)).to.equal(undefined);
  });
});

describe('postHref()', () => {
  it('fills the template with the id, encoded', () => {
    expect(postHref('https://example.org/posts/{id}', 'a b/c', undefined)).to.equal(
      'https://example.org/posts/a%20b%2Fc',
    );
    expect(postHref('https://example.org/{id}/{id}', 'x', 'https://other.example/x')).to.equal(
      'https://example.org/x/x',
    );
  });

  it('uses the post’s own URL without a template, or with one lacking {id}', () => {
    expect(postHref(undefined, 'x', 'https://example.org/x')).to.equal('https://example.org/x');
    expect(postHref(null, 'x', 'https://example.org/x')).to.equal('https://example.org/x');
    expect(postHref('https://example.org/posts', 'x', 'https://example.org/x')).to.equal('https://example.org/x');
  });

  it('never gives anything but http(s), and nothing when there is no address', () => {
    expect(postHref('javascript:alert("{id}")', 'x', 'https://example.org/x')).to.equal('https://example.org/x');
    expect(postHref(undefined, 'x', 'javascript:alert(1)')).to.equal(undefined);
    expect(postHref(undefined, 'x', undefined)).to.equal(undefined);
  });
});
