// Browser tests in headless Chromium (Debian's /usr/bin/chromium; nothing is downloaded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { embeddingMiddleware } from './test/pages/middleware.js';
import { accessibilityTreePlugin } from './test/plugins/accessibility-tree.js';
import { mediaFeaturesPlugin } from './test/plugins/media-features.js';

const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { browser: true },
  middleware: [embeddingMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // lunr and lunr-languages are CommonJS; axe-core stays out (its UMD build sets window.axe).
    commonjs({ include: ['**/node_modules/lunr/**', '**/node_modules/lunr-languages/**'], strictRequires: false }),
    mediaFeaturesPlugin(),
    accessibilityTreePlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
