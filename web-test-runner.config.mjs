// Browser tests: real system Chromium (never a downloaded one), TypeScript through esbuild,
// workspace packages resolved to their sources. Run: pnpm test:browser
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { workerBundlePlugin } from './scripts/wtr-worker-plugin.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['packages/*/test/**/*.test.ts', 'test/browser/**/*.test.ts'];

export default {
  files: files.concat(['!**/*.node.test.ts']),
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        dumpio: !!process.env.WTR_DUMPIO,
        args: [
          ...CHROMIUM_ARGS,
          // Test files run side by side in tabs: keep background tabs running at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  plugins: [workerBundlePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
