// Demo web server for the town sites: a second origin next to the API, so CORS, the login
// redirect and the return work exactly as on a real CMS page. Every page runs under a strict CSP.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostilePage, infoPage, landingPage, servicePage, townHome, type PageContext } from './pages.ts';
import { loadPersonas } from './personas.ts';
import { embedAssistantPage } from './einbetten.ts';
import { services, towns } from './towns.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const publicDir = resolve(here, '../public');
const bundleDir = resolve(here, '../../packages/widgets/dist/cdn');
const storybookDir = resolve(here, '../../stories/storybook-static');

const port = Number(process.env.DEMO_PORT ?? 8080);
const host = process.env.DEMO_HOST ?? '127.0.0.1';
const api = process.env.VOIS_PUBLIC_URL ?? `http://127.0.0.1:${process.env.VOIS_PORT ?? 8787}`;

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  `connect-src 'self' ${api}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.map': 'application/json',
  '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  res.end(body);
}

function sendFile(res: ServerResponse, root: string, rel: string, policy: string | undefined = csp) {
  const file = normalize(join(root, rel || 'index.html'));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, infoPage('Seite nicht gefunden', ['Diese Seite gibt es nicht.']));
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    ...(policy ? { 'Content-Security-Policy': policy } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

const storybook = process.env.STORYBOOK_URL ?? (existsSync(join(storybookDir, 'index.html')) ? '/storybook/' : undefined);
const ctx: PageContext = { api, storybook, personas: await loadPersonas(), preloads: widgetPreloads() };

/** Tag → versioned chunk paths of the widget (from the CDN manifest), for `modulepreload` on its page. */
function widgetPreloads(): Record<string, string[]> {
  const { version } = JSON.parse(readFileSync(join(bundleDir, '../../package.json'), 'utf8')) as { version: string };
  const manifestFile = join(bundleDir, version, 'manifest.json');
  if (!existsSync(manifestFile)) return {};
  const { entries } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { entries: { widgets: Record<string, string[]> } };
  return Object.fromEntries(Object.entries(entries.widgets).map(([tag, files]) => [tag, files.map((f) => `/vendor/${version}/${f}`)]));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://demo');
  const parts = url.pathname.split('/').filter(Boolean);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
  if (parts.length === 0) return send(res, 200, landingPage(ctx));
  const [first, second] = parts;
  if (first === 'vendor') return sendFile(res, bundleDir, parts.slice(1).join('/'));
  if (first === 'assets') return sendFile(res, publicDir, parts.slice(1).join('/'));
  // Storybook is a designers' tool with inline scripts of its own: served without the strict CSP.
  if (url.pathname === '/storybook') return void res.writeHead(301, { Location: '/storybook/' }).end();
  if (first === 'storybook') return sendFile(res, storybookDir, parts.slice(1).join('/'), undefined);
  if (first === 'stoerfall') return send(res, 200, hostilePage(ctx));
  if (first === 'einbetten') return send(res, 200, embedAssistantPage({ api, bundleDir, storybook }));
  if (first === 'impressum') return send(res, 200, infoPage('Impressum', ['Demo-Website ohne amtliche Funktion. Alle Personen und Daten sind fiktiv.']));
  if (first === 'datenschutz') return send(res, 200, infoPage('Datenschutz', ['Die Demo speichert keine Daten im Browser außer dem Anmeldezustand im Sitzungsspeicher (sessionStorage), der beim Schließen des Tabs verschwindet.']));
  if (first === 'barrierefreiheit') return send(res, 200, infoPage('Erklärung zur Barrierefreiheit', ['Die Online-Dienste sind nach WCAG 2.2 AA gebaut und in Chromium automatisiert (axe) und per Tastatur geprüft.']));
  const town = towns.find((t) => t.slug === first);
  if (!town) return send(res, 404, infoPage('Seite nicht gefunden', ['Diese Seite gibt es nicht.']));
  if (!second) return send(res, 200, townHome(town));
  const english = second === 'en';
  const service = services.find((s) => s.path === (english ? parts[2] : second));
  if (!service) return send(res, 404, infoPage('Seite nicht gefunden', ['Diese Seite gibt es nicht.']));
  send(res, 200, servicePage(town, service, ctx, english ? 'en' : 'de'));
});

server.listen(port, host, () => {
  console.log(`Demo-Städte:     http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.log(`Störfall-Seite:  http://${host}:${port}/stoerfall/`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
