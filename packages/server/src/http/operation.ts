import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { operations, type OperationId, type Operations } from '@vois-online/client/contract';
import { originsFor } from '../config.ts';
import { sha256Hex } from '../ids.ts';
import { RuleViolation } from '../rules/violation.ts';
import type { Auth, Env, Services } from './context.ts';
import { canonicalJson } from './idempotency.ts';
import { pointer } from './problem.ts';

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;
type Op<K extends OperationId> = Operations[K];
type ParamsOf<K extends OperationId> = Op<K> extends { params: infer P } ? Infer<P> : undefined;
type BodyOf<K extends OperationId> = Op<K> extends { body: infer B } ? Infer<B> : undefined;
type AuthOf<K extends OperationId> = Op<K> extends { auth: true } ? Auth : undefined;
export type ResultOf<K extends OperationId> = Op<K>['response'] extends 'pdf'
  ? { pdf: Uint8Array; filename: string }
  : Op<K>['response'] extends null
    ? void
    : Infer<Op<K>['response']>;

export interface OpContext<K extends OperationId> {
  c: Context<Env>;
  params: ParamsOf<K>;
  body: BodyOf<K>;
  auth: AuthOf<K>;
  /**
   * Idempotent operations: the key a register change carries (register/port.ts) — unique per
   * person, operation and the client's Idempotency-Key, the same on every retry.
   */
  idempotencyKey: string;
}

/**
 * Idempotent operations run inside one store transaction together with the idempotency record
 * (A8); they name the document they issued so it can be sealed after commit.
 */
export type Handler<K extends OperationId> = Op<K> extends { idempotent: true }
  ? (ctx: OpContext<K>) => Promise<{ data: ResultOf<K>; documentId?: string }>
  : (ctx: OpContext<K>) => ResultOf<K> | Promise<ResultOf<K>>;

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

/** Thrown when our own answer does not match the contract: a bug, answered 500. */
class ContractViolation extends Error {
  override name = 'ContractViolation';
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

const validationProblem = (error: z.core.$ZodError, prefix = '') =>
  new RuleViolation('BAD_REQUEST', 400, { fields: error.issues.map((i) => ({ pointer: prefix + pointer(i.path) })) });

/**
 * Mounts one operation of the contract table: auth, parameter and body validation with the
 * contract schemas, idempotency, the handler, and validation of the answer before it leaves.
 */
export function mountOperation<K extends OperationId>(app: Hono<Env>, s: Services, id: K, handler: Handler<K>, options: MountOptions = {}) {
  const op = operations[id] as Operation;
  const method = op.method.toLowerCase() as 'get' | 'post' | 'put';

  app[method](honoPath(op.path), async (c) => {
    const auth = op.auth ? await authenticate(c, s) : undefined;

    let params: unknown;
    if (op.params) {
      const parsed = op.params.safeParse(c.req.param());
      if (!parsed.success) throw validationProblem(parsed.error, '/params');
      params = parsed.data;
    }

    let body: unknown;
    if (op.body) body = await readJsonBody(c, op.body, options.inspectRawBody);

    const ctx = { c, params, body, auth, idempotencyKey: '' } as OpContext<K>;

    if (op.idempotent) return runIdempotent(c, s, id, op, auth!, body, handler as unknown as IdempotentHandler, ctx);

    const result = await (handler as (ctx: OpContext<K>) => unknown)(ctx);
    return respond(s, id, op, result, options.cacheControl ?? 'no-store');
  });
}

export interface MountOptions {
  /** Sees the parsed JSON before schema validation, to answer a rule code instead of BAD_REQUEST (U6). */
  inspectRawBody?: (raw: unknown) => void;
  /** Cache-Control of a 200 answer; personal data stays `no-store` (the default). */
  cacheControl?: string;
}

type Operation = Operations[OperationId] & { params?: z.ZodMiniType; body?: z.ZodMiniType };
type IdempotentHandler = (ctx: OpContext<OperationId>) => Promise<{ data: unknown; documentId?: string }>;

async function authenticate(c: Context<Env>, s: Services): Promise<Auth> {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="vois"' };
  if (!match) throw new RuleViolation('UNAUTHENTICATED', 401, { headers: challenge });
  const token = match[1]!;
  const session = await s.sessions.lookup(token);
  if (session === 'expired') throw new RuleViolation('SESSION_EXPIRED', 401, { headers: { 'WWW-Authenticate': 'Bearer realm="vois", error="invalid_token"' } });
  if (session === 'unknown') throw new RuleViolation('UNAUTHENTICATED', 401, { headers: challenge });
  // The token is bound to one municipality: a page of another town may not use it.
  const origin = c.req.header('Origin');
  if (origin && origin !== new URL(s.config.publicUrl).origin && !originsFor(s.config, session.kommune).includes(origin)) {
    throw new RuleViolation('ORIGIN_NOT_ALLOWED', 403);
  }
  const person = await s.register.person(session.personId);
  const kommune = s.register.kommune(session.kommune);
  if (!person || !kommune) throw new RuleViolation('UNAUTHENTICATED', 401, { headers: challenge });
  return { token, session, person, kommune };
}

async function readJsonBody(c: Context<Env>, schema: z.ZodMiniType, inspect?: (raw: unknown) => void): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new RuleViolation('UNSUPPORTED_MEDIA_TYPE', 415);
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new RuleViolation('BAD_REQUEST', 400, { detail: 'The body is not valid JSON.' });
  }
  inspect?.(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationProblem(parsed.error);
  return parsed.data;
}

