/**
 * The widgets' test double at the network boundary: a `fetch` function to inject into the
 * widgets (`el.fetch = fake.fetch`) in tests and Storybook, plus fault injection.
 *
 * It is a thin adapter: an in-memory register of the shared seed (register.ts) and the SAME
 * domain functions the reference server calls (`@vois-online/domain`); what remains here is
 * HTTP: sessions, login codes, idempotency, documents, contract validation of every answer and
 * the faults. The scenario suite (packages/scenarios) runs the same requests against this fake and
 * the real server and fails when their answers differ.
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
// The fake answers like the server: it validates with the zod contract (tests, Storybook only).
import { AuthorizeQuery, Problem, operations, problemTypeUri } from '@vois-online/client/contract';
import { s256, type Abmeldung, type DocumentRef, type DocumentType, type KommuneRef, type OperationId, type PersonName, type ProblemCode, type ServiceId, type SperreKey } from '@vois-online/client';
import { checkAbmeldung, abmeldungOptions } from '@vois-online/domain/abmeldung';
import { availability } from '@vois-online/domain/availability';
import { dateInBerlin } from '@vois-online/domain/dates';
import { identify } from '@vois-online/domain/identification';
import { KOMMUNEN } from '@vois-online/domain/kommunen';
import { DOCUMENT_PREFIX } from '@vois-online/domain/labels';
import { meldebescheinigungOptions, zusatzFor } from '@vois-online/domain/meldebescheinigung';
import { initials } from '@vois-online/domain/names';
import { currentResidences, toResidence } from '@vois-online/domain/residences';
import { selbstauskunft } from '@vois-online/domain/selbstauskunft';
import { effectiveChanges, READ_ONLY_KEYS, sperrenState } from '@vois-online/domain/sperren';
import { nameOf, type PersonRecord, type SperreRecord } from '@vois-online/domain/types';
import { RuleViolation, notFound, refused } from '@vois-online/domain/violation';
import { enabledServices, kommunen } from './kommunen.ts';
import { personas, type Persona, type PersonaChild, type PersonaId } from './personas.ts';
import { delay, faultAnswer, takeFault, type Fault, type FaultEntry } from './faults.ts';
import { createMemoryRegister, type MemoryRegister } from './register.ts';

export { kommunen, personas, type Fault, type MemoryRegister, type Persona, type PersonaChild, type PersonaId };

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
  /** The register's today (`YYYY-MM-DD`, A3/A4), like the server's sandbox clock. Default: the German date of `now()`. */
  today?: string;
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
  /** The register person (not the persona id). */
  personId: string;
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
  /** Sessions issued for this code: a replay revokes them (as the server). */
  tokens: string[];
  used: boolean;
}

interface StoredDocument {
  personId: string;
  ref: DocumentRef;
  holder: PersonName;
}

export interface FakeState {
  persona: PersonaId;
  sessionLifetimeMs: number;
  latencyMs: number;
  sessions: Map<string, SessionEntry>;
  codes: Map<string, CodeEntry>;
  /** A8: (person, operation, key) → the first request and its answer. */
  idempotency: Map<string, { request: string; body: unknown }>;
  documents: Map<string, StoredDocument>;
  requests: RecordedRequest[];
  faults: Map<OperationId, FaultEntry>;
  /** Pinned register date (A3/A4); `undefined` = the German date of `now()`. */
  today: string | undefined;
  /** Deregistrations carried out (A4, A8: a retry must never add a second one). */
  abmeldungen: FakeAbmeldung[];
}

/** One deregistration in the fake register. */
export interface FakeAbmeldung {
  /** The persona logged in when it was made. */
  persona: PersonaId | undefined;
  residenceId: string;
  /** Register ids of the co-deregistered children. */
  childIds: string[];
  moveOutDate: string;
  state: Abmeldung['state'];
}

