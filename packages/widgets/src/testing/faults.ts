/**
 * Fault injection of the fake API: what can go wrong between a widget and the server, per
 * operation, so tests and stories can show every error state. Independent of the register and
 * the rules — a fault decides before the request reaches them (or, `drop-response`, after).
 */
import type { OperationId, ProblemCode } from '@vois-online/client';

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

export interface FaultEntry {
  fault: Fault;
  /** How many more requests it hits (`Infinity` until cleared). */
  remaining: number;
}

/** The fault for this request of `id`, counting it down (and off the table when used up). */
export function takeFault(faults: Map<OperationId, FaultEntry>, id: OperationId): Fault | undefined {
  const entry = faults.get(id);
  if (!entry) return undefined;
  entry.remaining -= 1;
  if (entry.remaining <= 0) faults.delete(id);
  return entry.fault;
}

/**
 * What a fault does instead of the server's answer: rejects (network), never answers (hang),
 * or answers itself. `undefined` for `drop-response`, which lets the request through first.
 */
export function faultAnswer(
  fault: Fault,
  ctx: { signal: AbortSignal | null | undefined; problem: (status: number, code: ProblemCode) => Response; endSession: () => void },
): Response | Promise<Response> | undefined {
  switch (fault) {
    case 'network':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'hang':
      return hang(ctx.signal);
    case 'server-error':
      return ctx.problem(500, 'INTERNAL');
    case 'unavailable':
      return ctx.problem(503, 'SERVICE_UNAVAILABLE');
    case 'malformed-json':
      return new Response('{"art": "EINF', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'wrong-shape':
      return new Response(JSON.stringify({ unexpected: true, items: [1, 2, 3] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'session-expired':
      ctx.endSession();
      return ctx.problem(401, 'SESSION_EXPIRED');
    case 'drop-response':
      return undefined;
    default:
      return ctx.problem(fault.status ?? 403, fault.problem);
  }
}

const aborted = () => new DOMException('The operation was aborted.', 'AbortError');

/** No answer until the caller aborts (the client's timeout). */
function hang(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(aborted());
    signal?.addEventListener('abort', () => reject(aborted()), { once: true });
  });
}

/** Latency of every answer; an abort ends the wait. */
export function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(aborted());
      },
      { once: true },
    );
  });
}
