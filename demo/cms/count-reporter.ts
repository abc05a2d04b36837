// Writes reports/cms.json = { passed, failed, skipped } for scripts/test.sh to sum.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default class CountReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };
  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status === 'skipped') this.counts.skipped++;
    else if (result.status === 'passed') this.counts.passed++;
    else this.counts.failed++;
  }
  onEnd(result: FullResult) {
    // A set-up that failed or hung (global set-up, time-out) counts as a failure.
    if (result.status !== 'passed' && this.counts.failed === 0) this.counts.failed = 1;
    const dir = fileURLToPath(new URL('../../reports/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(dir + 'cms.json', JSON.stringify(this.counts));
  }
}
