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
// The fake answers like the server: it validates with the zod contract (tests, Storybook only).
import { AuskunftGroup, AuthorizeQuery, Problem, SperreKey, ZusatzAngabe, operations, problemTypeUri } from '@vois-online/client/contract';
import {
  s256,
  type Abmeldung,
  type AuskunftEntry,
  type AbmeldungOptions,
  type AbmeldungRequest,
  type DocumentRef,
  type KommuneConfig,
  type Meldebescheinigung,
  type MeldebescheinigungRequest,
  type OperationId,
  type ProblemCode,
  type Selbstauskunft,
  type ServiceId,
  type SperrenChange,
  type SperrenReceipt,
  type SperrenRequest,
  type SperrenState,
  type SperreRelevance,
  type TokenRequest,
} from '@vois-online/client';
import { kommunen } from './kommunen.ts';
import { auskunftData, personas, sperrenData, standardRecipients, type Persona, type PersonaChild, type PersonaId, type PersonaSperren } from './personas.ts';

export { kommunen, personas, type Persona, type PersonaChild, type PersonaId, type PersonaSperren };

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
  /** Pinned register date (A3/A4); `undefined` = the German date of `now()`. */
  today: string | undefined;
  /** Deregistrations carried out (A4, A8: a retry must never add a second one). */
  abmeldungen: FakeAbmeldung[];
  /** Übermittlungssperren per persona, created from `sperrenData` on first use; tests may change them. */
  sperren: Map<PersonaId, PersonaSperren>;
}

/** One deregistration in the fake register. */
export interface FakeAbmeldung {
  persona: PersonaId;
  residenceId: string;
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
    today: options.today,
    abmeldungen: [],
    sperren: new Map(),
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

  // ------------------------------------------------------------------ Abmeldung (A1–A8)

