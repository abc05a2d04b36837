// @ts-check
/**
 * Renders every story of the static Storybook build in Debian's Chromium and fails on a story
 * that does not render or does not reach its state, any axe violation, any console error or
 * page error, any request that would leave the machine, and a widget wider than a 320 px
 * screen. Also opens every docs page and the Storybook UI itself (renders, no console
 * errors, no network).
 *
 * Per story: show it in the worker's page (switching stories inside the preview like the
 * Storybook UI does; a fresh page at the start, after any failure and every 25 stories), wait
 * for the story's `play` to finish (the stage then says `data-stage="ready"`), axe in the default
 * theme and German, switch the toolbar globals to a town theme and English (the themes rotate
 * over the stories, so all seven are covered) and axe again, then narrow to 320 px and look
 * for horizontal overflow.
 *
 * Builds first when the build is missing or older than its sources. Counts go to
 * ../reports/storybook.json as { passed, failed }.
 *
 * Env: CHROME_PATH, STORIES_CONCURRENCY (default 2), STORIES_FILTER (substring of story ids),
 * STORIES_REBUILD=1 (always build).
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { axeRunOptions } from '../axe.config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'storybook-static');
const reports = resolve(root, '../reports');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const CONCURRENCY = Math.max(1, Number(process.env.STORIES_CONCURRENCY) || 2);
const FILTER = process.env.STORIES_FILTER ?? '';
const STORY_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 10_000;
/** The whole run must stay bounded in CI (2 cores). */
const RUN_TIMEOUT_MS = Number(process.env.STORIES_RUN_TIMEOUT_MS) || 7 * 60_000;
const NARROW = 320;
const THEMES = ['default', 'erkner', 'oranienburg', 'premnitz', 'strausberg', 'werder-havel', 'wittenberge'];

const started = performance.now();
/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @param {{ passed: number, failed: number }} counts */
function writeCounts(counts) {
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'storybook.json'), JSON.stringify(counts));
}

// ------------------------------------------------------------------ build if needed

/**
 * Newest modification time below `path` (files and folders; node_modules and builds skipped).
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'storybook-static' || name === 'dist') continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

const sources = [
  'src',
  '.storybook',
  'axe.config.js',
  'package.json',
  '../packages/widgets/src',
  '../packages/widgets/package.json',
  '../packages/widgets/custom-elements.json',
  '../packages/widgets/docs',
  '../packages/client/src',
].map((p) => resolve(root, p));

const indexFile = join(staticDir, 'index.json');
const builtAt = existsSync(indexFile) ? statSync(indexFile).mtimeMs : 0;
if (process.env.STORIES_REBUILD === '1' || builtAt === 0 || Math.max(...sources.map(newest)) > builtAt) {
  console.log('› building Storybook (storybook build)');
  const t = performance.now();
  const build = spawnSync(join(root, 'node_modules/.bin/storybook'), ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    timeout: 3 * 60_000,
  });
  if (build.status !== 0) {
    console.error('✗ Storybook build failed');
    writeCounts({ passed: 0, failed: 1 });
    process.exit(1);
  }
  console.log(`› built in ${seconds(performance.now() - t)}`);
} else {
  console.log('› static build is up to date');
}

// ------------------------------------------------------------------ static server

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/__test/axe.min.js') {
    res.writeHead(200, { 'Content-Type': types['.js'], 'Cache-Control': 'max-age=3600' }).end(axeSource);
    return;
  }
  let file = resolve(staticDir, `.${path}`);
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  // Cacheable: the build does not change during a run, and cached scripts keep V8's compiled
  // code between pages (each story is a fresh page).
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// ------------------------------------------------------------------ what to test

/** @type {{ entries: Record<string, { id: string, type: string, title: string, name: string }> }} */
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const entries = Object.values(index.entries).filter((e) => !FILTER || e.id.includes(FILTER));
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

// ------------------------------------------------------------------ browser

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
/** Requests to other hosts, per page: each one fails the page that made it. */
/** @type {Map<import('playwright-core').Page, string[]>} */
const external = new Map();

/**
 * A context of its own for every tab (its own window): tabs of the two workers never share a
 * window, where one could be in the background with its animation frames throttled.
 */
