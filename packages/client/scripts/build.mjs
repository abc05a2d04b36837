// npm build of @vois-online/client: plain tsc, one ES module + declaration per source file in
// dist/ (relative `.ts` imports rewritten to `.js`). In the workspace the package exports its
// TypeScript sources; `publishConfig.exports` points the published package at dist/.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {
  cwd: pkg,
  stdio: 'inherit',
});

// Declarations keep the sources' `.ts` specifiers; consumers resolve `.js`.
const dist = join(pkg, 'dist');
for (const file of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, '$1$2.js$3');
  if (fixed !== text) writeFileSync(path, fixed);
}
