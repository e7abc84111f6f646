/**
 * Temporary folders for a test file (not a test file itself): each is removed when the file's process exits
 * (node --test runs every file in its own), so a test run leaves nothing in the system's temporary folder, whether
 * its tests pass or fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder `fosc-<name>-XXXXXX` in the system's temporary folder. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fosc-${name}-`));
  made.push(dir);
  return dir;
}
