/**
 * Writing a folder all or none. The new state of the folder is built beside it — a copy of what it holds, then
 * the changes — and swapped in with two renames; if the second fails, the first is undone. A failure at any step
 * leaves the folder as it was (moving files in one by one would leave those already moved when one fails).
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface FolderOps {
  renameSync: (from: string, to: string) => void;
}

/**
 * Changes `dir` all or none: `change` gets a staging folder holding a copy of `dir` (empty if `dir` does not exist
 * yet) and writes, overwrites or removes files there; then the staging folder becomes `dir`.
 * `ops` stands in for the file system's rename in tests.
 */
export function changeFolder(dir: string, change: (stage: string) => void, ops: FolderOps = { renameSync }): void {
  const existed = existsSync(dir);
  // Swap the folder itself, not a symbolic link to it.
  const target = existed ? realpathSync(dir) : resolve(dir);
  // `--out site/content` where `site/` is new too: its parents are made (they hold nothing to swap).
  if (!existed) mkdirSync(dirname(target), { recursive: true });
  const stage = mkdtempSync(join(dirname(target), `.${basename(target)}.import-`));
  const old = `${stage}.old`;
  try {
    if (existed) {
      cpSync(target, stage, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
      chmodSync(stage, statSync(target).mode & 0o7777);
    } else {
      chmodSync(stage, 0o777 & ~process.umask());
    }
    change(stage);
    if (!existed) {
      ops.renameSync(stage, target);
      return;
    }
    ops.renameSync(target, old);
    try {
      ops.renameSync(stage, target);
    } catch (err) {
      try {
        ops.renameSync(old, target);
      } catch {
        throw new Error(`${target} could not be replaced, and its former content is now in ${old}: move it back`, {
          cause: err,
        });
      }
      throw err;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
