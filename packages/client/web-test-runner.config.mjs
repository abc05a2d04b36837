// Browser tests of @vois-online/client in real Chromium (Debian's, see scripts/wtr-shared.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromium, countReporter, typescript } from '../../scripts/wtr-shared.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [typescript()],
  browsers: [chromium()],
  reporters: [defaultReporter(), countReporter('client')],
  // Every wait in these tests is bounded by small client timeouts; this only catches a hang.
  testFramework: { config: { timeout: 4000 } },
  testsFinishTimeout: 60_000,
};
