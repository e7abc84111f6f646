/**
 * Fails when a UI message lacks a translation in any locale, or a note for its translators: extracts the messages
 * the sources use now (into a scratch copy of locales/, so the committed files are untouched) and looks for a
 * <target> and a <note> (a `msg()` without `desc`) in every unit.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type XliffFile, parseXliff } from './xliff-units.js';

export interface MissingTranslation {
  locale: string;
  id: string;
  source: string;
}

/** Every locale's XLIFF as `lit-localize extract` writes it from the sources now (committed targets kept). */
export function extractLocales(root = '.'): XliffFile[] {
  const scratch = mkdtempSync(join(tmpdir(), 'fosc-locales-'));
  try {
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    cpSync(join(root, 'locales'), join(scratch, 'locales'), { recursive: true });
    config.interchange.xliffDir = join(scratch, 'locales');
    config.tsConfig = resolve(root, config.tsConfig);
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(
      resolve(root, 'node_modules/.bin/lit-localize'),
      ['extract', '--config', join(scratch, 'lit-localize.json')],
      { cwd: root, stdio: 'pipe' },
    );
    return readdirSync(join(scratch, 'locales')).map((file) => {
      const parsed = parseXliff(readFileSync(join(scratch, 'locales', file), 'utf8'));
      return { ...parsed, locale: parsed.locale || file.replace(/\.xlf$/, '') };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function findMissingTranslations(root = '.', files = extractLocales(root)): MissingTranslation[] {
  return files.flatMap(({ locale, units }) =>
    units.filter((u) => !u.target?.trim()).map((u) => ({ locale, id: u.id, source: u.source })),
  );
}

/** Units whose `msg()` has no `desc`: the translator would see the words with nothing to say where they go. */
function findMissingNotes(root = '.', files = extractLocales(root)): MissingTranslation[] {
  return files.flatMap(({ locale, units }) =>
    units.filter((u) => !u.note?.trim()).map((u) => ({ locale, id: u.id, source: u.source })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = extractLocales();
  const missing = findMissingTranslations('.', files);
  for (const m of missing) console.error(`locales/${m.locale}.xlf: no translation for ${m.id} "${m.source}"`);
  const silent = findMissingNotes('.', files).filter((m) => m.locale === files[0]?.locale);
  for (const m of silent) console.error(`msg() without desc: ${m.id} "${m.source}" (the XLIFF unit has no <note>)`);
  if (missing.length) {
    console.error(`${missing.length} UI message(s) untranslated: run \`npx lit-localize extract\` and translate them.`);
  }
  if (silent.length) console.error(`${silent.length} UI message(s) without a desc for translators.`);
  if (missing.length || silent.length) process.exitCode = 1;
  else console.log('every UI message is translated in every locale, with a note for its translators');
}
