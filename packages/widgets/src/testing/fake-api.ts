/**
 * An in-memory, scripted implementation of the VOIS API contract at the network boundary: a
 * `fetch` function to inject into the widgets (`el.fetch = fake.fetch`) in tests and
 * Storybook. It answers with contract-valid JSON (every answer is parsed with the contract's
 * response schema before it leaves, so the fake cannot drift from the contract), knows a few
 * personas, and can inject faults per operation.
 *
 * Exported as `@vois-online/widgets/testing`; never imported by the elements.
 *
 * ```ts
 * const fake = createFakeApi({ persona: 'happy' });
 * el.fetch = fake.fetch;
 * el.navigate = (url) => history.replaceState(null, '', fake.authorize(url));
 * fake.fail('createMeldebescheinigung', 'network');
 * ```
 */
import * as z from 'zod/mini';
import {
  AuthorizeQuery,
  Problem,
  ZusatzAngabe,
  s256,
  operations,
  problemTypeUri,
  type DocumentRef,
  type KommuneConfig,
  type Meldebescheinigung,
  type MeldebescheinigungRequest,
  type OperationId,
  type ProblemCode,
  type ServiceId,
  type TokenRequest,
} from '@vois-online/client';
import { kommunen } from './kommunen.ts';
import { personas, type Persona, type PersonaId } from './personas.ts';

export { kommunen, personas, type Persona, type PersonaId };

/** What can go wrong with one operation. */
export type Fault =
  /** fetch rejects, like a dropped connection or a CORS refusal. */
  | 'network'
  /** No answer at all, until the client's timeout (or abort) gives up. */
  | 'hang'
  /** 500 problem. */
  | 'server-error'
  /** 503 problem (maintenance). */
  | 'unavailable'
  /** 200 with a body that is not JSON. */
  | 'malformed-json'
  /** 200 with JSON that does not match the contract. */
  | 'wrong-shape'
  /** 401 `SESSION_EXPIRED`; the session is gone on the server too. */
  | 'session-expired'
  /** The request is processed, but the answer is lost on the way back (then `network`). */
  | 'drop-response'
  /** A refusal with a rule code. */
  | { problem: ProblemCode; status?: number };

export interface FakeApiOptions {
  baseUrl?: string;
  /** AGS the fake logs persons into. Default Strausberg `12064472`. */
  kommune?: string;
  /** Who logs in at `authorize` unless told otherwise. Default `happy`. */
  persona?: PersonaId;
  /** Lifetime of a session (and of each extension), ms. Default 15 minutes. */
  sessionLifetimeMs?: number;
  /** Delay of every answer, ms. Default 0. */
  latencyMs?: number;
  /** Clock. Default `Date.now`. */
  now?: () => number;
}

export interface RecordedRequest {
  operation: OperationId;
  method: string;
  /** Full URL as requested (tests check that no token is ever in it). */
  url: string;
  /** Whether an `Authorization: Bearer …` header was sent. */
  bearer: boolean;
  idempotencyKey: string | undefined;
  body: unknown;
}

export interface AuthorizeOptions {
  persona?: PersonaId;
  /** `cancel`: the citizen cancelled; `low-trust`: chose a login below "hoch" (C1). */
  outcome?: 'ok' | 'cancel' | 'low-trust';
}

interface SessionEntry {
  persona: PersonaId;
  kommune: string;
  expiresAt: number;
}

interface CodeEntry {
  persona: PersonaId;
  kommune: string;
  challenge: string;
  redirectUri: string;
  expiresAt: number;
  lowTrust: boolean;
}

export interface FakeState {
  persona: PersonaId;
  sessionLifetimeMs: number;
  latencyMs: number;
  sessions: Map<string, SessionEntry>;
  codes: Map<string, CodeEntry>;
  /** Idempotency store: key → request fingerprint and the first answer. */
  idempotency: Map<string, { fingerprint: string; status: number; body: unknown }>;
  documents: Map<string, { persona: PersonaId; ref: DocumentRef }>;
  requests: RecordedRequest[];
  faults: Map<OperationId, { fault: Fault; remaining: number }>;
}