async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block', locale: 'de-DE' });
  // Nothing may leave the machine.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      const page = route.request().frame().page();
      external.get(page)?.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return context;
}

/**
 * @typedef {object} Tab
 * @property {import('playwright-core').Page} page
 * @property {string[]} problems what counts as a failure, collected since the last `take`
 * @property {number} uses stories shown in this page
 */

/**
 * A fresh page that collects everything that counts as a failure.
 * @returns {Promise<Tab>}
 */
async function openPage() {
  const page = await (await newContext()).newPage();
  /** @type {Tab} */
  const tab = { page, problems: [], uses: 0 };
  external.set(page, []);
  page.on('console', (msg) => {
    if (msg.type() === 'error') tab.problems.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).hostname === '127.0.0.1') tab.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) tab.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return tab;
}

/**
 * The problems of the test that just ended (and a clean list for the next one).
 * @param {Tab} tab
 */
function take(tab) {
  const problems = [...tab.problems, ...(external.get(tab.page) ?? []).map((url) => `network request leaving the machine: ${url}`)];
  tab.problems = [];
  external.set(tab.page, []);
  return problems;
}

/** @param {Tab} tab */
async function closeTab(tab) {
  external.delete(tab.page);
  await tab.page.context().close();
}

/**
 * Runs axe on the story root; returns one line per violation.
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @returns {Promise<string[]>}
 */
