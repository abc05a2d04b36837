import * as z from 'zod/mini';
import type { Session } from './contract/auth.ts';
import { operations, type OperationId, type Operations } from './contract/operations.ts';
import { Problem } from './contract/problem.ts';
import { AbortedError, ContractError, NetworkError, TimeoutError, VoisError, errorFromProblem } from './errors.ts';

export interface ClientOptions {
  /** Base URL of the API, e.g. `https://api.example.de`. */
  baseUrl: string;
  /** AGS of the municipality the widgets serve. */
  kommune: string;
  /** Injected fetch (tests, Storybook); defaults to the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout. Default 15 s. */
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

type Methods = { [K in OperationId]: (input?: Input<K>) => Promise<Output<K>> };

export interface VoisClient extends Methods {
  readonly options: Readonly<Required<Omit<ClientOptions, 'fetch'>>>;
  /** The current session; the token stays in this object (memory) only. */
  readonly session: Session | undefined;
  setSession(session: Session | undefined): void;
  /** Called whenever the session starts, is extended or ends (also on a 401). */
  onSessionChange(listener: (session: Session | undefined) => void): () => void;
}

/** A fresh random key for one attempt at a mutation (A8). */
export const newIdempotencyKey = () => crypto.randomUUID();

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
    session = next;
    for (const l of listeners) l(next);
  };

  async function call<K extends OperationId>(id: K, input: Record<string, unknown> = {}): Promise<Output<K>> {
    const operation = operations[id] as Operations[OperationId];
    const signal = input.signal as AbortSignal | undefined;
    const url = opts.baseUrl + fillPath(operation.path, input.params as Record<string, string> | undefined);
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    let body: string | undefined;
    if ('body' in operation) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(input.body);
    }
    if (operation.idempotent) headers['Idempotency-Key'] = (input.idempotencyKey as string | undefined) ?? newIdempotencyKey();
    if (operation.auth) {
      if (!session) throw errorFromProblem(localProblem(401, 'UNAUTHENTICATED'));
      headers.Authorization = `Bearer ${session.accessToken}`;
    }
    // Repeating is safe for reads and for keyed mutations (the server returns the first result).
    const repeatable = operation.method === 'GET' || operation.idempotent;
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetchOnce(url, { method: operation.method, headers, body, signal });
        return await readResponse(operation.response, response);
      } catch (error) {
        if (error instanceof VoisError && error.kind === 'unauthorized' && operation.auth) setSession(undefined);
        if (!(error instanceof VoisError) || !error.retryable || !repeatable || attempt >= opts.retries) throw error;
        await sleep(opts.backoffMs(attempt + 1), signal);
      }
    }
  }

  async function fetchOnce(url: string, init: RequestInit & { signal?: AbortSignal | undefined }): Promise<Response> {
    const outer = init.signal;
    if (outer?.aborted) throw new AbortedError('aborted before start');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs);
    const onAbort = () => controller.abort();
    outer?.addEventListener('abort', onAbort);
    try {
      return await doFetch(url, { ...init, signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      if (outer?.aborted) throw new AbortedError('aborted', { cause: error });
      if (timedOut) throw new TimeoutError(`no answer within ${opts.timeoutMs} ms`, { cause: error });
      throw new NetworkError('network failure', { cause: error });
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
      return () => listeners.delete(listener);
    },
  } as unknown as VoisClient;
  for (const id of Object.keys(operations) as OperationId[]) {
    (client as unknown as Record<string, unknown>)[id] = (input?: Record<string, unknown>) => call(id, input);
  }
  return client;
}

function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function readResponse(expected: z.ZodMiniType | 'pdf' | null, response: Response): Promise<never> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok) {
    const problem = type.includes('json') ? Problem.safeParse(await readJson(response)) : undefined;
    if (problem?.success && problem.data.status === response.status) throw errorFromProblem(problem.data);
    // A proxy's HTML error page or an unknown body: classify by status alone.
    throw errorFromProblem(localProblem(response.status, statusCode(response.status)));
  }
  if (expected === null) {
    if (response.status !== 204) throw new ContractError(`expected 204, got ${response.status}`, response.status);
    return undefined as never;
  }
  if (expected === 'pdf') {
    if (!type.startsWith('application/pdf')) throw new ContractError(`expected a PDF, got ${type || 'no type'}`, response.status);
    return (await response.blob().catch((cause) => {
      throw new NetworkError('connection lost while downloading', { cause });
    })) as never;
  }
  if (!type.includes('application/json')) throw new ContractError(`expected JSON, got ${type || 'no type'}`, response.status);
  const parsed = expected.safeParse(await readJson(response));
  if (!parsed.success) throw new ContractError(`answer does not match the contract: ${z.prettifyError(parsed.error)}`, response.status);
  return parsed.data as never;
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
  return { type: 'about:blank', title: code, status, code };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError('aborted'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new AbortedError('aborted'));
    }, { once: true });
  });
}