export interface FakeApi {
  /** Inject this as the widget's `fetch`. */
  fetch: typeof fetch;
  baseUrl: string;
  kommune: string;
  state: FakeState;
  /** Who logs in at the next `authorize` by default. */
  persona: PersonaId;
  /** Session lifetime for new sessions and extensions, ms. */
  sessionLifetimeMs: number;
  /** Makes `operation` fail with `fault`, `times` times (default: until `clearFaults`). */
  fail(operation: OperationId, fault: Fault, options?: { times?: number }): void;
  clearFaults(): void;
  /**
   * The sandbox login page: takes the authorize URL the widget navigated to and returns the
   * URL the browser would come back to (`redirect_uri#vois-code=…&vois-state=…`).
   */
  authorize(authorizeUrl: string, options?: AuthorizeOptions): string;
  /** Requests made so far for one operation (or all). */
  calls(operation?: OperationId): RecordedRequest[];
  /** Ends every session on the server side (the next call gets 401 `SESSION_EXPIRED`). */
  expireSessions(): void;
}

const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Unpadded base64url of random bytes (ids, tokens, codes). */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const allServices: ServiceId[] = ['meldebescheinigung', 'abmeldung-nebenwohnung', 'uebermittlungssperren', 'selbstauskunft'];

export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const baseUrl = (options.baseUrl ?? 'https://api.vois.test').replace(/\/+$/, '');
  const kommune = options.kommune ?? '12064472';
  const now = options.now ?? Date.now;
  const state: FakeState = {
    persona: options.persona ?? 'happy',
    sessionLifetimeMs: options.sessionLifetimeMs ?? 15 * 60_000,
    latencyMs: options.latencyMs ?? 0,
    sessions: new Map(),
    codes: new Map(),
    idempotency: new Map(),
    documents: new Map(),
    requests: [],
    faults: new Map(),
  };
  let documentCounter = 0;

  const routes = Object.entries(operations).map(([id, op]) => ({
    id: id as OperationId,
    op,
    pattern: new RegExp(`^${op.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  }));

  // ------------------------------------------------------------------ answers

  const json = (status: number, body: unknown, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

  const problem = (status: number, code: ProblemCode, detail?: string) => {
    const p = Problem.parse({ type: problemTypeUri(code), title: code, status, code, ...(detail ? { detail } : {}) });
    return json(status, p, 'application/problem+json');
  };

  /** Parses an answer with the operation's response schema: the fake never speaks off-contract. */
  function ok(id: OperationId, body: unknown): Response {
    const schema = operations[id].response as unknown;
    if (schema === null) return new Response(null, { status: 204 });
    const parsed = (schema as z.ZodMiniType).safeParse(body);
    if (!parsed.success) throw new Error(`fake-api: answer of ${id} violates the contract: ${z.prettifyError(parsed.error)}`);
    return json(200, parsed.data);
  }

  // ------------------------------------------------------------------ helpers

  function persona(id: PersonaId): Persona {
    return personas[id];
  }

  function kommuneConfig(ags: string): KommuneConfig | undefined {
    return kommunen[ags];
  }

  function authenticate(headers: Headers): SessionEntry | Response {
    const auth = headers.get('Authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    const session = token ? state.sessions.get(token) : undefined;
    if (!token || !session) return problem(401, 'UNAUTHENTICATED');
    if (session.expiresAt <= now()) {
      state.sessions.delete(token);
      return problem(401, 'SESSION_EXPIRED');
    }
    return session;
  }

  const randomId = (bytes = 24) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

  function verificationCode(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const pick = () => alphabet[crypto.getRandomValues(new Uint8Array(1))[0]! % alphabet.length];
    const block = () => Array.from({ length: 4 }, pick).join('');
    return `${block()}-${block()}-${block()}`;
  }

  function buildCertificate(p: Persona, request: MeldebescheinigungRequest, ags: string): Meldebescheinigung {
    const issuer = kommuneConfig(ags) ?? { ags, name: ags };
    documentCounter += 1;
    const code = verificationCode();
    const ref: DocumentRef = {
      id: `doc-${randomId(12)}`,
      type: 'MELDEBESCHEINIGUNG',
      number: `MB-${new Date(now()).getUTCFullYear()}-${String(documentCounter).padStart(6, '0')}`,
      verificationCode: code,
      verificationUrl: `${baseUrl}/pruefung/${code}`,
      issuedAt: new Date(now()).toISOString(),
      issuer: { ags: issuer.ags, name: issuer.name },
    };
    state.documents.set(ref.id, { persona: p.id, ref });
    return {
      art: request.art,
      person: { name: p.name, dateOfBirth: p.dateOfBirth },
      residences: p.residences,
      zusatzAngaben: request.zusatzAngaben.map((key) => ({ key, values: p.zusatz[key] ?? [] })),
      keinSterbedatum: request.keinSterbedatum,
      document: ref,
    };
  }

  // ------------------------------------------------------------------ operations

  async function handle(id: OperationId, params: Record<string, string>, headers: Headers, body: unknown): Promise<Response> {
    switch (id) {
      case 'getKommune': {
        const config = kommuneConfig(params.ags ?? '');
        return config ? ok(id, config) : problem(404, 'UNKNOWN_KOMMUNE');
      }
      case 'exchangeCode': {
        const request = body as TokenRequest;
        const entry = state.codes.get(request.code);
        state.codes.delete(request.code); // one-time
        if (!entry || entry.expiresAt <= now() || entry.kommune !== request.kommune) return problem(400, 'AUTH_CODE_INVALID');
        if (entry.redirectUri !== request.redirectUri) return problem(400, 'AUTH_CODE_INVALID');
        if ((await s256(request.codeVerifier)) !== entry.challenge) return problem(400, 'AUTH_PKCE_MISMATCH');
        if (entry.lowTrust) return problem(403, 'C1_TRUST_LEVEL_TOO_LOW');
        const refusal = persona(entry.persona).exchangeRefusal;
        if (refusal) return problem(403, refusal);
        const token = randomId(32);
        const expiresAt = now() + state.sessionLifetimeMs;
        state.sessions.set(token, { persona: entry.persona, kommune: entry.kommune, expiresAt });
        return ok(id, { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(expiresAt).toISOString() });
      }
      default:
        break;
    }

    // Everything else needs a session.
    const session = authenticate(headers);
    if (session instanceof Response) return session;
    const p = persona(session.persona);

    switch (id) {
      case 'extendSession': {
        session.expiresAt = now() + state.sessionLifetimeMs;
        return ok(id, { expiresAt: new Date(session.expiresAt).toISOString() });
      }
      case 'logout': {
        const token = /^Bearer (.+)$/.exec(headers.get('Authorization') ?? '')?.[1];
        if (token) state.sessions.delete(token);
        return ok(id, null);
      }
      case 'getMe': {
        const k = kommuneConfig(session.kommune);
        return ok(id, {
          name: p.name,
          kommune: { ags: session.kommune, name: k?.name ?? session.kommune },
          services: allServices.map((service) =>
            service === 'meldebescheinigung' && p.refusal ? { service, available: false, reason: p.refusal } : { service, available: true },
          ),
        });
      }
      case 'getMeldebescheinigungOptions': {
        if (p.refusal) return problem(403, p.refusal);
        return ok(id, { zusatzAngaben: ZusatzAngabe.options.map((key) => ({ key, available: p.zusatz[key] !== undefined })) });
      }
      case 'createMeldebescheinigung': {
        const key = headers.get('Idempotency-Key');
        if (!key) return problem(400, 'BAD_REQUEST', 'Idempotency-Key fehlt');
        const fingerprint = `${session.persona}|${JSON.stringify(body)}`;
        const seen = state.idempotency.get(key);
        if (seen) return seen.fingerprint === fingerprint ? json(seen.status, seen.body) : problem(422, 'IDEMPOTENCY_KEY_REUSED');
        const request = body as MeldebescheinigungRequest;
        if (p.refusal) return problem(403, p.refusal);
        if (request.art === 'EINFACH' && (request.zusatzAngaben.length > 0 || request.keinSterbedatum)) return problem(400, 'BAD_REQUEST');
        if (request.zusatzAngaben.some((k) => p.zusatz[k] === undefined)) return problem(422, 'M3_ITEM_NOT_AVAILABLE');
        const certificate = buildCertificate(p, request, session.kommune);
        const response = ok(id, certificate);
        state.idempotency.set(key, { fingerprint, status: 200, body: certificate });
        return response;
      }
      case 'getDocumentPdf': {
        const doc = state.documents.get(params.id ?? '');
        if (!doc || doc.persona !== session.persona) return problem(404, 'NOT_FOUND');
        return new Response(new Blob([PDF_BYTES], { type: 'application/pdf' }), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
      }
      default:
        // Operations of the other services are not scripted yet.
        return problem(404, 'NOT_FOUND', `fake-api: ${id} is not implemented`);
    }
  }

  // ------------------------------------------------------------------ faults

  function takeFault(id: OperationId): Fault | undefined {
    const entry = state.faults.get(id);
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) state.faults.delete(id);
    return entry.fault;
  }

  function hang(signal: AbortSignal | null | undefined): Promise<never> {
    return new Promise((_, reject) => {
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort, { once: true });
    });
  }

  function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        },
        { once: true },
      );
    });
  }

  // ------------------------------------------------------------------ fetch

  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const signal = init.signal ?? request.signal;
    const url = new URL(request.url);
    if (!request.url.startsWith(baseUrl + '/')) throw new TypeError(`fake-api: unknown host for ${request.url}`);
    const path = url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length);
    const route = routes.find((r) => r.op.method === request.method && r.pattern.test(path));
    const text = request.method === 'GET' ? '' : await request.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return problem(400, 'BAD_REQUEST', 'body is not JSON');
    }
    if (!route) return problem(404, 'NOT_FOUND');
    const id = route.id;
    state.requests.push({
      operation: id,
      method: request.method,
      url: request.url,
      bearer: /^Bearer .+/.test(request.headers.get('Authorization') ?? ''),
      idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined,
      body,
    });

    await delay(state.latencyMs, signal);
    const fault = takeFault(id);
    if (fault === 'network') throw new TypeError('Failed to fetch');
    if (fault === 'hang') return hang(signal);
    if (fault === 'server-error') return problem(500, 'INTERNAL');
    if (fault === 'unavailable') return problem(503, 'SERVICE_UNAVAILABLE');
    if (fault === 'malformed-json') return new Response('{"art": "EINF', { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (fault === 'wrong-shape') return json(200, { unexpected: true, items: [1, 2, 3] });
    if (fault === 'session-expired') {
      const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
      if (token) state.sessions.delete(token);
      return problem(401, 'SESSION_EXPIRED');
    }
    if (fault && typeof fault === 'object') return problem(fault.status ?? 403, fault.problem);

    // Validate parameters and body like the server does.
    const op = route.op as { params?: z.ZodMiniType; body?: z.ZodMiniType };
    const params = (route.pattern.exec(path)?.groups ?? {}) as Record<string, string>;
    for (const k of Object.keys(params)) params[k] = decodeURIComponent(params[k]!);
    if (op.params && !op.params.safeParse(params).success) return problem(400, 'BAD_REQUEST', 'invalid path parameter');
    if (op.body && !op.body.safeParse(body).success) return problem(400, 'BAD_REQUEST', 'body does not match the contract');

    const response = await handle(id, params, request.headers, body);
    if (fault === 'drop-response') throw new TypeError('Failed to fetch (answer lost)');
    return response;
  };

  const api: FakeApi = {
    fetch: fakeFetch as typeof fetch,
    baseUrl,
    kommune,
    state,
    get persona() {
      return state.persona;
    },
    set persona(id: PersonaId) {
      state.persona = id;
    },
    get sessionLifetimeMs() {
      return state.sessionLifetimeMs;
    },
    set sessionLifetimeMs(ms: number) {
      state.sessionLifetimeMs = ms;
    },
    fail(operation, fault, { times = Infinity } = {}) {
      state.faults.set(operation, { fault, remaining: times });
    },
    clearFaults() {
      state.faults.clear();
    },
    authorize(authorizeUrl, { persona: who = state.persona, outcome = 'ok' } = {}) {
      const url = new URL(authorizeUrl);
      if (`${url.origin}${url.pathname}` !== `${baseUrl}/v1/auth/authorize`) throw new Error(`fake-api: not an authorize URL: ${authorizeUrl}`);
      const query = AuthorizeQuery.parse(Object.fromEntries(url.searchParams));
      const back = new URL(query.redirect_uri);
      if (outcome === 'cancel') {
        back.hash = `vois-error=AUTH_CANCELLED&vois-state=${query.state}`;
        return back.href;
      }
      const code = randomId(24);
      state.codes.set(code, {
        persona: who,
        kommune: query.kommune,
        challenge: query.code_challenge,
        redirectUri: query.redirect_uri,
        expiresAt: now() + 60_000,
        lowTrust: outcome === 'low-trust',
      });
      back.hash = `vois-code=${code}&vois-state=${query.state}`;
      return back.href;
    },
    calls(operation) {
      return operation ? state.requests.filter((r) => r.operation === operation) : [...state.requests];
    },
    expireSessions() {
      state.sessions.clear();
    },
  };
  return api;
}