function serialize(s: Services, id: OperationId, schema: z.ZodMiniType, data: unknown): string {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    // Paths and issue codes only: values may be personal data.
    s.log(`contract violation in response of ${id}: ${parsed.error.issues.map((i) => `${pointer(i.path)} ${i.code}`).join(', ')}`);
    throw new ContractViolation(id);
  }
  return JSON.stringify(parsed.data);
}

function respond(s: Services, id: OperationId, op: Operation, result: unknown, cacheControl: string): Response {
  if (op.response === null) return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  if (op.response === 'pdf') {
    const { pdf, filename } = result as { pdf: Uint8Array; filename: string };
    return new Response(pdf, {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Content-Length': String(pdf.byteLength),
        'Cache-Control': 'no-store',
      },
    });
  }
  return new Response(serialize(s, id, op.response, result), { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': cacheControl } });
}

/**
 * A8. Everything that decides the outcome — lookup of the key, the rules, the register change,
 * the document row and the stored answer — happens in ONE store transaction that first takes
 * the person's lock (all instances): concurrent duplicates and concurrent changes of the same
 * person are serialised by the database, not by an event loop; the first commits, a duplicate
 * then finds its record, another change sees its effect. The unique (person, operation, key)
 * backs this up. The PDF is sealed after commit from the stored content; duplicates wait for
 * the same seal, so there is never a second document. A register outside the store's database
 * gets `idempotencyKey` with the change and must de-duplicate it (register/port.ts).
 */
async function runIdempotent(c: Context<Env>, s: Services, id: OperationId, op: Operation, auth: Auth, body: unknown, handler: IdempotentHandler, ctx: OpContext<OperationId>): Promise<Response> {
  const key = c.req.header('Idempotency-Key');
  if (!key || !KEY_PATTERN.test(key)) {
    throw new RuleViolation('BAD_REQUEST', 400, { detail: 'An Idempotency-Key header (8–128 characters A–Z a–z 0–9 _ . : -) is required.' });
  }
  const requestHash = sha256Hex(`${id}\n${canonicalJson(body ?? null)}`);
  const personId = auth.person.id;
  const outcome = await s.store.transaction(async () => {
    await s.store.lockPerson(personId);
    const stored = await s.idempotency.get(personId, id, key);
    if (stored) {
      if (stored.requestHash !== requestHash) throw new RuleViolation('IDEMPOTENCY_KEY_REUSED', 422);
      return { ...stored, replayed: true };
    }
    // Re-read the record inside the transaction: the register may have changed while the body
    // was being received (another tab, another key).
    const fresh = await s.register.person(personId);
    if (!fresh) throw new RuleViolation('UNAUTHENTICATED', 401);
    auth.person = fresh;
    const { data, documentId } = await handler({ ...ctx, idempotencyKey: `${personId}:${id}:${key}` });
    const json = serialize(s, id, op.response as z.ZodMiniType, data);
    const record = { requestHash, status: 200, body: json, documentId: documentId ?? null };
    await s.idempotency.put(personId, id, key, record, new Date(s.clock.now()).toISOString());
    return { ...record, replayed: false };
  });
  if (outcome.documentId) await s.documents.ready(outcome.documentId);
  return new Response(outcome.body, {
    status: outcome.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(outcome.replayed && { 'Idempotent-Replayed': 'true' }),
    },
  });
}
