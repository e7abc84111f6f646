/**
 * Where the build puts data files as it makes them (names from core/data-files.ts): a folder of JSON files
 * (`dist/data/`), written as soon as each is ready so that the build never holds the archive, or (tests) memory.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface DataSink {
  write(name: string, value: unknown): void;
  /** A file whose JSON text is already made. */
  writeJson(name: string, json: string): void;
}

/** `<name>.json` under `dir`. */
export function folderSink(dir: string): DataSink {
  const made = new Set<string>();
  const writeJson = (name: string, json: string) => {
    const path = join(dir, `${name}.json`);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, json);
  };
  return { writeJson, write: (name, value) => writeJson(name, JSON.stringify(value)) };
}

/** Files kept in a map, parsed (name → value). */
export function memorySink(files = new Map<string, unknown>()): DataSink & { files: Map<string, unknown> } {
  return {
    files,
    write: (name, value) => files.set(name, structuredClone(value)),
    writeJson: (name, json) => files.set(name, JSON.parse(json)),
  };
}

/** Every `<name>.json` under `dir`, read back (a small archive's files, to bundle them as modules). */
export function readFolder(dir: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.json')) {
        files.set(relative(dir, path).replace(/\\/g, '/').slice(0, -5), JSON.parse(readFileSync(path, 'utf8')));
      }
    }
  };
  walk(dir);
  return files;
}
