// `cem analyze` reads the elements' JSDoc (@slot, @csspart, @cssprop, @fires) into custom-elements.json.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/elements/*/pair.ts',
    'src/elements/*/rotation-controller.ts',
  ],
  outdir: '.',
  litelement: true,
};
