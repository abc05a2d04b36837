// node:test reporter that writes reports/scenarios.json (or scenarios-postgres.json) = {"passed":N,"failed":N} for scripts/summarize.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Top-level tests only: each is one scenario (or the completeness check).
    if (event.type === 'test:pass' && event.data.nesting === 0 && !event.data.skip) passed++;
    if (event.type === 'test:fail' && event.data.nesting === 0) failed++;
  }
  const dir = new URL('../../../reports/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  // The same suite on PostgreSQL (VOIS_TEST_ENGINE=postgres) is its own line in the summary.
  const suite = process.env.VOIS_TEST_ENGINE === 'postgres' ? 'scenarios-postgres' : 'scenarios';
  writeFileSync(new URL(`${suite}.json`, dir), JSON.stringify({ passed, failed }));
  yield '';
}
