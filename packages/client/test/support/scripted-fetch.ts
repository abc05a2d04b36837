/**
 * A fetch that answers from a script and records every request, for tests in Chromium and Node
 * alike (no DOM types here). Each request takes the next step of the script; running out of
 * steps is a test failure, surfacing as the client's `NetworkError` with this message as cause.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/kommunen/12064472`. */
  path: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, else the raw string; `undefined` without body. */
  body: unknown;
  credentials: RequestInit['credentials'];
  signal: AbortSignal | undefined;
}

/** One scripted answer: a Response, a function making one (may throw or hang), or a step helper. */
export type Step = Response | ((request: RecordedRequest) => Response | Promise<Response>);

export interface ScriptedFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Appends further steps. */
  then(...steps: Step[]): ScriptedFetch;
}

export function scriptedFetch(...initial: Step[]): ScriptedFetch {
  const steps = [...initial];
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const raw = typeof init.body === 'string' ? init.body : undefined;
    let body: unknown = raw;
    try {
      if (raw !== undefined) body = JSON.parse(raw);
    } catch {
      // keep the raw string
    }
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname + url.search,
      url: url.href,
      headers,
      body,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const step = steps.shift();
    if (step === undefined) throw new Error(`unscripted request ${request.method} ${request.path}`);
    return typeof step === 'function' ? step(request) : step;
  };
  const scripted: ScriptedFetch = {
    fetch: fetchImpl as typeof fetch,
    requests,
    then(...more) {
      steps.push(...more);
      return scripted;
    },
  };
  return scripted;
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** An RFC 9457 answer as the reference server sends it. */
export const problem = (status: number, code: string, extra: Record<string, unknown> = {}): Response =>
  new Response(
    JSON.stringify({ type: `https://vois-online.de/probleme/${code}`, title: code, status, code, detail: 'Server prose the client must not show', ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

export const text = (body: string, status: number, type = 'text/html; charset=utf-8'): Response =>
  new Response(body, { status, headers: { 'Content-Type': type } });

/** A reverse proxy's error page, as nginx serves it. */
export const proxyErrorPage = (status: number): Response =>
  text(`<html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>`, status);

export const noContent = (): Response => new Response(null, { status: 204 });

export const pdf = (bytes = '%PDF-1.7\n%%EOF\n'): Response => new Response(bytes, { status: 200, headers: { 'Content-Type': 'application/pdf' } });

/** Like a real fetch that never gets an answer: settles only when its signal aborts. */
export const hang = (): Step => (request) =>
  new Promise<Response>((_, reject) => {
    const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (request.signal?.aborted) return fail();
    request.signal?.addEventListener('abort', fail, { once: true });
  });

/** A broken fetch that ignores its signal altogether: the client must not hang with it. */
export const hangForever = (): Step => () => new Promise<Response>(() => {});

/** Headers arrive, the body never ends (a stalled connection); cancelled with the signal like a real body. */
export const stalledBody = (): Step => (request) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"ags":'));
      request.signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

/** What fetch does offline, on DNS failure or a CORS refusal. */
export const offline = (): Step => () => Promise.reject(new TypeError('Failed to fetch'));

/** Resolves once `n` requests were made (polls on the task queue; bounded by the test timeout). */
export async function requestsMade(scripted: ScriptedFetch, n: number): Promise<void> {
  while (scripted.requests.length < n) await new Promise((resolve) => setTimeout(resolve, 1));
}
