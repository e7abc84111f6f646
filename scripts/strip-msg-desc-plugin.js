// `msg('…', { desc: '…' })`: the description is for translators (lit-localize writes it into the XLIFF as a <note>)
// and @lit/localize's runtime never reads it, but in runtime mode it would ship in every bundle — a sentence per
// message. This rollup plugin removes the `desc` property of msg()'s options after TypeScript, before terser
// (`{ id, desc }` keeps `{ id }`). `npx lit-localize extract` reads the sources, so the notes stay.
import MagicString from 'magic-string';

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

const isDesc = (p) => p.type === 'Property' && !p.computed && (p.key.name ?? p.key.value) === 'desc';

export function stripMsgDescriptions() {
  return {
    name: 'fosc-strip-msg-desc',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('desc')) return null;
      const out = new MagicString(code);
      let changed = false;
      walk(this.parse(code), (node) => {
        const options = node.type === 'CallExpression' && node.callee.name === 'msg' ? node.arguments[1] : undefined;
        if (options?.type !== 'ObjectExpression') return;
        const props = options.properties;
        props.forEach((p, i) => {
          if (!isDesc(p)) return;
          // With the comma that joins it to the next property, or (last) everything up to the closing brace.
          if (props[i + 1]) out.remove(p.start, props[i + 1].start);
          else out.remove(props[i - 1]?.end ?? p.start, options.end - 1);
          changed = true;
        });
      });
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
