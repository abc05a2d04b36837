// Screenshots of <vois-uebermittlungssperren> in its states at 1024 and 320 px, for a human to
// look at: `node test/uebermittlungssperren/screens/shots.mjs [outDir]` (default /tmp/vois-sperren-shots).
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = process.argv[2] ?? '/tmp/vois-sperren-shots';
mkdirSync(out, { recursive: true });
const shots = {
  intro: 'state=intro',
  blocks: 'state=blocks',
  'blocks-changed': 'state=blocks-changed',
  'no-change': 'state=no-change',
  review: 'state=review',
  'review-error': 'state=review-error',
  result: 'state=result',
  problem: 'state=problem',
  'session-ended': 'state=session-ended',
  teen: 'state=blocks&persona=teen-17',
  church: 'state=blocks-changed&persona=church-spouse&keys=religion-familie',
  foreign: 'state=blocks&persona=single-name',
  'info-block': 'state=blocks&persona=info-block',
  security: 'state=blocks&persona=security-block',
  stale: 'state=stale&persona=info-block&keys=adressbuch',
  refusal: 'state=refusal&persona=deceased',
  en: 'state=review&lang=en',
  'en-result': 'state=result&lang=en',
  strausberg: 'state=blocks-changed&theme=strausberg',
  wittenberge: 'state=result&theme=wittenberge',
};
const only = process.env.SHOTS?.split(',');
const widths = (process.env.WIDTHS ?? '1024,320').split(',').map(Number);

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
    for (const [name, query] of Object.entries(shots)) {
      if (only && !only.includes(name)) continue;
      // Vite may reload a page once after optimising dependencies: try again then.
      for (let attempt = 1; ; attempt++) {
        try {
          await page.goto(`http://127.0.0.1:${port}/test/uebermittlungssperren/screens/index.html?${query}`);
          await page.waitForFunction(() => window.ready !== undefined);
          await page.evaluate(() => window.ready);
          break;
        } catch (e) {
          if (attempt === 3) throw e;
        }
      }
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
