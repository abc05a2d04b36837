// `pnpm bench`: the same form step — the intro of the Meldebescheinigung (title, 4-step
// progress, lead text, two short lists, key facts, a note, the login button) — built three
// ways and loaded side by side in one Chromium run:
//
//   ours        <vois-meldebescheinigung> through the CDN loader (dist/cdn/<version>/loader.js)
//   KoliBri     @public-ui/components 4.1.4 + theme-default, registered as its docs show
//   Web Awesome @awesome.me/webawesome 3.14.0, the four components it needs + its stylesheet
//
// For each: bytes transferred (gzip -9, everything the page loads until the network is idle)
// and requests, and the time from navigation start until the step is visibly rendered (all
// custom elements defined, heading and login button laid out and visible — probed every frame),
// median of RUNS cold loads each, at 1× and at 4× CPU throttling (CDP
// Emulation.setCPUThrottlingRate). Our widget renders its intro without any network (the
// municipality lookup is aborted), so no API server is involved.
//
// Writes bench/RESULTS.md. Not part of the test run (numbers, not pass/fail).
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const widgets = resolve(here, '../packages/widgets');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const API = 'https://api.vois.invalid';

// ---------------------------------------------------------------- 1. what is loaded
const { version } = JSON.parse(readFileSync(resolve(widgets, 'package.json'), 'utf8'));
if (!existsSync(resolve(widgets, `dist/cdn/${version}/manifest.json`))) {
  console.log('› building the widgets (pnpm -F @vois-online/widgets build)');
  execFileSync('pnpm', ['-F', '@vois-online/widgets', 'build'], { stdio: 'inherit' });
}
const manifest = JSON.parse(readFileSync(resolve(widgets, `dist/cdn/${version}/manifest.json`), 'utf8'));

console.log('› building the KoliBri and Web Awesome pages (vite)');
for (const name of ['kolibri', 'webawesome']) {
  await build({
    root: here,
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: resolve(here, `.build/${name}`),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000, // KoliBri's entry is large by design; not our concern here
      rollupOptions: { input: resolve(here, `pages/${name}.js`), output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' } },
    },
  });
}
const cssOf = (name) => !existsSync(resolve(here, `.build/${name}/assets`)) ? [] : readdirSync(resolve(here, `.build/${name}/assets`), { withFileTypes: true }).filter((d) => d.name.endsWith('.css')).map((d) => `/${name}/assets/${d.name}`);
const has = (dir) => existsSync(dir) && statSync(dir).isDirectory();

// The step's texts, identical in all three.
const T = {
  eyebrow: 'Online-Dienst',
  title: 'Meldebescheinigung',
  step: 'Schritt 1 von 4',
  heading: 'Meldebescheinigung online abrufen',
  lead: 'Mit der Meldebescheinigung weisen Sie nach, wo Sie gemeldet sind – zum Beispiel bei Arbeitgebern, Banken oder Behörden.',
  get: ['Ihre Meldebescheinigung sofort auf dem Bildschirm und als PDF', 'ein elektronisches Siegel und einen Prüfcode, mit dem jede Stelle die Echtheit prüfen kann'],
  need: ['Ihren Personalausweis, elektronischen Aufenthaltstitel oder Ihre eID-Karte mit aktivierter Online-Ausweisfunktion', 'Ihre sechsstellige PIN', 'die AusweisApp auf Ihrem Smartphone oder Computer'],
  facts: [['Kosten', 'kostenlos'], ['Dauer', 'etwa 5 Minuten'], ['Für wen', 'nur für Sie selbst']],
  note: 'Die Bescheinigung stellt die Meldebehörde Ihrer Hauptwohnung aus. Sind Sie hier nur mit einer Nebenwohnung gemeldet, erhalten Sie sie bei der Meldebehörde Ihrer Hauptwohnung.',
  button: 'Mit Online-Ausweis anmelden',
  hint: 'Sie werden zur sicheren Anmeldung weitergeleitet und kommen danach automatisch hierher zurück.',
};
const li = (items) => items.map((i) => `<li>${i}</li>`).join('');
const facts = `<dl>${T.facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
const page = (head, body) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bench</title><script type="module" src="/probe.js"></script>${head}</head><body><main style="max-width:50em;margin:1em auto">${body}</main></body></html>`;

