// Type-checks every workspace package that has a tsconfig.json; one test per package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const packages = ['packages/client', 'packages/server', 'packages/widgets', 'stories', 'demo'].filter((p) => existsSync(`${p}/tsconfig.json`));
const tsc = 'node_modules/.bin/tsc';
let passed = 0, failed = 0;
for (const p of packages) {
  try {
    execFileSync(tsc, ['-p', `${p}/tsconfig.json`], { stdio: 'inherit' });
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
