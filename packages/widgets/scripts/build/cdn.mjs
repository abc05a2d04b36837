// CDN build: what a town's page loads from a CDN (or from its own server).
//
//   dist/cdn/<version>/vois-widgets.js   self-contained: lit inside, every element, one ES module
//   dist/cdn/<version>/loader.js         ≤ 2 kB: loads the widgets present on the page on demand
//   dist/cdn/<version>/chunks/*.js       the loader's chunks: one shared `core` + one per widget,
//                                        and the English texts (`en` + `en-<widget>`), fetched
//                                        only for a widget whose language is English
//   dist/cdn/<version>/embed.html|.js    iframe page for CMSs that allow only iframes
//   dist/cdn/<version>/embed-parent.js   page side of the iframe (auto-resize, events)
//   dist/cdn/<version>/manifest.json     every file with size and SRI (sha384)
//   dist/cdn/vois-widgets.js, loader.js, embed.html, embed-parent.js
//                                        stable aliases of the current version (the demo
//                                        uses them); versioned paths are immutable
//
// Chunking of the loader: per-widget chunks share one `core` chunk (lit, client, the
// base element, parts, texts, themes) instead of each being self-contained. Self-contained
// chunks would save one request on a one-widget page, but two widgets on one page would load
// lit and the client twice and — worse — get two API clients, two sessions and two login
// completions. Sharing is a correctness requirement; the cost is one extra request.
//
// English texts are dynamic imports in the sources (see `LangTexts` in src/i18n/index.ts), so
// they stay out of `core` and the widget chunks, each module a chunk of its own: `en` (the
// shared widget catalogue), `en-problems` (the client's problem messages) and `en-<widget>`.
// An English widget fetches its three in parallel; a German page never fetches them; the
// all-in-one bundle inlines them. (Not a chunking group: a group would wrap them in namespace
// objects and add a runtime chunk, one more round trip.)
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

/** Modules every widget needs: they go into the shared core chunk (English excepted). */
const CORE = /node_modules|[\\/]packages[\\/]client[\\/]src[\\/]|[\\/]widgets[\\/]src[\\/](base|parts|i18n|theme|events\.ts|index\.ts)/;

/** English text modules, fetched on demand: shared (`i18n/en.ts`, the client's messages) or one widget's. */
export const ENGLISH = /[\\/](?:i18n[\\/]en|client[\\/]src[\\/](messages)-en|elements[\\/]([\w-]+)[\\/]i18n-en)\.ts$/;

/** Chunk name of an English module: `en`, `en-problems` or `en-<widget>`; `undefined` for any other. */
const englishChunk = (id = '') => {
  const m = ENGLISH.exec(id);
  return m ? (m[1] ? 'en-problems' : m[2] ? `en-${m[2]}` : 'en') : undefined;
};

/** Copies of one version on a page share their clients and login (src/base/page-shared.ts). */
export const versionDefine = (pkg) => ({ __VOIS_VERSION__: JSON.stringify(JSON.parse(readFileSync(resolve(pkg, 'package.json'), 'utf8')).version) });

const common = (pkg, stats) => ({
  root: pkg,
  logLevel: 'warn',
  configFile: false,
  plugins: [minifyLiteralsPlugin(stats)],
  // Production build of lit (no dev-mode warnings, smaller).
  define: { 'process.env.NODE_ENV': '"production"', ...versionDefine(pkg) },
  resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
});

const output = (extra) => ({
  format: 'es',
  // A CMS may serve files with any cache policy: names inside a version folder never change
  // meaning, chunk names carry a content hash on top.
  entryFileNames: '[name].js',
  chunkFileNames: (chunk) => `chunks/${englishChunk(chunk.facadeModuleId ?? undefined) ?? '[name]'}-[hash].js`,
  ...extra,
});

/**
 * The loader imports a widget chunk, which imports the core chunk: two round trips one after
 * the other. This rewrites each `import("./chunks/<widget>.js")` in the entry to fetch the
 * chunk's static imports in parallel (`Promise.all`), saving one round trip per page.
 * (Only the loader entry is touched; its source map's columns shift slightly on that line.)
 */
