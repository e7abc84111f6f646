/**
 * `npm run import -- <input> [--out content] [--languages en,fr] [--prune] [--force]`
 * The input's format is told by its content, not its name:
 * - a WordPress export (WXR), an RSS 2.0, Atom or JSON Feed is **synced** into `--out` (import/sync-source.ts):
 *   new posts added, posts changed upstream updated, hand edits kept, conflicts written beside the file as
 *   `name.md.upstream`, posts gone upstream reported (and, with `--prune`, deleted when nobody edited them);
 * - a plain-text dump is imported as before: read (import/readers.ts), planned and checked (import/plan.ts).
 * Either way the folder is written all or none (import/commit.ts), and every error names the input and its line.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from './content.js';
import { changeFolder } from './import/commit.js';
import { planImport, renderChecked } from './import/plan.js';
import { isSourceFile, readerFor } from './import/readers.js';
import { syncSource } from './import/sync-source.js';
import { langTagProblem } from './lang-tag.js';
import { formatPlan, formatSourceSummary } from './sources/index.js';

const USAGE =
  'usage: npm run import -- <export.xml | feed.xml | feed.json | dump.txt> [--out content] [--languages en,fr] [--prune] [--force]';

const took = (started: number) =>
  `in ${Math.round(performance.now() - started)} ms, peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function main(): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      languages: { type: 'string', default: 'en,fr' },
      force: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
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

  if (isSourceFile(input)) {
    if (values.force) {
      throw new Error(
        '--force is for plain-text dumps: a sync never overwrites a post edited here (it writes the source’s version beside it, as .md.upstream)',
      );
    }
    const { summary, actions, merged, written } = await syncSource(input, out, { candidates, prune: values.prune! });
    console.log(formatSourceSummary(summary));
    console.log(formatPlan(actions));
    for (const name of merged) console.log(`  merged    ${name} deleted: its post now carries the source’s version`);
    console.log(
      written
        ? `wrote ${displayPath(out)} ${took(started)}`
        : `nothing written to ${displayPath(out)} ${took(started)}`,
    );
    return;
  }
  if (values.prune)
    throw new Error('--prune is for WordPress exports and feeds: a plain-text dump is imported, not synced');

  const reader = readerFor(input);
  const posts = await reader.read(input, { candidates });
  const plan = planImport(out, posts, values.force!);
  changeFolder(out, (stage) => {
    for (const name of plan.remove) rmSync(join(stage, name));
    for (const { name, imported } of plan.write) writeFileSync(join(stage, name), renderChecked(imported));
  });
  const replaced = plan.remove.length ? ` (replacing ${plan.remove.length} with the same ids)` : '';
  console.log(
    `imported ${posts.length} posts from ${input} (${reader.name}) into ${displayPath(out)}${replaced} ${took(started)}`,
  );
}

main().catch((err: unknown) => {
  console.error(`import failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
