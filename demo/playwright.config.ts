import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Two origins, like a real CMS page and the municipality's API: the demo on one port, the API on another.
const apiPort = Number(process.env.E2E_API_PORT ?? 18787);
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 18080);
const api = `http://127.0.0.1:${apiPort}`;
const demo = `http://127.0.0.1:${demoPort}`;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'vois-e2e-'));
process.env.E2E_DATA_DIR = dataDir; // workers inherit it and can open the same register read-only

export default defineConfig({
  testDir: './e2e',
  outputDir: '../reports/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../reports/e2e.playwright.json' }], ['./e2e/count-reporter.ts']],
  use: {
    baseURL: demo,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'pnpm -s -F @vois-online/server start',
      url: `${api}/v1/kommunen/12064472`,
      cwd: '..',
      env: { VOIS_PORT: String(apiPort), VOIS_DATA_DIR: dataDir, VOIS_PUBLIC_URL: api, VOIS_ALLOWED_ORIGINS: demo, VOIS_SANDBOX_CLOCK: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'pnpm -s -F @vois-online/demo start',
      url: demo,
      cwd: '..',
      env: { DEMO_PORT: String(demoPort), VOIS_PUBLIC_URL: api },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});

export const urls = { api, demo };
