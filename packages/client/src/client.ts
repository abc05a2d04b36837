import type * as z from 'zod/mini';
import type { Session, SessionExpiry } from './contract/auth.ts';
import type { OperationId, Operations, WireOperation } from './contract/operations.ts';
import type { Problem } from './contract/problem.ts';
import { problemTypeUri } from './contract/values.ts';
import { problemSchema, wireOperations } from './contract/wire.generated.ts';
import { known, mismatch } from './json-schema.ts';
import { AbortedError, ContractError, NetworkError, TimeoutError, VoisError, errorFromProblem } from './errors.ts';

export interface ClientOptions {
  /** Base URL of the API, e.g. `https://api.example.de`. */
  baseUrl: string;
  /** AGS of the municipality the widgets serve. */
  kommune: string;
  /** Injected fetch (tests, Storybook); defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout, covering the whole answer (headers and body). Default 15 s. */
  timeoutMs?: number;
  /** Extra attempts for calls that are safe to repeat (GETs, keyed mutations). Default 2. */
  retries?: number;
  /** Backoff before retry n (1-based), ms. Default 300·2ⁿ⁻¹ with jitter. */
  backoffMs?: (attempt: number) => number;
}

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : never;
type Op<K extends OperationId> = Operations[K];

export type Input<K extends OperationId> = (Op<K> extends { params: infer P } ? { params: Infer<P> } : {}) &
  (Op<K> extends { body: infer B } ? { body: Infer<B> } : {}) &
  (Op<K> extends { idempotent: true } ? { idempotencyKey?: string } : {}) & { signal?: AbortSignal };

export type Output<K extends OperationId> = Op<K>['response'] extends 'pdf'
  ? Blob
  : Op<K>['response'] extends null
    ? void
    : Infer<Op<K>['response']>;

/** One method per operation; the input is optional only where nothing in it is required. */
type Methods = {
  [K in OperationId]: {} extends Input<K> ? (input?: Input<K>) => Promise<Output<K>> : (input: Input<K>) => Promise<Output<K>>;
};

export interface VoisClient extends Methods {
  readonly options: Readonly<Required<Omit<ClientOptions, 'fetch'>>>;
  /** The current session; the token stays in this object (memory) only. */
  readonly session: Session | undefined;
  setSession(session: Session | undefined): void;
  /** Called whenever the session starts, is extended or ends (also on a 401). Returns an unsubscribe function. */
  onSessionChange(listener: (session: Session | undefined) => void): () => void;
}

/**
 * A fresh random key (UUID v4) for one intended mutation (A8). Reuse it when the same action is
 * retried (say, after a network error) so the server can answer with the first result.
 * Built on `getRandomValues`, which, unlike `randomUUID`, exists outside secure contexts too.
 */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Milliseconds until the client's session expires (by the local clock); 0 without a session. */
export function sessionRemainingMs(client: Pick<VoisClient, 'session'>, now: number = Date.now()): number {
  const expiresAt = client.session ? Date.parse(client.session.expiresAt) : NaN;
  return Number.isNaN(expiresAt) ? 0 : Math.max(0, expiresAt - now);
}

