// npm build: ES modules for application bundlers, one file per source module (so an app's
// bundler tree-shakes at module level), lit, zod and @vois-online/client left as imports.
// Types come from plain `tsc` (tsconfig.build.json, declarations only).
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifyLiteralsPlugin } from './minify-literals.mjs';
import { versionDefine } from './cdn.mjs';

/** Public entry points (package.json `exports`) → source. */
export const npmEntries = (pkg) => {
  const define = readdirSync(resolve(pkg, 'src/define')).filter((f) => f.endsWith('.ts'));
  return {
    index: 'src/index.ts',
    all: 'src/all.ts',
    loader: 'src/loader.ts',
    'testing/fake-api': 'src/testing/fake-api.ts',
    'theme/themes': 'src/theme/themes.ts',
    ...Object.fromEntries(define.map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`])),
  };
};

const EXTERNAL = /^(lit|@lit\/|lit-html|lit-element|zod|@vois-online\/client)(\/|$)/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export async function buildNpm(pkg) {
  const out = resolve(pkg, 'dist');
  mkdirSync(out, { recursive: true }); // a fresh clone has none
  for (const name of readdirSync(out, { withFileTypes: true }).map((d) => d.name)) {
    if (name !== 'cdn') rmSync(resolve(out, name), { recursive: true, force: true });
  }
  const entries = npmEntries(pkg);
  await build({
    root: pkg,
    logLevel: 'warn',
    configFile: false,
    plugins: [minifyLiteralsPlugin()],
    define: versionDefine(pkg),
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      minify: false, // readable for the app developer; the app's bundler minifies
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(pkg, v)])), formats: ['es'] },
      rollupOptions: {
        external: (id) => EXTERNAL.test(id),
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(pkg, 'src'),
          // The decorator helper of the TypeScript transform gets a plain name.
          entryFileNames: ({ name }) => `${name.replace(/^_virtual\/.*\/helpers\/esm\//, '_helpers/')}.js`,
        },
      },
    },
  });

  // Declarations: plain tsc, then `.ts` specifiers → `.js` (the sources import with `.ts`).
  execFileSync(process.execPath, [resolve(pkg, 'node_modules/typescript/bin/tsc'), '-p', resolve(pkg, 'tsconfig.build.json')], {
    cwd: pkg,
    stdio: 'inherit',
  });
  for (const file of walk(out).filter((f) => f.endsWith('.d.ts') && !f.includes(`${join('dist', 'cdn')}`))) {
    const text = readFileSync(file, 'utf8');
    const fixed = text
      .replace(/((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"']+)\.ts(["'])/g, '$1$2.js$3')
      // Build-time only (import.meta.glob); a consumer must not need Vite's types.
      .replace(/^\/\/\/ <reference types="vite\/client" \/>\n/m, '');
    if (fixed !== text) writeFileSync(file, fixed);
  }
  return entries;
}