async function axe(page, selector) {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ url: `${base}/__test/axe.min.js` });
  const violations = await page.evaluate(
    async ({ selector, options }) => {
      /** @type {any} axe is injected above */
      const axe = /** @type {any} */ (window).axe;
      const result = await axe.run({ include: [[selector]] }, options);
      return result.violations.map(
        /** @param {any} v */
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(/** @param {any} n */ (n) => n.target.join(' » ')).join(' | ')}`,
      );
    },
    // Only violations count here; the other result types would just cost time.
    { selector, options: { ...axeRunOptions, resultTypes: ['violations'] } },
  );
  return violations;
}

/**
 * Phase of the story render in the preview ('finished', 'errored' …).
 * @param {import('playwright-core').Page} page
 */
const phase = (page) =>
  page.evaluate(() => /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase ?? null);

/**
 * Waits until story `id` has rendered and played (or failed).
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
async function waitForStory(page, id) {
  await page.waitForFunction(
    (id) => {
      const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
      const failed = document.body.classList.contains('sb-show-errordisplay');
      return failed || (render && render.id === id && ['finished', 'errored', 'aborted'].includes(render.phase));
    },
    id,
    { timeout: STORY_TIMEOUT_MS, polling: 50 },
  );
}

/** A page serves this many stories before a fresh one (bounds what one story could leave behind). */
const STORIES_PER_PAGE = 25;

/**
 * Shows story `id` in the worker's page: the first time and after a failure in a fresh page,
 * otherwise by switching stories inside the preview (like the Storybook UI does), after
 * resetting the toolbar and the viewport — saves loading the preview for every story.
 * @param {{ tab?: Tab }} worker
 * @param {string} id
 * @returns {Promise<Tab>}
 */
async function show(worker, id) {
  const reuse = worker.tab && worker.tab.uses < STORIES_PER_PAGE;
  if (worker.tab && reuse) {
    const { page } = worker.tab;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { theme: 'default', lang: 'de' } }));
    await page.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: 5000 });
    take(worker.tab); // whatever the previous story did while being reset is not this story's
    await page.evaluate((storyId) => /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  } else {
    if (worker.tab) await closeTab(worker.tab);
    worker.tab = await openPage();
    // The a11y addon's own automatic run is off here: this test runs axe itself (twice).
    await worker.tab.page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
  }
  worker.tab.uses++;
  await waitForStory(worker.tab.page, id);
  return worker.tab;
}

/**
 * Waits until the widget has rendered what the globals asked for — at most SETTLE_TIMEOUT_MS,
 * then fails the story saying what was still pending (a hang would otherwise stall the run).
 * @param {import('playwright-core').Page} page
 */
async function settle(page) {
  const stuck = await page.evaluate(async (ms) => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('vois-') && 'updateComplete' in el);
    const done = Promise.all(widgets.map((el) => /** @type {any} */ (el).updateComplete))
      .then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      .then(() => null);
    const late = new Promise((r) =>
      setTimeout(
        () =>
          r({
            visibility: document.visibilityState,
            pending: widgets.filter((el) => /** @type {any} */ (el).isUpdatePending).map((el) => `${el.localName}[lang=${el.getAttribute('lang')}]`),
          }),
        ms,
      ),
    );
    return Promise.race([done, late]);
  }, SETTLE_TIMEOUT_MS);
  if (stuck) {
    throw new Error(
      `widgets did not settle within ${seconds(SETTLE_TIMEOUT_MS)} (page ${stuck.visibility}; update pending: ${stuck.pending.join(', ') || 'none, waiting for animation frames'})`,
    );
  }
}

/**
 * @param {{ id: string, title: string, name: string }} entry
 * @param {number} n position (rotates the town theme)
 * @param {{ tab?: Tab }} worker the worker's page, reused between stories
 * @returns {Promise<string[]>} problems
 */
async function testStory(entry, n, worker) {
  /** @type {string[]} */
  const problems = [];
  let tab;
  try {
    tab = await show(worker, entry.id);
    await inspect(tab.page, n, problems);
  } catch (error) {
    problems.push(`test error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (tab) problems.unshift(...take(tab));
  // After a failure the next story starts in a fresh page.
  if (problems.length && worker.tab) {
    await closeTab(worker.tab);
    worker.tab = undefined;
  }
  return problems;
}

/**
 * The checks of one rendered story; adds what fails to `problems`.
 * @param {import('playwright-core').Page} page
 * @param {number} n position (rotates the town theme)
 * @param {string[]} problems
 */
async function inspect(page, n, problems) {
  const errored = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
  if ((await phase(page)) !== 'finished' || errored) {
    const message = await page.evaluate(() => document.querySelector('#error-message, .sb-errordisplay')?.textContent?.trim() ?? '');
    problems.push(`story did not render (phase ${await phase(page)}): ${message.slice(0, 400)}`);
    return;
  }
  // Every stage of the story (a theme gallery has seven) reached its state.
  const stages = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root .vois-stage')].map((host) => {
      const { stage, stageError } = /** @type {HTMLElement} */ (host).dataset;
      return { state: stage, error: stageError };
    }),
  );
  for (const stage of stages) if (stage.state !== 'ready') problems.push(`state not reached: ${stage.error ?? stage.state}`);
  const rendered = await page.evaluate(() => {
    const rootEl = document.querySelector('#storybook-root');
    const widgets = [...(rootEl?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('vois-'));
    if (widgets.length) return widgets.some((w) => w.shadowRoot?.querySelector('[part~="base"]'));
    return (rootEl?.textContent?.trim().length ?? 0) > 0;
  });
  if (!rendered) problems.push('nothing rendered');
  await settle(page);
  for (const v of await axe(page, '#storybook-root')) problems.push(`axe [default, de]: ${v}`);

  // Toolbar: a town theme and English, applied as attributes by the story.
  const theme = THEMES[1 + (n % (THEMES.length - 1))];
  await page.evaluate(
    (globals) => /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals }),
    { theme, lang: 'en' },
  );
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5000 });
  await settle(page);
  const applied = await page.evaluate((theme) => {
    const host = document.querySelector('#storybook-root .vois-stage > *');
    return !host || host.getAttribute('lang') === 'en' || host.hasAttribute('data-fixed');
  }, theme);
  if (!applied) problems.push('toolbar language not applied to the element');
  for (const v of await axe(page, '#storybook-root')) problems.push(`axe [${theme}, en]: ${v}`);

  // Reflow (WCAG 1.4.10): the widget fits a 320 px screen without horizontal scrolling.
  await page.setViewportSize({ width: NARROW, height: 800 });
  await settle(page);
  const overflow = await page.evaluate((narrow) => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= narrow) return null;
    /** @type {string[]} */
    const wide = [];
    /** @param {Document | ShadowRoot} root */
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > narrow + 1 && r.width > 0) wide.push(`${el.localName}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (${Math.round(r.right)} px)`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return `page is ${doc.scrollWidth} px wide at ${narrow} px: ${wide.slice(-4).join(', ')}`;
  }, NARROW);
  if (overflow) problems.push(`reflow: ${overflow}`);
}

