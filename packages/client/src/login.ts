/**
 * The login round trip (authorization code + PKCE with a full-page redirect), as agreed in
 * `shared-api.md`:
 *
 * 1. `beginLogin` stores `{ verifier, kommune, redirectUri, flow, createdAt }` under
 *    `vois-login:<state>` and returns the authorize URL; the page navigates there.
 * 2. The server answers with `<redirect_uri>#vois-code=…&vois-state=…` (or `#vois-error=…`).
 * 3. `completeLogin` removes that fragment from the address bar first, checks the state, exchanges
 *    the code and sets the client's session.
 *
 * Storage and URL replacement are injected, so this module has no DOM dependency and runs in
 * Node as well (tests, server-side integrations).
 */
import type { Session } from './contract/auth.ts';
import type { ProblemCode } from './contract/problem.ts';
import { PROBLEM_CODES, isOneOf, problemTypeUri } from './contract/values.ts';
import type { VoisClient } from './client.ts';
import { RuleError } from './errors.ts';
import { createPkcePair, createState } from './pkce.ts';

/** The part of the Web Storage API the login needs; `sessionStorage` fits as is. */
export interface LoginStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** With `length` and `key` the entries of abandoned logins are swept away too. */
  readonly length?: number;
  key?(index: number): string | null;
}

export type FlowValue = string | number | boolean | null | FlowValue[] | { [key: string]: FlowValue };
/**
 * Non-personal state a widget needs to resume after the redirect, e.g.
 * `{ widget: 'vois-meldebescheinigung', step: 'auswahl', art: 'ERWEITERT' }`. It sits in
 * sessionStorage during the login, so never put personal data here.
 */
export type LoginFlow = { [key: string]: FlowValue };

export interface BeginLoginOptions {
  /** Where the server sends the browser back to, usually `location.href`; its fragment is dropped. */
  returnUrl: string;
  storage: LoginStorage;
  flow?: LoginFlow;
  /** The citizen's language: with `en` the identity provider's page is asked for English (`lang=en`). */
  lang?: 'de' | 'en';
}

export interface CompleteLoginOptions {
  /** The current address, usually `location.href`. */
  href: string;
  storage: LoginStorage;
  /** Replaces the address bar without a reload, e.g. `(clean) => history.replaceState(history.state, '', clean)`. */
  replaceUrl: (cleanHref: string) => void;
  signal?: AbortSignal;
}

export interface LoginResult {
  session: Session;
  flow: LoginFlow;
}

/** What `beginLogin` keeps in storage between leaving the page and coming back. */
interface LoginEntry {
  verifier: string;
  kommune: string;
  redirectUri: string;
  flow: LoginFlow;
  createdAt: number;
}

export const LOGIN_STORAGE_PREFIX = 'vois-login:';
/** An entry older than this belongs to an abandoned login (the server's codes live 60 s). */
export const LOGIN_MAX_AGE_MS = 10 * 60_000;

const STATE = /^[A-Za-z0-9_-]{22,128}$/;
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const CODE = /^[\x21-\x7e]{16,128}$/;

/** Prepares the login and returns the URL to navigate to (`location.assign(url)`). */
export async function beginLogin(client: VoisClient, options: BeginLoginOptions): Promise<string> {
  const now = Date.now();
  sweep(options.storage, now);
  const redirect = new URL(options.returnUrl);
  redirect.hash = '';
  const redirectUri = redirect.href;
  const { verifier, challenge } = await createPkcePair();
  const state = createState();
  const entry: LoginEntry = { verifier, kommune: client.options.kommune, redirectUri, flow: options.flow ?? {}, createdAt: now };
  options.storage.setItem(LOGIN_STORAGE_PREFIX + state, JSON.stringify(entry));
  // Field order as in `AuthorizeQuery`.
  const query = new URLSearchParams({
    kommune: client.options.kommune,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    redirect_uri: redirectUri,
  });
  // German is the default; only a different language is said (a UI hint, no personal data).
  if (options.lang === 'en') query.set('lang', 'en');
  return `${client.options.baseUrl}/v1/auth/authorize?${query}`;
}

