// Pages harden themselves with `Object.freeze(Object.prototype)`. Then `Foo.prototype.toString = fn` throws in strict
// code (the bundles are ES modules, so lunr's CommonJS becomes strict) or does nothing in sloppy code: the inherited
// `toString` is read-only. lunr defines three of them that way (FieldRef, Token, TokenSet), so search() rejected.
// Each such assignment becomes Object.defineProperty, which defines an own property whatever the prototype chain
// holds. Tested on the built bundles (test/browser/embedding.test.ts, frozen prototype).
import MagicString from 'magic-string';

const OBJECT_PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const PACKAGES = /[\\/]node_modules[\\/]lunr[\\/]lunr\.js$/;

export function frozenPrototypeSafe() {
  return {
    name: 'fosc-frozen-prototype-safe',
    transform(code, id) {
      if (!PACKAGES.test(id)) return null;
      const s = new MagicString(code);
      let count = 0;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const left = node.type === 'AssignmentExpression' && node.operator === '=' ? node.left : undefined;
        if (
          left?.type === 'MemberExpression' &&
          !left.computed &&
          OBJECT_PROTOTYPE_KEYS.has(left.property.name) &&
          left.object.type === 'MemberExpression' &&
          left.object.property.name === 'prototype'
        ) {
          const target = code.slice(left.object.start, left.object.end);
          s.overwrite(
            node.start,
            node.right.start,
            `Object.defineProperty(${target}, '${left.property.name}', { writable: true, configurable: true, value: `,
          );
          s.appendLeft(node.end, ' })');
          count++;
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!count) this.error(`no prototype assignment to rewrite in ${id}: update ${import.meta.url}`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
