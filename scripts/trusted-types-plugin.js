// The CDN bundles carry their own copy of Lit, so they create their own Trusted Types policy, under our name
// `fosc-widgets` rather than Lit's `lit-html`: a page allow-lists us by name (`trusted-types fosc-widgets`), and a
// partner's own Lit app keeps `lit-html` to itself, whichever loads first. The npm build leaves Lit alone (the app's
// Lit, the app's policy). Tested on the built bundles in test/browser/trusted-types.test.ts.

export const POLICY_NAME = 'fosc-widgets';

// lit-html's one policy, as written in its production and development builds:
//   s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0
//   trustedTypes ? trustedTypes.createPolicy('lit-html', { createHTML: (s) => s }) : undefined
const LIT_POLICY = new RegExp(
  String.raw`([\w$]+)\s*\?\s*\1\.createPolicy\(\s*["']lit-html["']\s*,\s*` +
    String.raw`\{\s*createHTML:\s*\(?([\w$]+)\)?\s*=>\s*\2,?\s*\}\s*\)\s*:\s*(?:void 0|undefined)`,
);

/**
 * Without a policy Lit falls back to strings, which is what a page without Trusted Types wants; a page that
 * enforces them and whose allow-list lacks our name gets one console message that says what to add.
 */
const createPolicy = (tt) => `(() => {
  try {
    return ${tt}.createPolicy(${JSON.stringify(POLICY_NAME)}, { createHTML: (html) => html });
  } catch (err) {
    console.warn('fosc-widgets: cannot create the Trusted Types policy "${POLICY_NAME}". If the page\\'s ' +
      'Content-Security-Policy has a trusted-types allow-list, add ${POLICY_NAME} to it (and \\'allow-duplicates\\' ' +
      'if the script is loaded twice). See the README, "Security".', err);
    return undefined;
  }
})()`;

export function trustedTypesPolicy() {
  return {
    name: 'fosc-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/.test(id)) return null;
      const match = LIT_POLICY.exec(code);
      if (!match) this.error(`lit-html's Trusted Types policy was not found in ${id}: update ${import.meta.url}`);
      const [whole, tt] = match;
      const replaced = code.replace(whole, `${tt} ? ${createPolicy(tt)} : undefined`);
      return { code: replaced, map: null };
    },
  };
}
