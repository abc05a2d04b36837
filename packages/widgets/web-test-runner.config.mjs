// Widgets suite: real Chromium (Debian's), TypeScript through esbuild, counts for scripts/test.sh.
import { defaultReporter } from '@web/test-runner';
import { chromium, countReporter, typescript } from '../../scripts/wtr-shared.mjs';

export default {
  // Serve from the repo root: the workspace client package and the hoisted node_modules live there.
  rootDir: '../..',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [typescript()],
  browsers: [chromium()],
  concurrency: 2,
  // Lit's one-time dev-mode notice in every file is noise; real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter('widgets')],
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 180_000,
};