/** @param {{ id: string }} entry */
async function testDocs(entry) {
  const tab = await openPage();
  const { page } = tab;
  /** @type {string[]} */
  const problems = [];
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=a11y.manual:!true`);
    await page.waitForFunction(() => (document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.length ?? 0) > 100, null, {
      timeout: STORY_TIMEOUT_MS,
    });
    // Stories embedded in the page (the intro of each element) must render too.
    await page.waitForTimeout(300);
    await settle(page);
    for (const v of await axe(page, '#storybook-docs')) problems.push(`axe: ${v}`);
  } catch (error) {
    problems.push(`test error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  problems.unshift(...take(tab));
  await closeTab(tab);
  return problems;
}

async function testManager() {
  const tab = await openPage();
  const { page } = tab;
  /** @type {string[]} */
  const problems = [];
  try {
    await page.goto(`${base}/index.html`);
    await page.waitForSelector('#storybook-explorer-tree', { timeout: STORY_TIMEOUT_MS });
    await page.waitForSelector('iframe#storybook-preview-iframe', { timeout: STORY_TIMEOUT_MS });
    await page.waitForTimeout(1000); // let the UI settle (late requests would show up here)
  } catch (error) {
    problems.push(`test error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  problems.unshift(...take(tab));
  await closeTab(tab);
  return problems;
}

// ------------------------------------------------------------------ run

/** @type {{ label: string, run: (worker: { tab?: Tab }) => Promise<string[]> }[]} */
const tests = [
  ...stories.map((s, n) => ({ label: `${s.title} › ${s.name}`, run: (/** @type {{ tab?: Tab }} */ worker) => testStory(s, n, worker) })),
  ...docs.map((d) => ({ label: `docs: ${d.title}`, run: () => testDocs(d) })),
  ...(FILTER ? [] : [{ label: 'Storybook UI loads without network', run: testManager }]),
];

console.log(`› ${stories.length} stories, ${docs.length} docs pages, Chromium, ${CONCURRENCY} at a time, ${base}`);
let passed = 0;
let failed = 0;
let next = 0;
/** @type {string[]} stories that passed only on their second try */
const flaky = [];
const guard = setTimeout(() => {
  console.error(`✗ run exceeded ${seconds(RUN_TIMEOUT_MS)}`);
  writeCounts({ passed, failed: failed + (tests.length - passed - failed) });
  process.exit(1);
}, RUN_TIMEOUT_MS);

async function worker() {
  /** @type {{ tab?: Tab }} */
  const own = {};
  while (next < tests.length) {
    const i = next++;
    const test = tests[i];
    if (!test) break;
    const t = performance.now();
    let problems = await test.run(own);
    let note = '';
    // A story whose widgets did not settle (seen once in CI, never reproduced in dozens of runs)
    // gets one more try in a fresh page; a real hang hangs again and fails. Reported either way.
    if (problems.length && problems.every((p) => p.includes('did not settle'))) {
      const again = await test.run(own);
      if (again.length === 0) {
        flaky.push(`${test.label}: ${problems[0]}`);
        note = '; passed on a second try in a fresh page';
      }
      problems = again.length ? [...problems, ...again] : [];
    }
    const took = seconds(performance.now() - t);
    if (problems.length === 0) {
      passed++;
      console.log(`ok ${i + 1} - ${test.label} (${took}${note})`);
    } else {
      failed++;
      console.log(`not ok ${i + 1} - ${test.label} (${took})`);
      for (const p of [...new Set(problems)]) console.log(`    ${p}`);
    }
  }
  if (own.tab) await closeTab(own.tab);
}

try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  clearTimeout(guard);
  await browser.close();
  server.close();
}

writeCounts({ passed, failed });
if (flaky.length) console.log(`\nFlaky (passed on the second try):\n${flaky.map((f) => `  ${f}`).join('\n')}`);
console.log(`\nStorybook: ${passed} passed, ${failed} failed (${tests.length} tests: ${stories.length} stories, ${docs.length} docs pages${FILTER ? '' : ', UI'}) in ${seconds(performance.now() - started)}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
