// Builds @vois-online/widgets for distribution (see docs/EMBEDDING.md for what ships where):
//
//   node scripts/build.mjs           (pnpm build)       npm ESM + types, CDN files + manifest
//                                                       with SRI, custom-elements.json, JSX types,
//                                                       the SRI snippet in docs/EMBEDDING.md
//   node scripts/build.mjs --check   (pnpm build:check) the same, then: size budgets, the built
//                                                       files in Chromium, publint and
//                                                       arethetypeswrong on the packed tarball,
//                                                       JSX typings type-checked; writes
//                                                       reports/build.json (counts) and
//                                                       reports/size.md; exit 1 on any failure
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn } from './build/cdn.mjs';
import { buildNpm } from './build/npm.mjs';
import { writeJsx } from './build/jsx.mjs';
import { writeSnippet } from './build/snippet.mjs';
import { measure, printChecks } from './build/sizes.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const reports = resolve(pkg, '../../reports');
const check = process.argv.includes('--check');
const { version } = JSON.parse(readFileSync(resolve(pkg, 'package.json'), 'utf8'));
const bin = (name) => resolve(pkg, 'node_modules/.bin', name);
const started = Date.now();
const step = (text) => console.log(`› ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

step('custom-elements.json (cem analyze)');
execFileSync(process.execPath, [resolve(pkg, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'], { cwd: pkg, stdio: 'inherit' });
step('JSX typings (jsx/elements.d.ts)');
const tags = writeJsx(pkg);
step('npm build (dist/, lit and the client external; types from tsc)');
await buildNpm(pkg);
step(`CDN build (dist/cdn/${version}/)`);
const literals = { before: 0, after: 0 };
const manifest = await buildCdn(pkg, version, literals);
writeSnippet(pkg, manifest);
console.log(`  ${tags.length} elements: ${tags.join(', ')}; template/CSS literals ${(literals.before / 1000).toFixed(1)} → ${(literals.after / 1000).toFixed(1)} kB`);

const { checks, markdown } = measure(pkg, manifest);
printChecks(checks);
mkdirSync(reports, { recursive: true });
writeFileSync(resolve(reports, 'size.md'), markdown);
if (!check) process.exit(0);

// ---------------------------------------------------------------- --check
const results = checks.map((c) => ({ name: `budget: ${c.name}`, ok: c.ok, error: `${(c.size / 1000).toFixed(1)} kB > ${(c.budget / 1000).toFixed(1)} kB gzip` }));
const run = (name, fn) => {
  try {
    fn();
    results.push({ name, ok: true });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    results.push({ name, ok: false, error: out.split('\n').slice(-15).join('\n') || String(error.message) });
  }
};
const sh = (cmd, args, cwd = pkg) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

step('JSX typings for React, Preact and Vue type-check');
const tsc = resolve(pkg, 'node_modules/typescript/bin/tsc');
run('JSX typings type-check (jsx/test)', () => sh(process.execPath, [tsc, '-p', 'jsx/test/tsconfig.json']));
const example = resolve(pkg, '../../examples/react');
run('React example type-checks (examples/react)', () => sh(process.execPath, [tsc, '-p', resolve(example, 'tsconfig.json')], example));

step('packing and linting the npm package (publint, arethetypeswrong)');
const packDir = mkdtempSync(join(tmpdir(), 'vois-pack-'));
try {
  sh('pnpm', ['pack', '--pack-destination', packDir]);
  const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz')));
  sh('tar', ['xzf', tarball, '-C', packDir]);
  run('publint (packed package)', () => sh(bin('publint'), [join(packDir, 'package'), '--pack', 'false', '--strict']));
  // ESM only by design (browsers, bundlers): node10 and require() resolutions are not offered.
  run('arethetypeswrong (packed package, esm-only)', () =>
    sh(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--include-entrypoints', 'define/meldebescheinigung']),
  );
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

step('built CDN files in Chromium (strict CSP, SRI)');
const { smoke } = await import('./build/smoke.mjs');
for (const r of await smoke(pkg, manifest)) results.push({ ...r, name: `chromium: ${r.name}` });

let failed = 0;
for (const r of results) {
  if (!r.ok) failed++;
  console.log(`${r.ok ? '✔' : '✖'} ${r.name}${r.ok ? '' : `\n    ${String(r.error ?? '').replace(/\n/g, '\n    ')}`}`);
}
writeFileSync(resolve(reports, 'build.json'), JSON.stringify({ passed: results.length - failed, failed }));
console.log(`build: ${results.length - failed} passed, ${failed} failed (size report: reports/size.md)`);
process.exit(failed ? 1 : 0);
