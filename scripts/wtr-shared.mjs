// Shared web-test-runner setup: Debian's Chromium (no browser downloads here) and a
// reporter that writes pass/fail counts for scripts/test.sh to sum.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const chromium = () =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  });

export const typescript = () => esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(root, 'tsconfig.base.json') });

/** Writes `reports/<suite>.json` = `{ passed, failed, skipped }` at the end of the run. */
export function countReporter(suite) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (group) => {
        if (!group) return;
        for (const t of group.tests ?? []) counts[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
        for (const s of group.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
      mkdirSync(resolve(root, 'reports'), { recursive: true });
      writeFileSync(resolve(root, 'reports', `${suite}.json`), JSON.stringify(counts));
    },
  };
}