export function createClient(options: ClientOptions): VoisClient {
  const opts = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    kommune: options.kommune,
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? ((n: number) => 300 * 2 ** (n - 1) * (0.75 + Math.random() / 2)),
  };
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  let session: Session | undefined;
  const listeners = new Set<(s: Session | undefined) => void>();

  const setSession = (next: Session | undefined) => {
    if (next === session) return;
    session = next;
    for (const listener of [...listeners]) {
      // Like EventTarget: a failing listener is reported, but neither stops the others nor
      // turns the caller's successful request into a failure.
      try {
        listener(next);
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  };

  async function call(id: OperationId, input: Record<string, unknown> = {}): Promise<unknown> {
    const operation = wireOperations[id];
    const signal = input.signal as AbortSignal | undefined;
    const url = opts.baseUrl + fillPath(operation.path, input.params as Record<string, string> | undefined);
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    let body: string | undefined;
    if (operation.body) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.body);
    }
    // One key for all attempts of this call: that is what makes the retries below safe.
    if (operation.idempotent) headers['Idempotency-Key'] = (input.idempotencyKey as string | undefined) ?? newIdempotencyKey();
    const used = operation.auth ? session : undefined;
    if (operation.auth) {
      if (!used) throw errorFromProblem(localProblem(401, 'UNAUTHENTICATED'));
      headers.Authorization = `Bearer ${used.accessToken}`;
    }
    // Repeating is safe for reads and for keyed mutations (the server returns the first result).
    const repeatable = operation.method === 'GET' || operation.idempotent;
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptOnce(url, { method: operation.method, headers, body }, operation.response, signal);
      } catch (error) {
        // Only the session this request carried is cleared, not one that replaced it meanwhile.
        if (error instanceof VoisError && error.kind === 'unauthorized' && used && session === used) setSession(undefined);
        if (!(error instanceof VoisError) || !error.retryable || !repeatable || attempt >= opts.retries) throw error;
        await sleep(opts.backoffMs(attempt + 1), signal);
      }
    }
  }

  /**
   * One attempt: fetch and read the answer under one timer. The outcome races against the
   * timer and the caller's signal, so even a fetch that ignores its signal (or a body that
   * never ends) cannot hang the call.
   */
  async function attemptOnce(url: string, init: RequestInit, expected: WireOperation['response'], outer: AbortSignal | undefined): Promise<unknown> {
    if (outer?.aborted) throw new AbortedError('aborted before start');
    const controller = new AbortController();
    let stop!: (error: VoisError) => void;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    const cancel = (error: VoisError) => {
      stop(error); // first, so the race settles with this and not with fetch's AbortError
      controller.abort();
    };
    const timer = setTimeout(() => cancel(new TimeoutError(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    const onAbort = () => cancel(new AbortedError('aborted'));
    outer?.addEventListener('abort', onAbort, { once: true });
    const work = (async () => {
      let response: Response;
      try {
        response = await doFetch(url, { ...init, signal: controller.signal, credentials: 'omit' });
      } catch (cause) {
        throw new NetworkError('network failure', { cause });
      }
      return readResponse(expected, response);
    })();
    // `race` subscribes to both, so the loser settling later is never an unhandled rejection.
    try {
      return await Promise.race([work, stopped]);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  const client = {
    options: opts,
    get session() {
      return session;
    },
    setSession,
    onSessionChange(listener: (s: Session | undefined) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  } as unknown as VoisClient;
  const methods = client as unknown as Record<OperationId, (input?: Record<string, unknown>) => Promise<unknown>>;
  for (const id of Object.keys(wireOperations) as OperationId[]) methods[id] = (input) => call(id, input);

  // The session calls also keep `client.session` current.
  methods.extendSession = async (input) => {
    const before = session;
    const { expiresAt } = (await call('extendSession', input)) as SessionExpiry;
    if (before && session === before) setSession({ ...before, expiresAt });
    return { expiresAt };
  };
  methods.logout = async (input) => {
    if (!session) return; // nothing to end
    const before = session;
    try {
      await call('logout', input);
    } catch (error) {
      // 401: the server has no such session any more, which is what logging out wants.
      if (!(error instanceof VoisError && error.kind === 'unauthorized')) throw error;
    } finally {
      // Forget the token locally even when the server could not be told (offline, timeout):
      // the user asked to leave, and the token dies with its expiry anyway.
      if (session === before) setSession(undefined);
    }
  };
  return client;
}

function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function readResponse(expected: WireOperation['response'], response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) throw await errorFromResponse(response, type);
  if (expected === null) {
    if (response.status !== 204) throw new ContractError(`expected 204, got ${response.status}`, response.status);
    return undefined;
  }
  if (expected === 'pdf') {
    if (!type.startsWith('application/pdf')) throw new ContractError(`expected a PDF, got ${type || 'no type'}`, response.status);
    try {
      return await response.blob();
    } catch (cause) {
      throw new NetworkError('connection lost while downloading', { cause });
    }
  }
  if (!/^application\/json\b/.test(type)) throw new ContractError(`expected JSON, got ${type || 'no type'}`, response.status);
  const data = await readJson(response);
  const problem = mismatch(expected, data);
  if (problem) throw new ContractError(`answer does not match the contract at ${problem}`, response.status);
  return known(expected, data);
}

/** A non-2xx answer: the problem details if the body is a valid one, else the status decides. */
async function errorFromResponse(response: Response, type: string): Promise<VoisError> {
  if (/json/.test(type)) {
    try {
      const problem = await readJson(response);
      if (!mismatch(problemSchema, problem) && (problem as Problem).status === response.status) return errorFromProblem(problem as Problem);
    } catch (error) {
      // A broken error body says no more than the status; only a lost connection is its own failure.
      if (error instanceof NetworkError) return error;
    }
  }
  // A proxy's HTML error page or an unknown body: classify by status alone.
  return errorFromProblem(localProblem(response.status, statusCode(response.status)));
}

async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new NetworkError('connection lost while reading the answer', { cause });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ContractError('answer is not valid JSON', response.status);
  }
}

function statusCode(status: number): Problem['code'] {
  const codes: Record<number, Problem['code']> = {
    400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED',
    409: 'IDEMPOTENCY_REQUEST_IN_PROGRESS', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'RATE_LIMITED', 503: 'SERVICE_UNAVAILABLE',
  };
  return codes[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}

function localProblem(status: number, code: Problem['code']): Problem {
  return { type: problemTypeUri(code), title: code, status: Math.min(599, Math.max(400, status)), code };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
