/** The WordPress export fixture, and changed copies of it for the sync tests (an upstream edit, a deletion…). */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXPORT = 'test/fixtures/cms/export.xml';
const FIXTURE = readFileSync(EXPORT, 'utf8');

/** A copy of the fixture export with some items changed, written as `dir/name`. */
export function exportWith(dir: string, name: string, change: (xml: string) => string): string {
  const file = join(dir, name);
  const changed = change(FIXTURE);
  assert.notEqual(changed, FIXTURE, `${name} changes something`);
  writeFileSync(file, changed);
  return file;
}

/** The item of the fixture with this WordPress id. */
export const itemOf = (xml: string, id: number) => {
  const at = xml.indexOf(`<wp:post_id>${id}</wp:post_id>`);
  return xml.slice(xml.lastIndexOf('<item>', at), xml.indexOf('</item>', at) + '</item>'.length);
};
