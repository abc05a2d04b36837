// Builds the self-contained CDN bundle (lit inside, one ES module) with Vite and, with
// --check, measures gzip sizes against the budgets and fails when one is exceeded.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(pkg, 'dist/cdn');
const reports = resolve(pkg, '../../reports');

/** name → [entry, output file, gzip budget in bytes] */
export const bundles = {
  all: ['src/all.ts', 'vois-widgets.js', 40_000],
};

for (const [, [entry, file]] of Object.entries(bundles)) {
  await build({
    root: pkg,
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: resolve(pkg, entry), formats: ['es'], fileName: () => file },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
}

if (process.argv.includes('--check')) {
  const counts = { passed: 0, failed: 0 };
  for (const [name, [, file, budget]] of Object.entries(bundles)) {
    const size = gzipSync(readFileSync(resolve(out, file)), { level: 9 }).length;
    const ok = size <= budget;
    counts[ok ? 'passed' : 'failed']++;
    console.log(`${ok ? '✔' : '✖'} ${name.padEnd(10)} ${(size / 1000).toFixed(1)} kB gzip (budget ${budget / 1000} kB)`);
  }
  mkdirSync(reports, { recursive: true });
  writeFileSync(resolve(reports, 'build.json'), JSON.stringify(counts));
  process.exit(counts.failed ? 1 : 0);
}