/**
 * Finishes a login on return. Resolves `null` when the address carries no `vois-` fragment;
 * otherwise removes it from the address bar (always, also on failure), checks the state,
 * exchanges the code, sets `client.session` and resolves the session and the stored flow.
 *
 * Rejects with `RuleError`: `AUTH_STATE_INVALID` (unknown, replayed, expired or foreign
 * state), `AUTH_VERIFIER_MISSING`, the server's `vois-error` code (e.g. `AUTH_CANCELLED`),
 * `AUTH_CODE_INVALID`; plus every error of `exchangeCode` (`C1_TRUST_LEVEL_TOO_LOW`,
 * `C2_IDENTIFICATION_FAILED`, network, timeout …).
 */
export async function completeLogin(client: VoisClient, options: CompleteLoginOptions): Promise<LoginResult | null> {
  const { storage } = options;
  const parsed = parseReturnUrl(options.href);
  if (parsed) {
    // The one-time code must not stay in the address bar, history or a bookmark, whatever happens next.
    options.replaceUrl(parsed.cleanHref);
  }
  sweep(storage, Date.now());
  if (!parsed) return null;

  const { params } = parsed;
  const state = params.get('vois-state') ?? '';
  const key = LOGIN_STORAGE_PREFIX + state;
  const raw = STATE.test(state) ? storage.getItem(key) : null;
  if (raw === null) throw authError('AUTH_STATE_INVALID');
  // One use only: a reload or a second tab must not replay it.
  storage.removeItem(key);
  const entry = parseEntry(raw);
  // Expired, unreadable or begun for another municipality: not a login this client started.
  if (!entry || !isFresh(entry, Date.now()) || entry.kommune !== client.options.kommune) throw authError('AUTH_STATE_INVALID');

  const error = params.get('vois-error');
  if (error !== null) {
    throw authError(isOneOf(PROBLEM_CODES, error) ? error : 'AUTH_CODE_INVALID');
  }
  if (typeof entry.verifier !== 'string' || !VERIFIER.test(entry.verifier) || typeof entry.redirectUri !== 'string') {
    throw authError('AUTH_VERIFIER_MISSING');
  }
  const code = params.get('vois-code') ?? '';
  if (!CODE.test(code)) throw authError('AUTH_CODE_INVALID');

  const session = await client.exchangeCode({
    body: { kommune: entry.kommune, code, codeVerifier: entry.verifier, redirectUri: entry.redirectUri },
    signal: options.signal,
  });
  client.setSession(session);
  return { session, flow: entry.flow };
}

/** Splits `vois-*` fields off the fragment; `undefined` when there are none. */
function parseReturnUrl(href: string): { params: URLSearchParams; cleanHref: string } | undefined {
  const url = new URL(href);
  const parts = url.hash.slice(1).split('&');
  const ours = parts.filter((p) => p.startsWith('vois-'));
  if (ours.length === 0) return undefined;
  const rest = parts.filter((p) => p !== '' && !p.startsWith('vois-'));
  url.hash = rest.length > 0 ? rest.join('&') : '';
  return { params: new URLSearchParams(ours.join('&')), cleanHref: url.href };
}

/** Reads an entry; `undefined` for anything that is not a JSON object. Fields are checked by the caller. */
function parseEntry(raw: string): (Partial<LoginEntry> & { flow: LoginFlow }) | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entry = value as Partial<LoginEntry>;
    return {
      ...entry,
      createdAt: typeof entry.createdAt === 'number' ? entry.createdAt : undefined,
      flow: isObject(entry.flow) ? entry.flow : {},
    };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is LoginFlow => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Removes the entries of abandoned logins (older than ten minutes, or unreadable). */
function sweep(storage: LoginStorage, now: number): void {
  if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(LOGIN_STORAGE_PREFIX)) keys.push(key);
  }
  for (const key of keys) {
    const entry = parseEntry(storage.getItem(key) ?? '');
    if (!entry || !isFresh(entry, now)) storage.removeItem(key);
  }
}

/** Younger than ten minutes; a `createdAt` far in the future is as suspect as an old one. */
const isFresh = (entry: Partial<LoginEntry>, now: number) =>
  entry.createdAt !== undefined && Math.abs(now - entry.createdAt) <= LOGIN_MAX_AGE_MS;

function authError(code: ProblemCode): RuleError {
  return new RuleError({ type: problemTypeUri(code), title: code, status: 400, code });
}