export interface FakeApi {
  /** Inject this as the widget's `fetch`. */
  fetch: typeof fetch;
  baseUrl: string;
  kommune: string;
  state: FakeState;
  /** The in-memory register; tests may change a record to set up a case. */
  register: MemoryRegister;
  /** The live register record a persona logs in as (`fake.personOf('happy').sperren = …`). */
  personOf(persona: PersonaId): PersonRecord;
  /**
   * Replaces a persona's Übermittlungssperren in the register (a change made elsewhere, e.g. by
   * the office in another tab): key → who set it; keys not named are not set.
   */
  setBlocks(persona: PersonaId, active: Partial<Record<SperreKey, SperreRecord['setBy']>>): void;
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

/** As the server: 8–128 characters A–Z a–z 0–9 _ . : - */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** Unpadded base64url of random bytes (ids, tokens, codes). */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The redirect URI as the server compares it: parsed, without fragment. */
function cleanRedirect(value: string): string | undefined {
  try {
    const url = new URL(value);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** RFC 6901 pointer of a contract violation, as the server names the field. */
const pointer = (path: readonly PropertyKey[]) => '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

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
    today: options.today,
    abmeldungen: [],
  };
  const today = () => state.today ?? dateInBerlin(now());
  const register = createMemoryRegister(today);
  const documentSequence = new Map<string, number>();
  const personaOfPerson = (personId: string) => (Object.keys(personas) as PersonaId[]).find((id) => register.personOfPersona(id)?.id === personId);

  const routes = Object.entries(operations).map(([id, op]) => ({
    id: id as OperationId,
    op,
    pattern: new RegExp(`^${op.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  }));

  // ------------------------------------------------------------------ answers

  const json = (status: number, body: unknown, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

  const problem = (status: number, code: ProblemCode, extra: { detail?: string | undefined; fields?: Problem['fields'] | undefined } = {}) => {
    const p = Problem.parse({ type: problemTypeUri(code), title: code, status, code, ...(extra.detail && { detail: extra.detail }), ...(extra.fields?.length && { fields: extra.fields }) });
    return json(status, p, 'application/problem+json');
  };
  const violation = (v: RuleViolation) => problem(v.status, v.code, v.extra);

  /** Parses an answer with the operation's response schema: the fake never speaks off-contract. */
  function checked(id: OperationId, body: unknown): unknown {
    const schema = operations[id].response as unknown;
    const parsed = (schema as z.ZodMiniType).safeParse(body);
    if (!parsed.success) throw new Error(`fake-api: answer of ${id} violates the contract: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }
  const ok = (id: OperationId, body: unknown): Response => (operations[id].response === null ? new Response(null, { status: 204 }) : json(200, checked(id, body)));

  // ------------------------------------------------------------------ plumbing the server has too

  const randomId = (bytes = 24) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));
  const ref = (ags: string): KommuneRef => ({ ags, name: kommunen[ags]?.name ?? ags });

  function verificationCode(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const pick = () => alphabet[crypto.getRandomValues(new Uint8Array(1))[0]! % alphabet.length];
    const block = () => Array.from({ length: 4 }, pick).join('');
    return `${block()}-${block()}-${block()}`;
  }

  /** M5: number per type and year, verification code, issuer = the town's official name. */
  function issue(type: DocumentType, p: PersonRecord, ags: string, at: Date): DocumentRef {
    const year = dateInBerlin(at.getTime()).slice(0, 4);
    const seq = (documentSequence.get(`${type}-${year}`) ?? 0) + 1;
    documentSequence.set(`${type}-${year}`, seq);
    const code = verificationCode();
    const ref: DocumentRef = {
      id: `doc-${randomId(12)}`,
      type,
      number: `${DOCUMENT_PREFIX[type]}-${year}-${String(seq).padStart(6, '0')}`,
      verificationCode: code,
      verificationUrl: `${baseUrl}/pruefung/${code}`,
      issuedAt: at.toISOString(),
      issuer: { ags, name: kommuneOfficialName(ags) },
    };
    state.documents.set(ref.id, { personId: p.id, ref, holder: nameOf(p) });
    return ref;
  }
  const kommuneOfficialName = (ags: string) => KOMMUNEN.find((k) => k.ags === ags)?.officialName ?? ags;

  function authenticate(headers: Headers): SessionEntry {
    const token = BEARER.exec(headers.get('Authorization') ?? '')?.[1];
    const session = token ? state.sessions.get(token) : undefined;
    if (!token || !session) throw new RuleViolation('UNAUTHENTICATED', 401);
    if (session.expiresAt <= now()) {
      state.sessions.delete(token);
      throw new RuleViolation('SESSION_EXPIRED', 401);
    }
    return session;
  }

  /** Closes the service with the same reason /v1/me reports (C3, C4, M1, A1, A2, A6 …). */
  function requireService(service: ServiceId, p: PersonRecord, ags: string) {
    const a = availability(service, p, ags, today(), enabledServices);
    if (!a.available) throw refused(a.reason!);
  }

  /**
   * A8 as the server: the key is checked first, a stored answer is replayed (or the key refused
   * for another body), otherwise `run` decides; only a successful answer is stored.
   */
  function idempotent(id: OperationId, session: SessionEntry, headers: Headers, body: unknown, run: () => unknown): Response {
    const key = headers.get('Idempotency-Key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw new RuleViolation('BAD_REQUEST', 400, { detail: 'An Idempotency-Key header (8–128 characters A–Z a–z 0–9 _ . : -) is required.' });
    const slot = `${session.personId}|${id}|${key}`;
    const request = JSON.stringify(body ?? null);
    const stored = state.idempotency.get(slot);
    if (stored) {
      if (stored.request !== request) throw new RuleViolation('IDEMPOTENCY_KEY_REUSED', 422);
      return json(200, stored.body);
    }
    const answer = checked(id, run());
    state.idempotency.set(slot, { request, body: answer });
    return json(200, answer);
  }

  // ------------------------------------------------------------------ operations

  async function handle(id: OperationId, params: Record<string, string>, headers: Headers, body: unknown): Promise<Response> {
    switch (id) {
      case 'getKommune': {
        const config = kommunen[params.ags ?? ''];
        if (!config) throw new RuleViolation('UNKNOWN_KOMMUNE', 404);
        return ok(id, config);
      }
      case 'verifyDocument': {
        const doc = [...state.documents.values()].find((d) => d.ref.verificationCode === params.code);
        if (!doc) throw new RuleViolation('VERIFICATION_NOT_FOUND', 404);
        const { type, number, issuedAt, issuer } = doc.ref;
        const sha256 = hex(await crypto.subtle.digest('SHA-256', PDF_BYTES));
        return ok(id, { valid: true, type, number, issuedAt, issuer, holderInitials: initials(doc.holder), sha256 });
      }
      case 'exchangeCode': {
        const request = body as { kommune: string; code: string; codeVerifier: string; redirectUri: string };
        const entry = state.codes.get(request.code);
        if (entry?.used) {
          // A replayed code may mean it was stolen: end whatever the first use produced.
          for (const token of entry.tokens) state.sessions.delete(token);
          throw new RuleViolation('AUTH_CODE_INVALID', 400);
        }
        if (!entry || entry.expiresAt <= now()) throw new RuleViolation('AUTH_CODE_INVALID', 400);
        entry.used = true; // one-time, whatever the outcome
        if (entry.kommune !== request.kommune) throw new RuleViolation('AUTH_CODE_INVALID', 400);
        if (cleanRedirect(request.redirectUri) !== entry.redirectUri) throw new RuleViolation('AUTH_REDIRECT_NOT_ALLOWED', 400);
        if ((await s256(request.codeVerifier)) !== entry.challenge) throw new RuleViolation('AUTH_PKCE_MISMATCH', 400);
        // C1: eIDAS level "hoch" only.
        if (entry.lowTrust) throw new RuleViolation('C1_TRUST_LEVEL_TOO_LOW', 403);
        // C2: the persona's eID attributes against the register, exactly as the server does.
        const eid = register.eidOfPersona(entry.persona);
        const person = eid && identify(eid, register.findByIdentity, today());
        if (!person) throw new RuleViolation('C2_IDENTIFICATION_FAILED', 403);
        const token = randomId(32);
        const expiresAt = now() + state.sessionLifetimeMs;
        state.sessions.set(token, { personId: person.id, kommune: entry.kommune, expiresAt });
        entry.tokens.push(token);
        return ok(id, { accessToken: token, tokenType: 'Bearer', expiresAt: new Date(expiresAt).toISOString() });
      }
      default:
        break;
    }
    throw new Error(`fake-api: ${id} is not a public operation`);
  }

  /** Operations that need a session; `body` is already validated by the contract. */
  function handleAuthenticated(id: OperationId, session: SessionEntry, params: Record<string, string>, headers: Headers, body: unknown): Response | Promise<Response> {
    const ags = session.kommune;
    const load = () => register.person(session.personId)!;
    const at = () => new Date(now());
    switch (id) {
      case 'extendSession': {
        session.expiresAt = now() + state.sessionLifetimeMs;
        return ok(id, { expiresAt: new Date(session.expiresAt).toISOString() });
      }
      case 'logout': {
        const token = BEARER.exec(headers.get('Authorization') ?? '')?.[1];
        if (token) state.sessions.delete(token);
        return ok(id, null);
      }
      case 'getMe': {
        const p = load();
        return ok(id, { name: nameOf(p), kommune: ref(ags), services: enabledServices.map((service) => availability(service, p, ags, today(), enabledServices)) });
      }
      case 'getMeldebescheinigungOptions': {
        const p = load();
        requireService('meldebescheinigung', p, ags);
        return ok(id, meldebescheinigungOptions(p, register.relatives(p.id), ags, today()));
      }
      case 'createMeldebescheinigung':
        return idempotent(id, session, headers, body, () => {
          const p = load();
          requireService('meldebescheinigung', p, ags);
          const request = body as Parameters<typeof zusatzFor>[0];
          // M2: always the caller's own record.
          const zusatzAngaben = zusatzFor(request, p, register.relatives(p.id), ags, today());
          const data = {
            art: request.art,
            person: { name: nameOf(p), dateOfBirth: p.dateOfBirth },
            residences: currentResidences(p, today()).map(toResidence),
            zusatzAngaben,
            keinSterbedatum: request.art === 'ERWEITERT' && request.keinSterbedatum,
          };
          return { ...data, document: issue('MELDEBESCHEINIGUNG', p, ags, at()) };
        });
      case 'getAbmeldungOptions': {
        const p = load();
        requireService('abmeldung-nebenwohnung', p, ags);
        return ok(id, abmeldungOptions(p, register.relatives(p.id), ags, today()));
      }
      case 'createAbmeldung':
        return idempotent(id, session, headers, body, () => {
          const p = load();
          requireService('abmeldung-nebenwohnung', p, ags);
          const request = body as Parameters<typeof checkAbmeldung>[0];
          const day = today();
          const checkedRequest = checkAbmeldung(request, p, register.relatives(p.id), ags, day);
          const time = at();
          const record = register.deregister({
            personId: p.id,
            residenceId: checkedRequest.residence.id,
            childResidenceIds: checkedRequest.children.map((c) => c.residence.id),
            moveOutDate: request.moveOutDate,
            registeredOn: day,
            at: time.toISOString(),
          });
          state.abmeldungen.push({
            persona: personaOfPerson(p.id),
            residenceId: record.residenceId,
            childIds: checkedRequest.children.map((c) => c.person.id),
            moveOutDate: record.moveOutDate,
            state: record.state,
          });
          return {
            id: record.id,
            person: { name: nameOf(p), dateOfBirth: p.dateOfBirth },
            residence: toResidence(checkedRequest.residence),
            moveOutDate: request.moveOutDate,
            registeredOn: day,
            state: record.state,
            late: checkedRequest.late,
            children: checkedRequest.children.map((c) => ({ name: nameOf(c.person), dateOfBirth: c.person.dateOfBirth })),
            document: issue('MELDEBESTAETIGUNG', p, ags, time),
          };
        });
      case 'getSperren': {
        const p = load();
        requireService('uebermittlungssperren', p, ags);
        return ok(id, sperrenState(p, register.relatives(p.id), today(), ref(ags)));
      }
      case 'changeSperren':
        return idempotent(id, session, headers, body, () => {
          const p = load();
          requireService('uebermittlungssperren', p, ags);
          const relatives = register.relatives(p.id);
          const changes = effectiveChanges(body as Parameters<typeof effectiveChanges>[0], sperrenState(p, relatives, today(), ref(ags)), p);
          const time = at();
          register.setSperren(p.id, changes, time.toISOString());
          const document = issue('SPERREN_QUITTUNG', p, ags, time);
          return { state: sperrenState(load(), relatives, today(), ref(ags)), changes, effectiveAt: time.toISOString(), document };
        });
      case 'getSelbstauskunft': {
        const p = load();
        requireService('selbstauskunft', p, ags);
        return ok(id, auskunft(p, ags));
      }
      case 'createSelbstauskunftDocument':
        return idempotent(id, session, headers, body, () => {
          const p = load();
          requireService('selbstauskunft', p, ags);
          return issue('SELBSTAUSKUNFT', p, ags, new Date(auskunft(p, ags).generatedAt));
        });
      case 'getDocumentPdf': {
        // The owner only; anyone else gets the same 404 as for a made-up id.
        const doc = state.documents.get(params.id ?? '');
        if (!doc || doc.personId !== session.personId) throw notFound();
        return new Response(new Blob([PDF_BYTES], { type: 'application/pdf' }), {
          status: 200,
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${doc.ref.number}.pdf"` },
        });
      }
      default:
        return problem(404, 'NOT_FOUND', { detail: `fake-api: ${id} is not implemented` });
    }
  }

  const auskunft = (p: PersonRecord, ags: string) =>
    selbstauskunft({
      person: p, relatives: register.relatives(p.id), register: ref(ags), today: today(), generatedAt: new Date(now()).toISOString(),
      recipients: register.transferRecipients(), retrievals: register.retrievals(p.id),
    });

  // ------------------------------------------------------------------ fetch

  /** Contract validation as the server's operation table: path parameters, then the body. */
  function validate(op: { params?: z.ZodMiniType; body?: z.ZodMiniType }, params: Record<string, string>, raw: unknown, id: OperationId): unknown {
    const parsedParams = op.params?.safeParse(params);
    if (parsedParams && !parsedParams.success) throw new RuleViolation('BAD_REQUEST', 400, { fields: parsedParams.error.issues.map((i) => ({ pointer: pointer(['params', ...i.path]) })) });
    if (!op.body) return undefined;
    // U6: the § 51/§ 52 blocks are not in the changeable set; answered with the rule code, not a schema error.
    if (id === 'changeSperren') {
      const changes = (raw as { changes?: unknown })?.changes;
      const fields = Array.isArray(changes)
        ? changes.flatMap((c, i) => (READ_ONLY_KEYS.includes((c as { key?: unknown })?.key as string) ? [{ pointer: `/changes/${i}/key`, code: 'U6_READ_ONLY' as const }] : []))
        : [];
      if (fields.length) throw new RuleViolation('U6_READ_ONLY', 422, { fields });
    }
    const parsed = op.body.safeParse(raw);
    if (!parsed.success) throw new RuleViolation('BAD_REQUEST', 400, { fields: parsed.error.issues.map((i) => ({ pointer: pointer(i.path) })) });
    return parsed.data;
  }

  const fakeFetch = async (input: Request | string | URL, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const signal = init.signal ?? request.signal;
    const url = new URL(request.url);
    if (!request.url.startsWith(baseUrl + '/')) throw new TypeError(`fake-api: unknown host for ${request.url}`);
    const path = url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length);
    const route = routes.find((r) => r.op.method === request.method && r.pattern.test(path));
    const text = request.method === 'GET' ? '' : await request.text();
    let raw: unknown;
    try {
      raw = text ? JSON.parse(text) : undefined;
    } catch {
      return problem(400, 'BAD_REQUEST', { detail: 'The body is not valid JSON.' });
    }
    if (!route) return problem(404, 'NOT_FOUND');
    const id = route.id;
    state.requests.push({
      operation: id,
      method: request.method,
      url: request.url,
      bearer: /^Bearer .+/.test(request.headers.get('Authorization') ?? ''),
      idempotencyKey: request.headers.get('Idempotency-Key') ?? undefined,
      body: raw,
    });

    await delay(state.latencyMs, signal);
    const fault = takeFault(state.faults, id);
    const faulty = fault && faultAnswer(fault, {
      signal,
      problem: (status, code) => problem(status, code),
      endSession: () => {
        const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
        if (token) state.sessions.delete(token);
      },
    });
    if (faulty) return faulty;

    const op = route.op as { auth: boolean; params?: z.ZodMiniType; body?: z.ZodMiniType };
    const params = (route.pattern.exec(path)?.groups ?? {}) as Record<string, string>;
    for (const k of Object.keys(params)) params[k] = decodeURIComponent(params[k]!);
    let response: Response;
    try {
      // As the server: the session first, then the parameters and the body.
      const session = op.auth ? authenticate(request.headers) : undefined;
      const body = validate(op, params, raw, id);
      response = await (session ? handleAuthenticated(id, session, params, request.headers, body) : handle(id, params, request.headers, body));
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      response = violation(error);
    }
    if (fault === 'drop-response') throw new TypeError('Failed to fetch (answer lost)');
    return response;
  };

  const api: FakeApi = {
    fetch: fakeFetch as typeof fetch,
    baseUrl,
    kommune,
    state,
    register,
    personOf(persona) {
      const p = register.personOfPersona(persona);
      if (!p) throw new Error(`fake-api: unknown persona ${persona}`);
      return p;
    },
    setBlocks(persona, active) {
      const at = new Date(now()).toISOString();
      api.personOf(persona).sperren = Object.entries(active).map(([key, setBy]) => ({ key: key as SperreKey, active: true, setBy: setBy!, changedAt: at }));
    },
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
      back.hash = '';
      if (outcome === 'cancel') {
        back.hash = `vois-error=AUTH_CANCELLED&vois-state=${query.state}`;
        return back.href;
      }
      const code = randomId(32);
      state.codes.set(code, {
        persona: who,
        kommune: query.kommune,
        challenge: query.code_challenge,
        redirectUri: back.href,
        expiresAt: now() + 60_000,
        lowTrust: outcome === 'low-trust',
        tokens: [],
        used: false,
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
