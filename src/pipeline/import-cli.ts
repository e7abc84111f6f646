/**
 * `npm run import -- <dump.txt> [--out content] [--languages en,fr] [--force]`
 * Writes one Markdown file per post of a plain-text dump. All or nothing: the files are written to a
 * scratch folder, checked by reading them back, and only then moved into place.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from './errors.js';
import { checkArchive } from './content.js';
import { importDump } from './import/import-dump.js';
import { markdownToPost, postToMarkdown } from './markdown.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'content' },
    languages: { type: 'string', default: 'en,fr' },
    force: { type: 'boolean', default: false },
  },
});

function main(): void {
  const [dump] = positionals;
  if (!dump) throw new Error('usage: npm run import -- <dump.txt> [--out content] [--languages en,fr] [--force]');
  const out = resolve(values.out!);
  const imported = importDump(readFileSync(dump, 'utf8'), dump, { candidates: values.languages!.split(',') });
  const width = String(imported.length).length < 3 ? 3 : String(imported.length).length;
  const files = imported.map(({ post }, i) => ({
    name: `${String(i + 1).padStart(width, '0')}-${post.id}.md`,
    text: postToMarkdown(post),
  }));

  mkdirSync(out, { recursive: true });
  const clash = files.find((f) => existsSync(join(out, f.name)));
  if (clash && !values.force) throw new Error(`${join(out, clash.name)} exists; pass --force to overwrite`);

  const scratch = mkdtempSync(join(out, '.import-'));
  try {
    const loaded = files.map((f) => {
      const path = join(scratch, f.name);
      writeFileSync(path, f.text);
      return { ...markdownToPost(f.text, path), file: path };
    });
    checkArchive(loaded);
    for (const f of files) renameSync(join(scratch, f.name), join(out, f.name));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`imported ${files.length} posts from ${dump} into ${out}`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof ContentError || err instanceof Error ? `import failed: ${err.message}` : err);
  process.exitCode = 1;
}
