/**
 * One client per API and municipality for the whole page, so several widgets on one page
 * share one session: the citizen logs in once — also across copies of the library on the page
 * (`pageShared`).
 */
import { createClient, type ClientOptions, type VoisClient } from '@vois-online/client';
import { pageShared } from './page-shared.ts';

/** Client settings a page (or a test) may tune per element; applied by the first widget that creates the client. */
export type ClientTuning = Partial<Pick<ClientOptions, 'timeoutMs' | 'retries' | 'backoffMs'>>;

export interface ClientRequest {
  api: string;
  kommune: string;
  /** Injected transport (tests, Storybook). A different fetch is a different client. */
  fetch?: typeof fetch | undefined;
  tuning?: ClientTuning | undefined;
}

const registry = pageShared('clients', () => ({
  clients: new Map<string, VoisClient>(),
  /** Injected fetch functions, numbered for the key. */
  fetchIds: new WeakMap<object, number>(),
  nextFetchId: 1,
}));

function fetchKey(f: typeof fetch | undefined): number {
  if (!f) return 0;
  let id = registry.fetchIds.get(f);
  if (id === undefined) registry.fetchIds.set(f, (id = registry.nextFetchId++));
  return id;
}

/** The shared client for `api` + `kommune` (+ injected fetch). */
export function clientFor(request: ClientRequest): VoisClient {
  const api = request.api.replace(/\/+$/, '');
  const key = `${api}|${request.kommune}|${fetchKey(request.fetch)}`;
  let client = registry.clients.get(key);
  if (!client) {
    client = createClient({
      baseUrl: api,
      kommune: request.kommune,
      ...(request.fetch ? { fetch: request.fetch } : {}),
      ...request.tuning,
    });
    registry.clients.set(key, client);
  }
  return client;
}
