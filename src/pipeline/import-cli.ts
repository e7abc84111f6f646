/**
 * `npm run import -- <input> [--out content] [--languages en,fr] [--force]`
 * Writes one Markdown file per post of the input, all or none:
 * 1. read: the reader for the input's format (import/readers.ts, chosen by its content) gives the posts;
 * 2. plan: file names, and the archive they make with the posts already in `--out`, checked (import/plan.ts);
 * 3. write: each post's Markdown, proven to read back the same, into a copy of the folder swapped in at the end
 *    (import/commit.ts). Every error names the input and its line; on any error the folder is left as it was.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from './content.js';
import { changeFolder } from './import/commit.js';
import { planImport, renderChecked } from './import/plan.js';
import { readerFor } from './import/readers.js';
import { langTagProblem } from './lang-tag.js';

const USAGE = 'usage: npm run import -- <dump.txt> [--out content] [--languages en,fr] [--force]';

async function main(): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      languages: { type: 'string', default: 'en,fr' },
      force: { type: 'boolean', default: false },
    },
  });
  const [input] = positionals;
  if (!input) throw new Error(USAGE);
  const candidates = values.languages!.split(',').map((l) => l.trim());
  for (const lang of candidates) {
    const problem = langTagProblem(lang);
    if (problem) throw new Error(`--languages: ${problem}`);
  }
  const out = resolve(values.out!);

  const reader = readerFor(input);
  const posts = await reader.read(input, { candidates });
  const plan = planImport(out, posts, values.force!);
  changeFolder(out, (stage) => {
    for (const name of plan.remove) rmSync(join(stage, name));
    for (const { name, imported } of plan.write) writeFileSync(join(stage, name), renderChecked(imported));
  });
  const replaced = plan.remove.length ? ` (replacing ${plan.remove.length} with the same ids)` : '';
  console.log(
    `imported ${posts.length} posts from ${input} (${reader.name}) into ${displayPath(out)}${replaced} in ${Math.round(performance.now() - started)} ms, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}

main().catch((err: unknown) => {
  console.error(`import failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
