// Sums the per-suite counts in reports/ (wtr/playwright JSON, node:test TAP) into one line.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../reports/', import.meta.url);
let passed = 0, failed = 0, skipped = 0;
const rows = [];
for (const file of readdirSync(dir).sort()) {
  if (!/\.(json|tap)$/.test(file)) continue;
  const text = readFileSync(new URL(file, dir), 'utf8');
  let c;
  if (file.endsWith('.json')) {
    c = JSON.parse(text);
    if (typeof c.passed !== 'number') continue; // a tool's own report, not a count
  }
  else if (file.endsWith('.tap')) {
    const n = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
    c = { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
    // A TAP file without a summary means the run died.
    if (!/^# tests \d+$/m.test(text)) c.failed += 1;
  } else continue;
  rows.push(`  ${file.replace(/\.(json|tap)$/, '').padEnd(16)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  passed += c.passed; failed += c.failed; skipped += c.skipped ?? 0;
}
console.log('\nTest suites:\n' + rows.join('\n'));
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
