// `cem analyze` reads the elements' JSDoc (@slot, @csspart, @cssprop, @fires) into custom-elements.json, as shipped
// (scripts/cem-ship-plugin.js), then writes from it what editors and frameworks read: React 19 JSX and Vue types
// (dist/types/, re-exported by `fosc-widgets/react` and `fosc-widgets/vue`), VS Code custom data and JetBrains
// web-types (dist/). `npm run build` runs it after the types (scripts/build-types.js), which it reads.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';
import { shipPaths } from './scripts/cem-ship-plugin.js';

const quiet = { hideLogs: true };
// The generated .d.ts files sit in dist/types/ and take each element's class from the package's root types.
const types = { ...quiet, outdir: 'dist/types', globalTypePath: './index.js' };
const ship = shipPaths();

export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // A type checker for expandTypesPlugin: `mode: Mode` is written out as its union of keywords.
  overrideModuleCreation: ({ ts, globs }) =>
    getTsProgram(ts, globs, 'tsconfig.build.json')
      .getSourceFiles()
      .filter((file) => globs.includes(file.fileName)),
  plugins: [
    expandTypesPlugin({ hideLogs: true }),
    ship.before,
    customElementJsxPlugin({ ...types, fileName: 'custom-element-jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'custom-element-vuejs.d.ts' }),
    ship.after,
    customElementVsCodePlugin({
      ...quiet,
      typesSrc: 'expandedType',
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      typesSrc: 'expandedType',
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      packageJson: false,
    }),
  ],
};