const pages = {
  // The floor: the same step as static HTML, no script but the probe. No component library can
  // be faster than this; the time above it is what the components cost.
  plain: page(
    '',
    `<div><p>${T.eyebrow}</p><h2>${T.title}</h2><p>${T.step}</p><h3>${T.heading}</h3><p>${T.lead}</p>
      <h4>Das bekommen Sie</h4><ul>${li(T.get)}</ul><h4>Das brauchen Sie</h4><ul>${li(T.need)}</ul>
      ${facts}<p>${T.note}</p><button type="button">${T.button}</button><p>${T.hint}</p></div>`,
  ),
  ours: page(
    `<script type="module" src="/ours/${version}/loader.js"></script>`,
    `<vois-meldebescheinigung api="${API}" kommune="12064472" heading-level="2"></vois-meldebescheinigung>`,
  ),
  // The loader plus `modulepreload` hints for the widget's chunks (snippet B with preload in
  // docs/EMBEDDING.md): the chunks download alongside loader.js instead of after it.
  'ours-preload': page(
    `${manifest.entries.widgets['vois-meldebescheinigung'].map((f) => `<link rel="modulepreload" href="/ours/${version}/${f}">`).join('')}<script type="module" src="/ours/${version}/loader.js"></script>`,
    `<vois-meldebescheinigung api="${API}" kommune="12064472" heading-level="2"></vois-meldebescheinigung>`,
  ),
  'ours-bundle': page(
    `<script type="module" src="/ours/${version}/vois-widgets.js"></script>`,
    `<vois-meldebescheinigung api="${API}" kommune="12064472" heading-level="2"></vois-meldebescheinigung>`,
  ),
  kolibri: page(
    `<script type="module" src="/kolibri/kolibri.js"></script>${cssOf('kolibri').map((h) => `<link rel="stylesheet" href="${h}">`).join('')}`,
    `<kol-card _label="${T.title}" _level="2"><div>
      <p>${T.eyebrow}</p>
      <kol-progress _label="${T.step}" _value="1" _max="4" _variant="bar"></kol-progress>
      <kol-heading _label="${T.heading}" _level="3" _secondary-headline="${T.step}"></kol-heading>
      <p>${T.lead}</p>
      <kol-heading _label="Das bekommen Sie" _level="4"></kol-heading><ul>${li(T.get)}</ul>
      <kol-heading _label="Das brauchen Sie" _level="4"></kol-heading><ul>${li(T.need)}</ul>
      ${facts}
      <kol-alert _type="info" _variant="card">${T.note}</kol-alert>
      <kol-button _label="${T.button}" _variant="primary"></kol-button>
      <p>${T.hint}</p>
    </div></kol-card>`,
  ),
  webawesome: page(
    `<script type="module" src="/webawesome/webawesome.js"></script>${cssOf('webawesome').map((h) => `<link rel="stylesheet" href="${h}">`).join('')}`,
    `<wa-card><div>
      <p>${T.eyebrow}</p><h2>${T.title}</h2>
      <wa-progress-bar value="25" label="${T.step}">${T.step}</wa-progress-bar>
      <p>${T.step}</p><h3>${T.heading}</h3>
      <p>${T.lead}</p>
      <h4>Das bekommen Sie</h4><ul>${li(T.get)}</ul>
      <h4>Das brauchen Sie</h4><ul>${li(T.need)}</ul>
      ${facts}
      <wa-callout variant="neutral">${T.note}</wa-callout>
      <wa-button variant="brand">${T.button}</wa-button>
      <p>${T.hint}</p>
    </div></wa-card>`,
  ),
};

// Ready = every custom element defined, the step heading and the login button visible and
// laid out (searched through open shadow roots). Checked every frame; the time is taken on
// the frame after, when that state has been painted. Not counted in the bytes.
const probe = `
const deep = (root, test) => { for (const el of root.querySelectorAll('*')) { if (test(el)) return el; if (el.shadowRoot) { const f = deep(el.shadowRoot, test); if (f) return f; } } return null; };
const text = (el) => el.textContent.replace(/\\u00ad/g, '');
const shown = (el) => el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
const ready = () => !document.querySelector(':not(:defined)')
  && shown(deep(document, (el) => /^h[1-6]$/.test(el.localName) && text(el).includes(${JSON.stringify(T.heading)})))
  && shown(loginButton());
// The native button: labelled by its own text (ours, KoliBri) or by text slotted into its host (Web Awesome).
const loginButton = () =>
  deep(document, (el) => el.localName === 'button' && text(el).includes(${JSON.stringify(T.button)})) ??
  deep(document, (el) => el.shadowRoot?.querySelector('button') && text(el).includes(${JSON.stringify(T.button)}))?.shadowRoot.querySelector('button');
const tick = () => ready() ? requestAnimationFrame(() => { window.__ready = performance.now(); }) : requestAnimationFrame(tick);
tick();`;

