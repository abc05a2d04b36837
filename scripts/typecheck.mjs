// Type-checks every workspace package (its `typecheck` script); one test per package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const packages = ['packages/client', 'packages/domain', 'packages/server', 'packages/scenarios', 'packages/widgets', 'stories', 'demo'].filter(
  (p) => existsSync(`${p}/package.json`) && JSON.parse(readFileSync(`${p}/package.json`, 'utf8')).scripts?.typecheck,
);
let passed = 0, failed = 0;
for (const p of packages) {
  try {
    execFileSync('pnpm', ['-s', 'run', 'typecheck'], { cwd: p, stdio: 'inherit' });
    console.log(`✔ ${p}`);
    passed++;
  } catch {
    console.log(`✖ ${p}`);
    failed++;
  }
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/typecheck.json', JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
