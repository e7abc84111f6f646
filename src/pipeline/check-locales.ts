/**
 * Fails when a UI message lacks a translation in any locale: extracts the messages the sources use now (into a
 * scratch copy of locales/, so the committed files are untouched) and looks for a <target> in every unit.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface MissingTranslation {
  locale: string;
  id: string;
  source: string;
}

export function findMissingTranslations(root = '.'): MissingTranslation[] {
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
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const missing: MissingTranslation[] = [];
    for (const file of readdirSync(join(scratch, 'locales'))) {
      const xliff = readFileSync(join(scratch, 'locales', file), 'utf8');
      const locale = /target-language="([^"]+)"/.exec(xliff)?.[1] ?? file;
      for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
        if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit[2])) {
          missing.push({ locale, id: unit[1], source: /<source>([\s\S]*?)<\/source>/.exec(unit[2])?.[1] ?? '' });
        }
      }
    }
    return missing;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = findMissingTranslations();
  for (const m of missing) console.error(`locales/${m.locale}.xlf: no translation for ${m.id} "${m.source}"`);
  if (missing.length) {
    console.error(`${missing.length} UI message(s) untranslated: run \`npx lit-localize extract\` and translate them.`);
    process.exitCode = 1;
  } else {
    console.log('every UI message is translated in every locale');
  }
}
