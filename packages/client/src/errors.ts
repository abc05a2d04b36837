import type { Problem, ProblemCode } from './contract/problem.ts';

/**
 * Every failure of the client is one of these, so a UI can switch on `kind`:
 * never a bare `TypeError`, never an unparsed body.
 */
export type VoisErrorKind =
  | 'network' // offline, DNS, CORS refused, connection reset
  | 'timeout' // no answer within `timeoutMs`
  | 'aborted' // the caller's AbortSignal fired
  | 'unauthorized' // no, invalid or expired session (401)
  | 'rule' // the server refused by a business or protocol rule (4xx problem with a code, incl. 429 RATE_LIMITED)
  | 'server' // 5xx
  | 'contract'; // the answer did not match the contract

export abstract class VoisError extends Error {
  abstract readonly kind: VoisErrorKind;
  /** Stable code for user texts; for `rule` the rule code of the problem. */
  abstract readonly code: ProblemCode | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'CONTRACT';
  /** Whether trying the same call again may succeed. */
  abstract readonly retryable: boolean;
}

export class NetworkError extends VoisError {
  readonly kind = 'network';
  readonly code = 'NETWORK';
  readonly retryable = true;
  override name = 'NetworkError';
}

export class TimeoutError extends VoisError {
  readonly kind = 'timeout';
  readonly code = 'TIMEOUT';
  readonly retryable = true;
  override name = 'TimeoutError';
}

export class AbortedError extends VoisError {
  readonly kind = 'aborted';
  readonly code = 'ABORTED';
  readonly retryable = false;
  override name = 'AbortedError';
}

/** A problem-details answer from the server. */
abstract class ProblemError extends VoisError {
  readonly status: number;
  readonly problem: Problem;
  override readonly code: ProblemCode;
  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}`);
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
  }
}

/** 401: log in (again). `code` is `SESSION_EXPIRED` or `UNAUTHENTICATED`. */
export class UnauthorizedError extends ProblemError {
  readonly kind = 'unauthorized';
  readonly retryable = false;
  override name = 'UnauthorizedError';
}

/** 4xx refusal with a rule code (`A3_MOVE_OUT_TOO_FAR_AHEAD`, `BAD_REQUEST`, …). */
export class RuleError extends ProblemError {
  readonly kind = 'rule';
  override name = 'RuleError';
  get retryable() {
    return this.code === 'RATE_LIMITED' || this.code === 'IDEMPOTENCY_REQUEST_IN_PROGRESS';
  }
}

/** 5xx. */
export class ServerError extends ProblemError {
  readonly kind = 'server';
  readonly retryable = true;
  override name = 'ServerError';
}

/** The answer (status, content type or body) did not match the contract. */
export class ContractError extends VoisError {
  readonly kind = 'contract';
  readonly code = 'CONTRACT';
  readonly retryable = false;
  override name = 'ContractError';
  /** HTTP status of the offending answer, if there was one. */
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** Builds the right error class for a problem-details answer. */
export function errorFromProblem(problem: Problem): VoisError {
  if (problem.status === 401) return new UnauthorizedError(problem);
  if (problem.status >= 500) return new ServerError(problem);
  return new RuleError(problem);
}

export const isVoisError = (e: unknown): e is VoisError => e instanceof VoisError;