const parallelChunks = () => ({
  name: 'vois:parallel-chunks',
  generateBundle(_, bundle) {
    for (const entry of Object.values(bundle)) {
      if (entry.type !== 'chunk' || !entry.isEntry || !entry.dynamicImports.length) continue;
      entry.code = entry.code.replace(/import\((["'`])\.\/(chunks\/[^"'`]+\.js)\1\)/g, (call, quote, file) => {
        const deps = bundle[file]?.imports ?? [];
        if (!deps.length) return call;
        return `Promise.all([${[...deps, file].map((f) => `import(${quote}./${f}${quote})`).join(',')}]).then(m=>m[${deps.length}])`;
      });
    }
  },
});

async function bundle(pkg, stats, { input, outDir, codeSplitting, sourcemap = true }) {
  const base = common(pkg, stats);
  await build({
    ...base,
    plugins: [...base.plugins, parallelChunks()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // Library mode: no Vite preload helper around the loader's dynamic imports (there is no
      // CSS to preload). It would keep whitespace and `@__PURE__` comments for a consumer's
      // bundler; CDN files have none, so full minification is switched back on.
      lib: { entry: input, formats: ['es'] },
      rollupOptions: { output: output({ codeSplitting, minify: true, comments: false }) },
    },
  });
}

const sri = (buffer) => `sha384-${createHash('sha384').update(buffer).digest('base64')}`;
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The iframe page. No inline script or style; the widget comes through the loader. */
const embedHtml = (prefix = '') => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Online-Dienst / Online service</title>
<script type="module" src="${prefix}embed.js"></script>
<script type="module" src="${prefix}loader.js"></script>
</head>
<body>
<main><p>Dieser Online-Dienst braucht JavaScript. / This online service needs JavaScript.</p></main>
</body>
</html>
`;

/**
 * Builds everything under dist/cdn. Returns the manifest (also written to disk).
 * `stats` collects the literal minification before/after bytes for the size report.
 */
export async function buildCdn(pkg, version, stats = { before: 0, after: 0 }) {
  const root = resolve(pkg, 'dist/cdn');
  const dir = resolve(root, version);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  // 1. Self-contained bundle: one file, no chunks.
  await bundle(pkg, stats, { input: { 'vois-widgets': resolve(pkg, 'src/embed/cdn.ts') }, outDir: dir, codeSplitting: false });
  // 2. Loader with on-demand widget chunks around one shared core chunk.
  await bundle(pkg, stats, {
    input: { loader: resolve(pkg, 'src/loader.ts') },
    outDir: dir,
    codeSplitting: { groups: [{ name: 'core', test: (id) => CORE.test(id) && !ENGLISH.test(id) }] },
  });
  // 3. Iframe page script and its parent-side counterpart: tiny, standalone.
  for (const [name, entry] of [['embed', 'src/embed/frame.ts'], ['embed-parent', 'src/embed/parent.ts']]) {
    await bundle(pkg, stats, { input: { [name]: resolve(pkg, entry) }, outDir: dir, codeSplitting: false, sourcemap: false });
  }
  writeFileSync(resolve(dir, 'embed.html'), embedHtml());

  // Manifest: every shipped file (not the source maps) with its SRI hash.
  const files = {};
  for (const path of walk(dir).sort()) {
    if (path.endsWith('.map')) continue;
    const buffer = readFileSync(path);
    files[relative(dir, path)] = { bytes: buffer.length, gzip: gzipSize(buffer), integrity: sri(buffer) };
  }
  const widgets = widgetChunks(dir);
  const manifest = {
    name: '@vois-online/widgets',
    version,
    generated: 'scripts/build.mjs',
    entries: {
      bundle: 'vois-widgets.js',
      loader: 'loader.js',
      embed: 'embed.html',
      embedParent: 'embed-parent.js',
      widgets,
      english: englishChunks(dir, widgets),
    },
    files,
  };
  writeFileSync(resolve(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // Stable aliases one level up (what the demo loads as /vendor/vois-widgets.js). The loader
  // alias re-exports the versioned loader, whose chunks resolve relative to the version folder.
  const bundleCode = readFileSync(resolve(dir, 'vois-widgets.js'), 'utf8');
  writeFileSync(resolve(root, 'vois-widgets.js'), bundleCode.replace('sourceMappingURL=vois-widgets.js.map', `sourceMappingURL=${version}/vois-widgets.js.map`));
  writeFileSync(resolve(root, 'loader.js'), `import './${version}/loader.js';\n`);
  copyFileSync(resolve(dir, 'embed-parent.js'), resolve(root, 'embed-parent.js'));
  writeFileSync(resolve(root, 'embed.html'), embedHtml(`${version}/`));
  return manifest;
}

/**
 * Tag → the chunks the loader fetches for it (besides loader.js), read from the loader. What a
 * German page needs: `closure` follows static imports only, so English chunks (dynamic imports)
 * are not among them; see `englishChunks`.
 */
function widgetChunks(dir) {
  const loader = readFileSync(resolve(dir, 'loader.js'), 'utf8');
  const out = {};
  for (const [, file] of loader.matchAll(/import\(`?["'`]?\.\/(chunks\/[^"'`]+\.js)/g)) {
    const name = /chunks\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (!name || name === 'core') continue; // fetched in parallel with each widget chunk
    out[`vois-${name}`] = closure(dir, file);
  }
  return out;
}

/**
 * Tag → the English chunks an English page fetches on top of its widget chunks: the dynamic
 * imports of those chunks that are English (`en`, `en-<widget>`), with their static imports.
 */
function englishChunks(dir, widgets) {
  const out = {};
  for (const [tag, chunks] of Object.entries(widgets)) {
    const english = new Set();
    for (const file of chunks) {
      const code = readFileSync(resolve(dir, file), 'utf8');
      for (const [, spec] of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
        const target = relative(dir, resolve(dir, file, '..', spec));
        if (/^chunks\/en(-[\w-]+)?-[\w-]{8}\.js$/.test(target)) for (const f of closure(dir, target)) if (!chunks.includes(f)) english.add(f);
      }
    }
    out[tag] = [...english].sort();
  }
  return out;
}

/** A chunk and every chunk it imports statically (what the browser fetches for it). */
export function closure(dir, file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(resolve(dir, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}*,\s]+from\s*)?["'`]([^"'`]+)["'`]/g)) {
    if (!spec.startsWith('.')) continue;
    closure(dir, relative(dir, resolve(dir, file, '..', spec)), seen);
  }
  return [...seen];
}
