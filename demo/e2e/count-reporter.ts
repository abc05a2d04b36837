// Writes reports/e2e.json = { passed, failed, skipped } for scripts/test.sh to sum.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default class CountReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };
  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'skipped') this.counts.skipped++;
    else if (result.status === 'passed') this.counts.passed++;
    else this.counts.failed++;
  }
  onEnd(result: FullResult) {
    if (result.status !== 'passed' && this.counts.failed === 0) this.counts.failed = 1; // e.g. a web server that did not start
    const dir = fileURLToPath(new URL('../../reports/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(dir + 'e2e.json', JSON.stringify(this.counts));
  }
}