// ---------------------------------------------------------------- 2. server (gzip -9, counted)
const roots = { ours: resolve(widgets, 'dist/cdn'), kolibri: resolve(here, '.build/kolibri'), webawesome: resolve(here, '.build/webawesome') };
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
const cache = new Map();
const counter = { bytes: 0, requests: 0 };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let body;
  let type = 'text/html; charset=utf-8';
  if (path === '/probe.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(probe);
  if (path.startsWith('/page/')) body = pages[path.slice(6)];
  else {
    const [, top, ...rest] = path.split('/');
    const root = roots[top];
    const file = root && normalize(join(root, ...rest));
    if (!file || !file.startsWith(root) || !existsSync(file) || has(file)) return res.writeHead(404).end();
    body = readFileSync(file);
    type = TYPES[extname(file)] ?? 'application/octet-stream';
  }
  if (body === undefined) return res.writeHead(404).end();
  const gz = cache.get(path) ?? gzipSync(body, { level: 9 });
  cache.set(path, gz);
  counter.bytes += gz.length;
  counter.requests += 1;
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': gz.length, 'Cache-Control': 'no-store' }).end(gz);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- 3. runs
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/**
 * A phone on a slow mobile network (Chromium's "Slow 4G" preset: 150 ms extra round trip,
 * 1.6 Mbit/s down), 4× CPU: what a citizen on the go sees. Round trips in a row cost here,
 * bytes too.
 */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** `setting`: a CPU slowdown factor, or `'4g'` for the mobile profile above. */
async function once(name, setting) {
  const rate = setting === '4g' ? 4 : setting;
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  await context.route(`${API}/**`, (route) => route.abort());
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (setting === '4g') {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  counter.bytes = 0;
  counter.requests = 0;
  await p.goto(`${origin}/page/${name}`, { waitUntil: 'domcontentloaded' });
  const ms = await p
    .waitForFunction(() => window.__ready, null, { timeout: 30_000, polling: 50 })
    .then((h) => h.jsonValue())
    .catch(async (error) => {
      const state = await p.evaluate(() => ({ undefinedTags: [...new Set([...document.querySelectorAll(':not(:defined)')].map((e) => e.localName))] }));
      await p.screenshot({ path: resolve(here, `.build/${name}-timeout.png`) });
      throw new Error(`${name}: step not ready after 30 s (${JSON.stringify(state)}); screenshot in bench/.build/`, { cause: error });
    });
  await p.waitForLoadState('networkidle');
  const result = { ms, bytes: counter.bytes, requests: counter.requests }; // probe.js is not counted
  await context.close();
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const names = Object.keys(pages);
const loadBefore = loadavg()[0];
const results = {};
for (const rate of [1, 4, '4g']) {
  for (const name of names) await once(name, rate); // warm-up (browser, OS caches), not counted
  for (let i = 0; i < RUNS; i++) {
    for (const name of names) {
      const r = await once(name, rate);
      ((results[name] ??= {})[rate] ??= []).push(r);
    }
  }
  console.log(`  ${rate === '4g' ? 'slow 4G' : `${rate}× CPU`}: ${names.map((n) => `${n} ${results[n][rate].map((r) => Math.round(r.ms)).join('/')} ms`).join(', ')}`);
}
const chromiumVersion = browser.version();
const loadAfter = loadavg()[0];
await browser.close();
server.close();

// ---------------------------------------------------------------- 4. report
const label = { plain: 'Plain HTML, no components (the floor)', 'ours-preload': 'VOIS-Online, loader + `modulepreload` of its two chunks', ours: 'VOIS-Online `<vois-meldebescheinigung>` (loader)', 'ours-bundle': 'VOIS-Online, all-in-one `vois-widgets.js` (5 elements)', kolibri: 'KoliBri 4.1.4 (+ theme-default 4.1.0)', webawesome: 'Web Awesome 3.14.0' };
const row = (name) => {
  const r = results[name];
  return {
    name,
    kB: median(r[1].map((x) => x.bytes)) / 1000,
    requests: median(r[1].map((x) => x.requests)),
    ms1: median(r[1].map((x) => x.ms)),
    ms4: median(r[4].map((x) => x.ms)),
    ms4g: median(r['4g'].map((x) => x.ms)),
  };
};
const rows = names.map(row);
const ours = rows.find((r) => r.name === 'ours');
const plain = rows.find((r) => r.name === 'plain');
const others = rows.filter((r) => r.name === 'kolibri' || r.name === 'webawesome');
/** How many times our time above the floor the other one needs above the floor. */
const above = (r, key) => (r[key] - plain[key]) / Math.max(1, ours[key] - plain[key]);
const fmt = (n, d = 0) => n.toFixed(d);
const table = [
  '| Same step built with | Transferred (gzip) | Requests | Ready, 1× CPU | Ready, 4× CPU | Ready, slow 4G + 4× CPU |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${label[r.name]} | ${fmt(r.kB, 1)} kB | ${r.requests} | ${fmt(r.ms1)} ms | ${fmt(r.ms4)} ms | ${fmt(r.ms4g)} ms |`),
].join('\n');
const ratios = others
  .map((r) => `| ${label[r.name]} vs. ours | ${fmt(r.kB / ours.kB, 1)}× the bytes | ${fmt(r.ms1 / ours.ms1, 1)}× the time (${fmt(above(r, 'ms1'), 1)}× above the floor) | ${fmt(r.ms4 / ours.ms4, 1)}× the time (${fmt(above(r, 'ms4'), 1)}× above the floor) | ${fmt(r.ms4g / ours.ms4g, 1)}× the time (${fmt(above(r, 'ms4g'), 1)}× above the floor) |`)
  .join('\n');
const target = others.every((r) => r.kB / ours.kB >= 2 && r.ms1 / ours.ms1 >= 2 && r.ms4 / ours.ms4 >= 2 && r.ms4g / ours.ms4g >= 2);
const report = `# Benchmark: first step of a widget

\`pnpm bench\` (bench/run.mjs), ${new Date().toISOString().slice(0, 10)}, Chromium ${chromiumVersion} headless, ${RUNS} cold loads per
variant and setting (median; one warm-up load each not counted), local server with gzip -9; no
network latency except in the last column (Chromium's "Slow 4G": +150 ms per round trip,
1.6 Mbit/s down, with 4× CPU — a phone on the go). "Ready" = navigation start → the step's heading and login button are visibly
rendered and every custom element is defined (probed each frame, time taken on the next frame).
Bytes: everything the page loads until the network is idle (HTML, JS, CSS, fonts).

${table}

| Ratio | Bytes | Time, 1× CPU | Time, 4× CPU | Time, slow 4G + 4× CPU |
| --- | ---: | ---: | ---: | ---: |
${ratios}

Target "at least twice as light and twice as fast as both": **${target ? 'met' : 'not met'}**.

What is compared: the intro step of \`<vois-meldebescheinigung>\` (title, 4-step progress, lead
text, two lists, key facts, a note, the login button, a hint). KoliBri and Web Awesome render the
same texts with their own components where they have one (card, progress, heading, alert/callout,
button) and plain HTML elsewhere, loaded the way their documentation shows (KoliBri: \`register\`
with the default theme and its lazy loader; Web Awesome: the four component modules and
\`webawesome.css\`), bundled by Vite. Ours is the CDN loader as a town would embed it: loader,
shared core chunk, widget chunk — lit, the API client and the German texts included (English
chunks load only on English pages); the all-in-one bundle (every element, both languages) is
shown for reference, ratios are against the loader. "Above the floor" compares the time each
needs beyond the plain-HTML page (HTML parsing, first layout and paint, the probe), i.e. what
the components themselves cost; the raw times include that floor for everyone.
Single-machine numbers (2 cores; load average ${loadBefore.toFixed(1)} before and
${loadAfter.toFixed(1)} after the runs — other processes share the CPU, so single loads scatter
widely): compare ratios of medians, not absolute times.
`;
writeFileSync(resolve(here, 'RESULTS.md'), report);
console.log(`\n${table}\n\n| Ratio | Bytes | Time, 1× CPU | Time, 4× CPU | Time, slow 4G + 4× CPU |\n| --- | ---: | ---: | ---: | ---: |\n${ratios}\n`);
console.log(`Target (≥ 2× lighter and faster than both): ${target ? 'met' : 'NOT met'} — bench/RESULTS.md`);
