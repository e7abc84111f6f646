// Makes custom-elements.json describe the package as shipped, not the sources: each element's module is its npm
// entry (dist/npm/elements/<name>.js), which declares its tag; helper modules (not entries) are left out; each event
// carries its type from the `GlobalEventHandlersEventMap` the package's own types declare (dist/types/), so the
// manifest and the generated React/Vue/editor data follow the one events module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ELEMENT_SOURCE = /^src\/elements\/([\w-]+)\/\1\.ts$/;

/** `'fosc-…': CustomEvent<…>` entries of every `GlobalEventHandlersEventMap` in the shipped types. */
function eventTypes(typesDir) {
  const types = new Map();
  const files = readdirSync(typesDir, { recursive: true }).filter((f) => String(f).endsWith('.d.ts'));
  for (const file of files) {
    const text = readFileSync(join(typesDir, String(file)), 'utf8');
    for (const [, body] of text.matchAll(/interface GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, type] of body.matchAll(/['"]?(fosc-[\w-]+)['"]?\s*:\s*([^;]+);/g)) {
        types.set(name, type.trim());
      }
    }
  }
  return types;
}

/** References into modules that are not shipped (a base class, a mixin) keep their name, not a dead path. */
function dropSourcePaths(node) {
  if (Array.isArray(node)) node.forEach(dropSourcePaths);
  else if (node && typeof node === 'object') {
    if (typeof node.module === 'string' && node.module.startsWith('src/')) delete node.module;
    Object.values(node).forEach(dropSourcePaths);
  }
}

/** An attribute or field typed by an alias of keywords (`mode: Mode`) is typed by the keywords in the manifest. */
function writeOutUnions(element) {
  for (const member of [...(element.attributes ?? []), ...(element.members ?? [])]) {
    const expanded = member.expandedType?.text;
    if (
      expanded &&
      member.type &&
      /^\w+( \| undefined)?$/.test(member.type.text) &&
      /^('[^']*'|"[^"]*"|undefined)( \| ('[^']*'|"[^"]*"|undefined))+$/.test(expanded)
    ) {
      member.type = { text: expanded };
    }
  }
}

/**
 * Two plugins around the React/Vue generators (custom-element-jsx-integration and -vuejs-integration), which read an
 * event's `type` as its detail and import bare names from the root types: for them, the detail through the global
 * event map (resolvable wherever the package's types are loaded); for the manifest, the event's type as declared.
 */
export function shipPaths({ typesDir = 'dist/types' } = {}) {
  const declared = new Map();
  const before = {
    name: 'fosc-ship-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const events = eventTypes(typesDir);
      const shipped = [];
      for (const mod of manifest.modules) {
        const match = ELEMENT_SOURCE.exec(mod.path);
        const element = mod.declarations?.find((d) => d.customElement && d.tagName);
        if (!match || !element) continue;
        const path = `dist/npm/elements/${match[1]}.js`;
        const declaration = { name: element.name, module: path };
        mod.path = path;
        mod.declarations = mod.declarations.filter((d) => d.customElement);
        mod.exports = [
          { kind: 'js', name: element.name, declaration },
          { kind: 'custom-element-definition', name: element.tagName, declaration },
        ];
        writeOutUnions(element);
        for (const event of element.events ?? []) {
          const type = events.get(event.name);
          if (!type) console.warn(`custom-elements.json: ${event.name} has no entry in GlobalEventHandlersEventMap`);
          declared.set(event, type ? { text: type } : event.type);
          event.type = { text: type ? `GlobalEventHandlersEventMap['${event.name}']['detail']` : 'unknown' };
        }
        shipped.push(mod);
      }
      dropSourcePaths(shipped);
      manifest.modules = shipped;
    },
  };
  const after = {
    name: 'fosc-event-types',
    packageLinkPhase() {
      for (const [event, type] of declared) {
        if (type) event.type = type;
        else delete event.type;
      }
    },
  };
  return { before, after };
}