  const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });
  const registerToday = () => state.today ?? berlinDate.format(now());
  const addDays = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  /** Completed years; a partial birth date counts from its latest possible day (as the server). */
  const ageOn = (dateOfBirth: string, today: string) => {
    const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number | undefined, number | undefined];
    const month = m ?? 12;
    const day = d ?? new Date(Date.UTC(y, month, 0)).getUTCDate();
    const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
    return ty - y - (tm < month || (tm === month && td < day) ? 1 : 0);
  };
  const deregistered = (who: PersonaId, residenceId: string) =>
    state.abmeldungen.some((a) => a.persona === who && a.residenceId === residenceId);
  const childDeregistered = (who: PersonaId, childId: string, residenceId: string) =>
    state.abmeldungen.some((a) => a.persona === who && a.residenceId === residenceId && a.childIds.includes(childId));
  /** A1 + A2: open secondary residences held by this town, or all when it holds the main residence. */
  const deregistrable = (p: Persona, ags: string) => {
    const main = p.residences.find((r) => r.status !== 'NEBENWOHNUNG');
    return p.residences.filter(
      (r) => r.status === 'NEBENWOHNUNG' && !deregistered(p.id, r.id) && (r.authority.ags === ags || main?.authority.ags === ags),
    );
  };
  /** Why the service is closed (C3/C4 close everything; A6; A1; A2), as the server's /v1/me. */
  function abmeldungRefusal(p: Persona, ags: string): ProblemCode | undefined {
    if (p.refusal && !p.refusal.startsWith('M1_')) return p.refusal;
    if (!p.residences.some((r) => r.authority.ags === ags && !deregistered(p.id, r.id))) return 'C3_NOT_REGISTERED_HERE';
    if (p.legalGuardian) return 'A6_LEGAL_GUARDIAN';
    if (!p.residences.some((r) => r.status === 'NEBENWOHNUNG' && !deregistered(p.id, r.id))) return 'A1_NO_SECONDARY_RESIDENCE';
    return deregistrable(p, ags).length ? undefined : 'A2_WRONG_AUTHORITY';
  }
  function abmeldungAvailability(p: Persona, ags: string) {
    const reason = abmeldungRefusal(p, ags);
    return reason ? { service: 'abmeldung-nebenwohnung' as const, available: false, reason } : { service: 'abmeldung-nebenwohnung' as const, available: true };
  }
  /** A5: why a child cannot be included, or undefined. */
  const childReason = (c: PersonaChild, today: string): ProblemCode | undefined =>
    c.clerk ? 'C4_CLERK_REQUIRED' : ageOn(c.dateOfBirth, today) < 16 ? undefined : 'A5_CHILD_NOT_ELIGIBLE';
  function abmeldungOptions(p: Persona, ags: string): AbmeldungOptions {
    const today = registerToday();
    const residences = deregistrable(p, ags);
    const open = new Set(residences.map((r) => r.id));
    const children = (p.children ?? []).flatMap((c) => {
      const residenceIds = c.residenceIds.filter((r) => open.has(r) && !childDeregistered(p.id, c.id, r));
      if (!residenceIds.length) return [];
      const reason = childReason(c, today);
      return [{ id: c.id, name: c.name, dateOfBirth: c.dateOfBirth, residenceIds, eligible: !reason, ...(reason ? { reason } : {}) }];
    });
    return { residences, children, today, latestMoveOutDate: addDays(today, 7) };
  }
  /** Checks A1, A3, A5 like the server (422 with the field's pointer) and carries the deregistration out. */
  function abmelden(p: Persona, request: AbmeldungRequest, ags: string): Abmeldung | Response {
    const invalid = (code: ProblemCode, pointer: string) =>
      json(422, Problem.parse({ type: problemTypeUri(code), title: code, status: 422, code, fields: [{ pointer, code }] }), 'application/problem+json');
    const today = registerToday();
    const residence = p.residences.find((r) => r.id === request.residenceId);
    if (!residence) return problem(404, 'NOT_FOUND');
    if (!deregistrable(p, ags).some((r) => r.id === residence.id)) return invalid('A1_NOT_A_SECONDARY_RESIDENCE', '/residenceId');
    if (request.moveOutDate > addDays(today, 7)) return invalid('A3_MOVE_OUT_TOO_FAR_AHEAD', '/moveOutDate');
    if (residence.moveInDate && request.moveOutDate < residence.moveInDate) return invalid('A3_MOVE_OUT_BEFORE_MOVE_IN', '/moveOutDate');
    const children: PersonaChild[] = [];
    for (const [i, childId] of request.childIds.entries()) {
      const child = p.children?.find((c) => c.id === childId);
      if (!child) return problem(404, 'NOT_FOUND');
      const shared = child.residenceIds.includes(residence.id) && !childDeregistered(p.id, child.id, residence.id);
      const reason = shared ? childReason(child, today) : 'A5_CHILD_NOT_ELIGIBLE';
      if (reason) return invalid(reason, `/childIds/${i}`);
      children.push(child);
    }
    const abmeldung: FakeAbmeldung = {
      persona: p.id,
      residenceId: residence.id,
      childIds: children.map((c) => c.id),
      moveOutDate: request.moveOutDate,
      state: request.moveOutDate <= today ? 'WIRKSAM' : 'VORGEMERKT',
    };
    state.abmeldungen.push(abmeldung);
    const issuer = kommuneConfig(ags) ?? { ags, name: ags };
    documentCounter += 1;
    const code = verificationCode();
    const document: DocumentRef = {
      id: `doc-${randomId(12)}`,
      type: 'MELDEBESTAETIGUNG',
      number: `MBT-${new Date(now()).getUTCFullYear()}-${String(documentCounter).padStart(6, '0')}`,
      verificationCode: code,
      verificationUrl: `${baseUrl}/pruefung/${code}`,
      issuedAt: new Date(now()).toISOString(),
      issuer: { ags: issuer.ags, name: issuer.name },
    };
    state.documents.set(document.id, { persona: p.id, ref: document });
    return {
      id: `abm-${randomId(12)}`,
      person: { name: p.name, dateOfBirth: p.dateOfBirth },
      residence,
      moveOutDate: request.moveOutDate,
      registeredOn: today,
      state: abmeldung.state,
      late: request.moveOutDate < addDays(today, -14),
      children: children.map((c) => ({ name: c.name, dateOfBirth: c.dateOfBirth })),
      document,
    };
  }

  // ------------------------------------------------------------------ Selbstauskunft (S1–S5)

  /** `1988-04-12` → `12.04.1988`, `1950` → `1950`: register text, as the server writes it. */
  const germanDate = (value: string) => value.split('-').reverse().join('.');

  /** C3/C4 close every service, the Selbstauskunft too (M1 concerns the certificate only). */
  const selbstauskunftRefusal = (p: Persona): ProblemCode | undefined => (p.refusal && /^C[34]_/.test(p.refusal) ? p.refusal : undefined);

  /**
   * Everything "stored" about a persona: name, birth date and current residences are derived
   * from the persona; the rest comes from `auskunftData` (empty groups where nothing is given).
   */
  function buildSelbstauskunft(p: Persona, ags: string): Selbstauskunft {
    const data = auskunftData[p.id] ?? {};
    const o = data.origins ?? {};
    const withOrigin = (origin: string | undefined) => (origin ? { origin } : {});
    const derived: Partial<Record<AuskunftGroup, AuskunftEntry[]>> = {
      NAMEN: [
        { field: 'FAMILIENNAME', value: p.name.familyName, ...withOrigin(o.NAMEN) },
        ...(p.name.givenNames.length ? [{ field: 'VORNAMEN' as const, value: p.name.givenNames.join(' '), ...withOrigin(o.NAMEN) }] : []),
        ...(p.name.givenNameInUse !== undefined && p.name.givenNames[p.name.givenNameInUse]
          ? [{ field: 'RUFNAME' as const, value: p.name.givenNames[p.name.givenNameInUse]! }]
          : []),
        ...(p.name.doctoralDegree ? [{ field: 'DOKTORGRAD' as const, value: p.name.doctoralDegree }] : []),
      ],
      GEBURT: [{ field: 'GEBURTSDATUM', value: germanDate(p.dateOfBirth), ...withOrigin(o.GEBURT) }],
      ANSCHRIFTEN: p.residences.map((r) => {
        const a = r.address;
        const street = [`${a.street} ${a.houseNumber}`, a.addition].filter(Boolean).join(', ');
        return {
          field: r.status,
          value: `${street}, ${a.postalCode} ${a.city} (Meldebehörde: ${r.authority.name})`,
          ...(r.moveInDate ? { validFrom: r.moveInDate } : {}),
        };
      }),
    };
    const register = kommuneConfig(ags);
    return {
      register: { ags, name: register?.name ?? ags },
      generatedAt: new Date(now()).toISOString(),
      groups: AuskunftGroup.options.map((group) => ({ group, entries: [...(derived[group] ?? []), ...(data.entries?.[group] ?? [])] })),
      recipients: data.recipients ?? standardRecipients,
      retrievals: data.retrievals ?? [],
      familyDataWithheld: data.familyDataWithheld ?? false,
    };
  }

  function selbstauskunftDocument(p: Persona, ags: string): DocumentRef {
    const issuer = kommuneConfig(ags) ?? { ags, name: ags };
    documentCounter += 1;
    const code = verificationCode();
    const ref: DocumentRef = {
      id: `doc-${randomId(12)}`,
      type: 'SELBSTAUSKUNFT',
      number: `SA-${new Date(now()).getUTCFullYear()}-${String(documentCounter).padStart(6, '0')}`,
      verificationCode: code,
      verificationUrl: `${baseUrl}/pruefung/${code}`,
      issuedAt: new Date(now()).toISOString(),
      issuer: { ags: issuer.ags, name: issuer.name },
    };
    state.documents.set(ref.id, { persona: p.id, ref });
    return ref;
  }

  // ------------------------------------------------------------------ Übermittlungssperren (U1–U7, C5)

  /** The persona's blocks as the fake register holds them now (a copy of `sperrenData`, changed by saves). */
  function sperrenRecord(who: PersonaId): PersonaSperren {
    let record = state.sperren.get(who);
    if (!record) {
      const seed = sperrenData[who] ?? {};
      record = { ...seed, active: { ...seed.active } };
      state.sperren.set(who, record);
    }
    return record;
  }

  /** U3–U5 as the server's rules/sperren.ts: whether a block matters for this person now. */
  function sperreRelevance(key: SperreKey, p: Persona, record: PersonaSperren): SperreRelevance {
    const age = ageOn(p.dateOfBirth, registerToday());
    const nationalities = p.zusatz.STAATSANGEHOERIGKEITEN;
    const german = record.german ?? (!nationalities || nationalities.includes('deutsch'));
    switch (key) {
      case 'BUNDESWEHR':
        if (!german) return 'NOT_APPLICABLE';
        return age < 16 ? 'NOT_YET_RELEVANT' : age < 18 ? 'RELEVANT' : 'NO_LONGER_RELEVANT';
      case 'RELIGION_FAMILIE':
        return record.familyInOtherCommunity ? 'RELEVANT' : 'NOT_APPLICABLE';
      case 'PARTEIEN_WAHLEN':
        return age < 16 ? 'NOT_YET_RELEVANT' : 'RELEVANT';
      case 'JUBILAEEN':
      case 'ADRESSBUCH':
        return age < 18 ? 'NOT_YET_RELEVANT' : 'RELEVANT';
    }
  }

  function sperrenState(p: Persona, ags: string): SperrenState {
    const record = sperrenRecord(p.id);
    return {
      register: { ags, name: kommuneConfig(ags)?.name ?? ags },
      sperren: SperreKey.options.map((key) => {
        const setBy = record.active?.[key];
        const relevance = sperreRelevance(key, p, record);
        // C5: locked when set at a security authority's request; U3: an inapplicable block can only be lifted.
        const changeable = setBy !== 'SICHERHEITSBEHOERDE' && (relevance !== 'NOT_APPLICABLE' || setBy !== undefined);
        return { key, active: setBy !== undefined, relevance, changeable };
      }),
      auskunftssperre: { active: record.auskunftssperre === true },
      bedingterSperrvermerk: { active: record.bedingterSperrvermerk === true },
    };
  }

  /** Checks and applies a change request like the server (U2, U3, C5; 422 with the change's pointer). */
  function changeSperren(p: Persona, request: SperrenRequest, ags: string): SperrenReceipt | Response {
    const refused = (code: ProblemCode, pointer?: string) =>
      json(422, Problem.parse({ type: problemTypeUri(code), title: code, status: 422, code, ...(pointer ? { fields: [{ pointer, code }] } : {}) }), 'application/problem+json');
    const before = new Map(sperrenState(p, ags).sperren.map((s) => [s.key, s]));
    const seen = new Set<SperreKey>();
    const changes: SperrenChange[] = [];
    for (const [i, change] of request.changes.entries()) {
      if (seen.has(change.key)) return problem(400, 'BAD_REQUEST', 'Each block may appear once.');
      seen.add(change.key);
      const current = before.get(change.key)!;
      if (current.active === change.active) continue;
      if (sperrenRecord(p.id).active?.[change.key] === 'SICHERHEITSBEHOERDE') return refused('C5_SECURITY_BLOCK_LOCKED', `/changes/${i}`);
      if (change.active && current.relevance === 'NOT_APPLICABLE') return refused('U3_NOT_APPLICABLE', `/changes/${i}`);
      changes.push({ key: change.key, active: change.active });
    }
    if (!changes.length) return refused('U2_NO_CHANGES');
    const record = sperrenRecord(p.id);
    const active = { ...record.active };
    for (const c of changes) {
      if (c.active) active[c.key] = 'PERSON';
      else delete active[c.key];
    }
    record.active = active;
    const issuer = kommuneConfig(ags) ?? { ags, name: ags };
    documentCounter += 1;
    const code = verificationCode();
    const document: DocumentRef = {
      id: `doc-${randomId(12)}`,
      type: 'SPERREN_QUITTUNG',
      number: `UES-${new Date(now()).getUTCFullYear()}-${String(documentCounter).padStart(6, '0')}`,
      verificationCode: code,
      verificationUrl: `${baseUrl}/pruefung/${code}`,
      issuedAt: new Date(now()).toISOString(),
      issuer: { ags: issuer.ags, name: issuer.name },
    };
    state.documents.set(document.id, { persona: p.id, ref: document });
    return { state: sperrenState(p, ags), changes, effectiveAt: document.issuedAt, document };
  }

  /** C3/C4 close this service too (M1 concerns the certificate only). */
  const sperrenRefusal = (p: Persona): ProblemCode | undefined => (p.refusal && /^C[34]_/.test(p.refusal) ? p.refusal : undefined);

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
            service === 'meldebescheinigung' && p.refusal
              ? { service, available: false, reason: p.refusal }
              : service === 'abmeldung-nebenwohnung'
                ? abmeldungAvailability(p, session.kommune)
                : { service, available: true },
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
      case 'getAbmeldungOptions': {
        const refusal = abmeldungRefusal(p, session.kommune);
        if (refusal) return problem(403, refusal);
        return ok(id, abmeldungOptions(p, session.kommune));
      }
      case 'createAbmeldung': {
        // A8 first: a repeated key answers the stored result without touching the register.
        const key = headers.get('Idempotency-Key');
        if (!key) return problem(400, 'BAD_REQUEST', 'Idempotency-Key fehlt');
        const fingerprint = `abmeldung|${session.persona}|${JSON.stringify(body)}`;
        const seen = state.idempotency.get(key);
        if (seen) return seen.fingerprint === fingerprint ? json(seen.status, seen.body) : problem(422, 'IDEMPOTENCY_KEY_REUSED');
        const refusal = abmeldungRefusal(p, session.kommune);
        if (refusal) return problem(403, refusal);
        const result = abmelden(p, body as AbmeldungRequest, session.kommune);
        if (result instanceof Response) return result;
        const response = ok(id, result);
        state.idempotency.set(key, { fingerprint, status: 200, body: result });
        return response;
      }
      case 'getSelbstauskunft': {
        const refusal = selbstauskunftRefusal(p);
        if (refusal) return problem(403, refusal);
        return ok(id, buildSelbstauskunft(p, session.kommune));
      }
      case 'createSelbstauskunftDocument': {
        const key = headers.get('Idempotency-Key');
        if (!key) return problem(400, 'BAD_REQUEST', 'Idempotency-Key fehlt');
        const fingerprint = `${session.persona}|selbstauskunft`;
        const seen = state.idempotency.get(key);
        if (seen) return seen.fingerprint === fingerprint ? json(seen.status, seen.body) : problem(422, 'IDEMPOTENCY_KEY_REUSED');
        const refusal = selbstauskunftRefusal(p);
        if (refusal) return problem(403, refusal);
        const ref = selbstauskunftDocument(p, session.kommune);
        const response = ok(id, ref);
        state.idempotency.set(key, { fingerprint, status: 200, body: ref });
        return response;
      }
      case 'getSperren': {
        const refusal = sperrenRefusal(p);
        if (refusal) return problem(403, refusal);
        return ok(id, sperrenState(p, session.kommune));
      }
      case 'changeSperren': {
        // A8-style: a repeated key answers the stored receipt without touching the register.
        const key = headers.get('Idempotency-Key');
        if (!key) return problem(400, 'BAD_REQUEST', 'Idempotency-Key fehlt');
        const fingerprint = `sperren|${session.persona}|${JSON.stringify(body)}`;
        const seen = state.idempotency.get(key);
        if (seen) return seen.fingerprint === fingerprint ? json(seen.status, seen.body) : problem(422, 'IDEMPOTENCY_KEY_REUSED');
        const refusal = sperrenRefusal(p);
        if (refusal) return problem(403, refusal);
        const result = changeSperren(p, body as SperrenRequest, session.kommune);
        if (result instanceof Response) return result;
        const response = ok(id, result);
        state.idempotency.set(key, { fingerprint, status: 200, body: result });
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
