// The CDN bundles must be pure ASCII: a page without `<meta charset>` decodes a classic script (and a module served
// without a charset) as windows-1252, and any other byte would turn into mojibake or break a regex. terser's
// `ascii_only` escapes strings and regexes; this check catches what it leaves (template literals, comments).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.js') && !f.startsWith('npm'));
const found = [];
for (const file of files) {
  const text = readFileSync(join('dist', file), 'utf8');
  const at = text.search(/[\u0080-\uffff]/);
  if (at >= 0) found.push(`dist/${file}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}`);
}
if (found.length) {
  console.error(`Non-ASCII characters in the CDN bundles:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`ascii: ${files.length} CDN files, ASCII only`);
