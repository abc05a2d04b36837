// Screenshots of the widget in a CMS-like page (dev/index.html) at several widths and states,
// for a human to look at: `node scripts/screenshots.mjs [outDir]` (default /tmp/vois-shots).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? '/tmp/vois-shots';
mkdirSync(out, { recursive: true });

const shots = (process.env.SHOTS ?? 'intro,choice-extended,choice-error,review,result,problem,session-ended,refusal-m1,warning,config,c2')
  .split(',')
  .filter(Boolean);
const widths = (process.env.WIDTHS ?? '1024,320').split(',').map(Number);
const query = {
  intro: 'state=intro',
  choice: 'state=choice',
  'choice-extended': 'state=choice-extended',
  'choice-error': 'state=choice-error',
  review: 'state=review',
  result: 'state=result',
  problem: 'state=problem',
  'session-ended': 'state=session-ended',
  'refusal-m1': 'state=refusal&persona=secondary-only',
  'refusal-c3': 'state=refusal&persona=deceased',
  warning: 'state=choice&lifetime=90000',
  config: 'noapi=1&kommune=123&theme=lila',
  c2: 'state=login-problem&persona=name-changed',
  long: 'state=result&persona=long-name',
  din: 'state=result&persona=din91379',
  en: 'state=result&lang=en',
  strausberg: 'state=choice-extended&theme=strausberg',
  oranienburg: 'state=review&theme=oranienburg',
};

const server = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' }, configFile: false });
await server.listen();
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    for (const name of shots) {
      const extra = process.env.EXTRA ? `&${process.env.EXTRA}` : '';
      await page.goto(`http://localhost:${port}/dev/index.html?${query[name] ?? name}${extra}`);
      await page.waitForFunction(() => window.ready !== undefined);
      await page.evaluate(() => window.ready);
      const file = `${out}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
