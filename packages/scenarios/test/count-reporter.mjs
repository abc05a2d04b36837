// node:test reporter that writes reports/scenarios.json = {"passed":N,"failed":N} for scripts/summarize.mjs.
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
  writeFileSync(new URL('scenarios.json', dir), JSON.stringify({ passed, failed }));
  yield '';
}
