// Checks the built CDN files the way a town's page uses them, in real Chromium, under a strict
// CSP (no inline script or style) and with SRI from the manifest:
//  - the all-in-one bundle defines every element, renders the intro, upgrades a
//    data-vois-widget container (copying only the element's attributes);
//  - the loader fetches only the chunks of the widgets on the page, and more when a widget is
//    added later; two widgets share one core chunk; a German page never fetches an English
//    chunk, an English page fetches exactly its widget's (and renders in English);
//  - the all-in-one bundle carries English inside (an English widget, no chunk fetched);
//  - the iframe page resizes its iframe through embed-parent.js and forwards events;
//  - the bundle and the loader together on one page: warnings, no errors.
// No API is needed: the intro renders without network (the municipality lookup is aborted).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const API = 'https://api.vois.invalid';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' https://api.vois.invalid; frame-src 'self'; object-src 'none'; base-uri 'none'";
const TYPES = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

/** Starts a static server for dist/cdn plus the test pages; resolves to its origin. */
function serve(cdnRoot, pages) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
    if (pages[path]) return res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'text/html; charset=utf-8' }).end(pages[path]);
    const file = normalize(join(cdnRoot, path.replace(/^\/cdn\//, '')));
    if (!path.startsWith('/cdn/') || !file.startsWith(cdnRoot) || !existsSync(file)) return res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const script = (src, manifest, v) => {
  const f = manifest.files[src];
  return `<script type="module" src="/cdn/${v}/${src}"${f ? ` integrity="${f.integrity}" crossorigin="anonymous"` : ''}></script>`;
};
const page = (body, head = '', lang = 'de') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>smoke</title>${head}</head><body>${body}</body></html>`;
/** `chunks/en-meldebescheinigung-AbCd1234.js` → `en-meldebescheinigung`. */
const chunkName = (path) => path.replace(/^(?:.*\/)?chunks\/|-[\w-]{8}\.js$/g, '');

export async function smoke(pkg, manifest) {
  const v = manifest.version;
  const cdnRoot = join(pkg, 'dist/cdn');
  const tag = 'vois-meldebescheinigung';
  const other = Object.keys(manifest.entries.widgets).find((t) => t !== tag && t !== 'vois-dienste') ?? tag;
  const attrs = `api="${API}" kommune="12064472" theme="strausberg"`;
  const pages = {
    '/bundle.html': page(
      `<${tag} ${attrs} heading-level="2"></${tag}>
       <div id="box" data-vois-widget="${other.slice(5)}" data-api="${API}" data-kommune="12064472" data-lang="en" data-onclick="alert(1)" data-style="color:red"><a href="/fallback">Zum Online-Dienst</a></div>`,
      script('vois-widgets.js', manifest, v),
    ),
    '/loader.html': page(`<${tag} ${attrs}></${tag}>`, `${script('loader.js', manifest, v)}<script type="module" src="/add-later.js"></script>`),
    // Snippet "B, faster on mobile networks": modulepreload (with SRI) of the widget's chunks.
    '/loader-preload.html': page(
      `<${tag} ${attrs}></${tag}>`,
      `${manifest.entries.widgets[tag].map((file) => `<link rel="modulepreload" href="/cdn/${v}/${file}" integrity="${manifest.files[file].integrity}" crossorigin="anonymous">`).join('')}${script('loader.js', manifest, v)}`,
    ),
    '/loader-en.html': page(`<${tag} ${attrs}></${tag}>`, script('loader.js', manifest, v), 'en'),
    '/add-later.js': `addEventListener('add-widget', () => { const el = document.createElement('${other}'); el.setAttribute('api', '${API}'); el.setAttribute('kommune', '12064472'); document.body.append(el); });`,
    '/frame.html': page(
      `<iframe id="f" title="Meldebescheinigung online beantragen" width="100%" height="150" src="/cdn/${v}/embed.html?widget=meldebescheinigung&api=${encodeURIComponent(API)}&kommune=12064472&lang=de"></iframe>`,
      script('embed-parent.js', manifest, v),
    ),
    '/twice.html': page(`<${tag} ${attrs}></${tag}>`, `${script('vois-widgets.js', manifest, v)}${script('loader.js', manifest, v)}`),
  };
  const { server, origin } = await serve(cdnRoot, pages);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = [];
  const test = async (name, fn) => {
    const context = await browser.newContext();
    await context.route(`${API}/**`, (route) => route.abort());
    const p = await context.newPage();
    const errors = [];
    const requests = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && !/Failed to load resource|ERR_FAILED/.test(m.text()) && errors.push(m.text()));
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      await fn(p, requests);
      if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: String(error?.message ?? error).split('\n')[0] });
    } finally {
      await context.close();
    }
  };
  const introHeading = (p, selector) =>
    p.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('h1,h2,h3')?.textContent?.replace(/\u00ad/g, '').trim() || false, selector, { timeout: 5000 }).then((h) => h.jsonValue());

  try {
    await test('all-in-one bundle (SRI, strict CSP) renders the intro', async (p) => {
      await p.goto(`${origin}/bundle.html`);
      const heading = await introHeading(p, tag);
      if (!/Meldebescheinigung/.test(heading)) throw new Error(`unexpected heading "${heading}"`);
      const defined = await p.evaluate((tags) => tags.filter((t) => !customElements.get(t)), Object.keys(manifest.entries.widgets));
      if (defined.length) throw new Error(`not defined: ${defined.join(', ')}`);
    });
    await test('all-in-one bundle carries English: an English widget, no chunk fetched', async (p, requests) => {
      if (!readFileSync(join(cdnRoot, v, 'vois-widgets.js'), 'utf8').includes('Log in with your online ID')) throw new Error('no English text in vois-widgets.js');
      await p.goto(`${origin}/bundle.html`);
      const heading = await introHeading(p, `#box > ${other}`);
      const { lang, login } = await p.evaluate((t) => {
        const root = document.querySelector(`#box > ${t}`).shadowRoot;
        return { lang: root.querySelector('.vois').getAttribute('lang'), login: root.textContent.includes('Log in with your online ID') };
      }, other);
      if (lang !== 'en' || !login) throw new Error(`English widget shows "${heading}" (lang ${lang})`);
      const chunks = requests.filter((r) => r.includes('/chunks/'));
      if (chunks.length) throw new Error(`fetched ${chunks.join()}`);
    });
    await test('data-vois-widget container is upgraded, only element attributes copied', async (p) => {
      await p.goto(`${origin}/bundle.html`);
      await introHeading(p, `#box > ${other}`);
      const el = await p.evaluate((t) => {
        const e = document.querySelector(`#box > ${t}`);
        return { attrs: e.getAttributeNames().sort(), fallbackGone: !document.querySelector('#box a[href="/fallback"]') };
      }, other);
      if (el.attrs.join() !== 'api,kommune,lang') throw new Error(`attributes: ${el.attrs.join()}`);
      if (!el.fallbackGone) throw new Error('fallback content kept');
    });
    await test('loader fetches only the widgets on the page, then one added later', async (p, requests) => {
      await p.goto(`${origin}/loader.html`);
      await introHeading(p, tag);
      const chunks = () => requests.filter((r) => r.includes('/chunks/')).map(chunkName).sort();
      if (chunks().join() !== ['core', tag.slice(5)].sort().join()) throw new Error(`first load fetched ${chunks().join()}`);
      await p.evaluate(() => dispatchEvent(new Event('add-widget')));
      await introHeading(p, other);
      const expected = [...new Set(['core', tag.slice(5), other.slice(5)])].sort().join();
      if (chunks().join() !== expected) throw new Error(`after adding fetched ${chunks().join()}`);
    });
    await test('loader with modulepreload of its chunks (SRI): renders, each chunk fetched once', async (p, requests) => {
      await p.goto(`${origin}/loader-preload.html`);
      await introHeading(p, tag);
      const chunks = requests.filter((r) => r.includes('/chunks/')).map(chunkName).sort();
      if (chunks.join() !== ['core', tag.slice(5)].sort().join()) throw new Error(`fetched ${chunks.join()}`);
    });
    await test('loader: a German page fetches no English chunk, an English page exactly its own', async (p, requests) => {
      const english = () => requests.filter((r) => /\/chunks\/en(-[\w-]+)?-[\w-]{8}\.js$/.test(r)).map(chunkName).sort();
      await p.goto(`${origin}/loader.html`);
      await introHeading(p, tag);
      await p.waitForTimeout(100); // room for a stray request
      if (english().length) throw new Error(`German page fetched ${english().join()}`);
      requests.length = 0;
      await p.goto(`${origin}/loader-en.html`);
      const heading = await introHeading(p, tag);
      if (!/Registration certificate/.test(heading)) throw new Error(`English page shows "${heading}"`);
      const expected = manifest.entries.english[tag].map(chunkName).sort();
      if (english().join() !== expected.join() || !expected.includes(`en-${tag.slice(5)}`)) throw new Error(`English page fetched ${english().join()}, expected ${expected.join()}`);
    });
    await test('iframe page resizes its iframe; the frame document gets a title', async (p) => {
      await p.goto(`${origin}/frame.html`);
      await p.waitForFunction(() => document.getElementById('f').getBoundingClientRect().height > 300, null, { timeout: 8000 });
      const frame = p.frames().find((f) => f.url().includes('embed.html'));
      const title = await frame.waitForFunction(() => (document.title.includes('Meldebescheinigung') ? document.title : false), null, { timeout: 5000 }).then((h) => h.jsonValue());
      // The frame's viewport fits its content: no inner scrollbar, no gap.
      const { viewport, content } = await frame.evaluate(() => ({ viewport: innerHeight, content: Math.ceil(document.querySelector('main').getBoundingClientRect().height) }));
      if (Math.abs(viewport - content) > 2) throw new Error(`frame viewport ${viewport}px, content ${content}px`);
      if (!title) throw new Error('no document title in the frame');
    });
    await test('bundle and loader on one page: no errors', async (p) => {
      const warnings = [];
      p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await p.goto(`${origin}/twice.html`);
      await introHeading(p, tag);
      await p.waitForTimeout(200);
    });
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
