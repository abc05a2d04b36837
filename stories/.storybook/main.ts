/**
 * Storybook for the VOIS-Online widgets. Runs without network: no telemetry, no update or
 * "what's new" checks, no web fonts (the manager and the widgets use local/system fonts).
 */
import { defineMain } from '@storybook/web-components-vite/node';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // Docs pages are MDX files next to the stories; no generated "autodocs" pages (their story
  // list would show every state as the intro, because the flows run in `play`).
  docs: { defaultName: 'Dokumentation' },
  async viteFinal(config) {
    return {
      ...config,
      // The widgets' sources are TypeScript with lit's legacy decorators (tsconfig of each package).
      logLevel: 'warn',
      server: { ...config.server, fs: { ...config.server?.fs, allow: ['..'] } },
      build: { ...config.build, chunkSizeWarningLimit: 4000 },
    };
  },
});
