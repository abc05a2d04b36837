import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppOptions, type VoisApp } from './app.ts';
import type { Config } from './config.ts';

export interface RunningServer {
  /** Base URL actually listened on, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  app: VoisApp;
  config: Config;
  close(): Promise<void>;
}

/**
 * Listens, then builds the app. Port 0 picks a free port; if `publicUrl` was the default for
 * the configured port it follows the actual one (tests and benchmarks start on port 0).
 */
export async function startServer(config: Config, options: AppOptions = {}): Promise<RunningServer> {
  let handler: VoisApp['fetch'] = () => new Response('starting', { status: 503, headers: { 'Retry-After': '1' } });
  const server = createAdaptorServer({ fetch: (req, env) => handler(req, env), hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = config.host.includes(':') ? `[${config.host}]` : config.host;
  const defaultUrl = `http://${hostPart}:${config.port}`;
  const url = `http://${hostPart}:${port}`;
  const effective: Config = { ...config, port, publicUrl: config.publicUrl === defaultUrl ? url : config.publicUrl };
  let app: VoisApp;
  try {
    app = await createApp(effective, options);
  } catch (error) {
    server.close();
    throw error;
  }
  handler = app.fetch;
  return {
    url,
    port,
    app,
    config: effective,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => void app.close().then(resolve));
        // Keep-alive connections would hold close() open; nothing is mid-request at shutdown here.
        (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  };
}
