/**
 * Runs one scenario — a persona, requests in order, the expected status/code/shape of each
 * answer — against one target, and normalises the answers so that two targets can be compared:
 * ids, tokens, timestamps, verification codes, document numbers and PDF bytes differ by nature,
 * everything else must be equal.
 */
import type { OperationId, ProblemCode } from '@vois-online/client';
import { operations } from '@vois-online/client/contract';
import { addDays } from '@vois-online/domain/calendar';
import type { PersonaId } from '@vois-online/widgets/testing';
import type { Target } from './targets.ts';

/** What a step may read: earlier answers of the same target (raw) and the register's today. */
export interface Context {
  /** Answers saved with `save`, by name. */
  saved: Record<string, any>;
  today: string;
  /** `today` ± n days. */
  day(n: number): string;
}

type Dynamic<T> = T | ((c: Context) => T);

export interface RequestStep {
  op: OperationId;
  params?: Dynamic<Record<string, string>>;
  /** A JSON body (serialised) or, as a string, the raw body text. */
  body?: Dynamic<unknown>;
  /** Idempotency-Key; default for idempotent operations: a fresh key per step. */
  key?: string | null;
  /** Which session sends it (default `main`); `null` = no Authorization header; a string not starting with a session name is sent as the token itself. */
  session?: string | null;
  /** Expected answer. `code` for problems; `check` sees the normalised body. */
  expect: { status: number | number[]; code?: ProblemCode; check?: (body: any) => void };
  save?: string;
}

export interface LoginStep {
  login: PersonaId;
  kommune?: string;
  outcome?: 'ok' | 'low-trust';
  /** Session name (default `main`). */
  as?: string;
  expect?: { status: number; code?: ProblemCode };
}

export interface ClockStep {
  /** Moves the register's date (server: the sandbox clock; fake: `state.today`). */
  clock: Dynamic<string>;
}

export type Step = RequestStep | LoginStep | ClockStep;

export interface Scenario {
  name: string;
  /** Rule ids the scenario demonstrates (for the coverage check). */
  rules: string[];
  /** Logs this persona in first (session `main`) unless the steps start with their own login. */
  persona?: PersonaId;
  kommune?: string;
  steps: Step[];
}

export const STRAUSBERG = '12064472';

/** One normalised answer per step. */
export interface Transcript {
  steps: Array<{ step: number; status: number; body: unknown }>;
}

export async function runScenario(s: Scenario, target: Target): Promise<Transcript> {
  const sessions = new Map<string, string>();
  const saved: Record<string, any> = {};
  let today = await target.today();
  const ctx = (): Context => ({ saved, today, day: (n) => addDays(today, n) });
  const resolve = <T>(v: Dynamic<T>): T => (typeof v === 'function' ? (v as (c: Context) => T)(ctx()) : v);
  const ids = new Normaliser();
  const transcript: Transcript = { steps: [] };
  const steps: Step[] = s.persona && !(s.steps[0] && 'login' in s.steps[0]) ? [{ login: s.persona, ...(s.kommune && { kommune: s.kommune }) }, ...s.steps] : s.steps;

  for (const [i, step] of steps.entries()) {
    const where = `${s.name} — ${target.name}, step ${i + 1}`;
    if ('clock' in step) {
      const date = resolve(step.clock);
      await target.setToday(date);
      today = date;
      continue;
    }
    if ('login' in step) {
      const result = await target.login(step.login, step.kommune ?? s.kommune ?? STRAUSBERG, step.outcome ?? 'ok');
      const expected = step.expect ?? { status: 200 };
      assertAnswer(where, result.status, result.body, expected);
      if (result.token) sessions.set(step.as ?? 'main', result.token);
      transcript.steps.push({ step: i + 1, status: result.status, body: ids.normalise(result.body) });
      continue;
    }
    const op = operations[step.op];
    const params = step.params ? resolve(step.params) : {};
    const path = op.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
    const headers = new Headers();
    const session = step.session === undefined ? 'main' : step.session;
    if (session !== null) headers.set('Authorization', `Bearer ${sessions.get(session) ?? session}`);
    const key = step.key === undefined ? (op.idempotent ? `scenario-key-${i}-${Math.random().toString(36).slice(2)}` : null) : step.key;
    if (key !== null) headers.set('Idempotency-Key', key);
    let body: string | undefined;
    if (step.body !== undefined) {
      const value = resolve(step.body);
      body = typeof value === 'string' ? value : JSON.stringify(value);
      headers.set('Content-Type', 'application/json');
    }
    const res = await target.fetch(new Request(`${target.baseUrl}${path}`, { method: op.method, headers, ...(body !== undefined && { body }) }));
    const type = res.headers.get('Content-Type') ?? '';
    let raw: unknown;
    if (type.startsWith('application/pdf')) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      // Document bytes differ by nature (seal, timestamp); what must agree is that it is a PDF for this document.
      raw = { pdf: new TextDecoder().decode(bytes.slice(0, 5)), filename: /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? null };
    } else if (res.status === 204) raw = null;
    else raw = await res.json();
    if (step.save) saved[step.save] = raw;
    const normalised = ids.normalise(raw);
    assertAnswer(where, res.status, raw, step.expect);
    step.expect.check?.(normalised);
    transcript.steps.push({ step: i + 1, status: res.status, body: normalised });
  }
  return transcript;
}

function assertAnswer(where: string, status: number, body: unknown, expect: { status: number | number[]; code?: ProblemCode }) {
  const code = (body as { code?: string } | null)?.code;
  if (![expect.status].flat().includes(status) || (expect.code !== undefined && code !== expect.code)) {
    throw new Error(`${where}: expected ${expect.status}${expect.code ? ` ${expect.code}` : ''}, got ${status}${code ? ` ${code}` : ''}: ${JSON.stringify(body).slice(0, 600)}`);
  }
}

const ID_KEYS = new Set(['id', 'residenceId', 'residenceIds', 'childIds', 'documentId']);
const TIME_KEYS = new Set(['expiresAt', 'issuedAt', 'generatedAt', 'effectiveAt']);

/**
 * Replaces what legitimately differs between two implementations by stable placeholders: the
 * n-th distinct id seen in a scenario becomes `<id n>` (so "the same id again" still compares),
 * instants become `<time>`, secrets and per-document values become their kind.
 */
export class Normaliser {
  private readonly seen = new Map<string, string>();

  normalise(value: unknown, key = ''): unknown {
    if (Array.isArray(value)) return value.map((v) => this.normalise(v, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      const problem = 'code' in value && 'status' in value && 'type' in value;
      for (const [k, v] of Object.entries(value)) {
        // Problem titles and details are prose for developers; status, code and fields are the contract.
        if (problem && (k === 'title' || k === 'detail' || k === 'type')) continue;
        out[k] = this.normalise(v, k);
      }
      return out;
    }
    if (typeof value !== 'string') return value;
    if (ID_KEYS.has(key)) {
      if (!this.seen.has(value)) this.seen.set(value, `<id ${this.seen.size + 1}>`);
      return this.seen.get(value);
    }
    if (TIME_KEYS.has(key)) return '<time>';
    if (key === 'accessToken') return '<token>';
    if (key === 'verificationCode') return '<code>';
    if (key === 'verificationUrl') return '<verification-url>';
    if (key === 'sha256') return '<sha256>';
    if (key === 'number' || key === 'filename') return value.replace(/-\d{6}(\.pdf)?$/, '-<n>$1');
    return value;
  }
}
