import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { loadIdentityConfig, type IdentityConfig } from './identity/config.ts';

/**
 * Server configuration. Everything comes from environment variables with safe defaults
 * (loopback only, sandbox clock off); `loadConfig` fails fast with a readable message so a
 * typo in a deployment never silently falls back to something unexpected.
 */
export interface RateLimit {
  /** Requests per window and client address. */
  max: number;
  windowSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  /** SQLite file, seal certificate and key live here. */
  dataDir: string;
  /** Absolute base URL printed on documents (verification links) and used as the page origin. */
  publicUrl: string;
  /** Origins allowed for CORS and as login `redirect_uri`, for every municipality. */
  allowedOrigins: string[];
  /** Extra origins per municipality (AGS → origins), from `VOIS_ALLOWED_ORIGINS_<AGS>`. */
  allowedOriginsByKommune: Record<string, string[]>;
  sessionTtlSeconds: number;
  /** One-time login code lifetime (shared-api.md: 60 s). */
  codeTtlSeconds: number;
  /** Enables `POST /v1/sandbox/clock` (tests only). */
  sandboxClock: boolean;
  /** Request bodies above this are refused with 413. */
  bodyLimitBytes: number;
  rateLimits: { login: RateLimit; token: RateLimit; verification: RateLimit };
  /** One line per request on stdout (method, route template, status, duration). */
  logRequests: boolean;
  /**
   * Threads that seal PDFs (`documents/seal-pool.ts`); 0 seals on the event loop (tests: no
   * start-up cost). A deployment gets one per core unless `VOIS_SEAL_THREADS` says otherwise.
   */
  sealThreads: number;
  /**
   * RFC 3161 time-stamping authority for the signature timestamps of sealed documents (PAdES B-T),
   * from `VOIS_TSA_URL`. Unset: the in-process sandbox TSA (key in dataDir, also served at
   * `POST /sandbox/tsa`).
   */
  tsaUrl: string | undefined;
  /**
   * PostgreSQL server for the store and the reference register (`VOIS_DATABASE_URL`,
   * postgres://user:password@host:5432/db), shared by every instance. Unset: SQLite in dataDir.
   */
  databaseUrl: string | undefined;
  /** Open logins per client address (`VOIS_PENDING_LOGINS_PER_ADDRESS`); beyond it the address's own oldest go. */
  pendingLoginsPerClient: number;
  /** Login: the sandbox persona picker (default), BundID over SAML, or an OpenID provider (`VOIS_IDENTITY`). */
  identity: IdentityConfig;
}

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const DEFAULT_PORT = 8787;

const origin = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an origin like https://www.example.de (scheme, host, optional port, no path)'),
);

const originList = z.pipe(
  z.string(),
  z.transform((value) => value.split(',').map((s) => s.trim().replace(/\/+$/, '')).filter(Boolean)),
);

const intFrom = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^\d+$/, 'must be a whole number')),
    z.pipe(z.transform((s: string) => Number(s)), z.int().check(z.minimum(min), z.maximum(max))),
  );

const flag = z.pipe(
  z.enum(['0', '1', 'true', 'false', '']),
  z.transform((s) => s === '1' || s === 'true'),
);

/** `login=30,token=30,verification=60` (requests per minute and address). */
const rateLimits = z.pipe(
  z.string().check(z.regex(/^(\s*(login|token|verification)=\d+\s*)(,\s*(login|token|verification)=\d+\s*)*$/, 'must look like login=30,token=30,verification=60')),
  z.transform((s) => Object.fromEntries(s.split(',').map((p) => p.trim().split('=')).map(([k, v]) => [k, Number(v)])) as Partial<Record<'login' | 'token' | 'verification', number>>),
);

const Env = z.object({
  VOIS_PORT: z.optional(intFrom(0, 65535)),
  VOIS_HOST: z.optional(z.string().check(z.minLength(1))),
  VOIS_DATA_DIR: z.optional(z.string().check(z.minLength(1))),
  VOIS_PUBLIC_URL: z.optional(z.url({ protocol: /^https?$/ })),
  VOIS_ALLOWED_ORIGINS: z.optional(originList),
  VOIS_SESSION_TTL_SECONDS: z.optional(intFrom(60, 86_400)),
  VOIS_SANDBOX_CLOCK: z.optional(flag),
  VOIS_RATE_LIMITS: z.optional(rateLimits),
  VOIS_LOG_REQUESTS: z.optional(flag),
  VOIS_SEAL_THREADS: z.optional(intFrom(0, 64)),
  VOIS_TSA_URL: z.optional(z.union([z.literal(''), z.url({ protocol: /^https?$/ })])),
  VOIS_DATABASE_URL: z.optional(z.union([z.literal(''), z.url({ protocol: /^postgres(ql)?$/, error: 'must be a URL like postgres://user:password@host:5432/database' })])),
  VOIS_PENDING_LOGINS_PER_ADDRESS: z.optional(intFrom(1, 10_000)),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:8080', 'http://127.0.0.1:8080'];

/** Defaults merged with `overrides`; what tests and the benchmark use to start in-process. */
export function defaultConfig(overrides: Partial<Config> = {}): Config {
  const port = overrides.port ?? DEFAULT_PORT;
  const host = overrides.host ?? '127.0.0.1';
  return {
    port,
    host,
    dataDir: resolve(repoRoot, '.data'),
    publicUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    allowedOrigins: DEFAULT_ALLOWED_ORIGINS,
    allowedOriginsByKommune: {},
    sessionTtlSeconds: 15 * 60,
    codeTtlSeconds: 60,
    sandboxClock: false,
    bodyLimitBytes: 16 * 1024,
    rateLimits: {
      login: { max: 30, windowSeconds: 60 },
      token: { max: 30, windowSeconds: 60 },
      verification: { max: 60, windowSeconds: 60 },
    },
    logRequests: true,
    sealThreads: 0,
    tsaUrl: undefined,
    databaseUrl: undefined,
    pendingLoginsPerClient: 100,
    identity: { kind: 'sandbox' },
    ...overrides,
  };
}

/** Reads and validates the environment; throws `ConfigError` with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('VOIS_') && v !== undefined));
  const parsed = Env.safeParse(picked);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      // A database URL may carry a password: never echo it.
      problems.push(`${name}: ${issue.message}${name === 'VOIS_DATABASE_URL' ? '' : ` (got "${String(picked[name])}")`}`);
    }
  }
  // Per-municipality allow-lists: VOIS_ALLOWED_ORIGINS_12064472=https://www.strausberg.de
  const byKommune: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(picked)) {
    const match = /^VOIS_ALLOWED_ORIGINS_(\d{8})$/.exec(key);
    if (!match) continue;
    const list = originList.parse(value);
    for (const o of list) if (!origin.safeParse(o).success) problems.push(`${key}: "${o}" is not an origin`);
    byKommune[match[1]!] = list;
  }
  if (parsed.success) {
    for (const o of parsed.data.VOIS_ALLOWED_ORIGINS ?? []) if (!origin.safeParse(o).success) problems.push(`VOIS_ALLOWED_ORIGINS: "${o}" is not an origin (scheme://host[:port])`);
  }
  const identity = loadIdentityConfig(picked, problems);
  if (problems.length || !parsed.success) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const e = parsed.data;
  const base = defaultConfig({ ...(e.VOIS_PORT !== undefined && { port: e.VOIS_PORT }), ...(e.VOIS_HOST && { host: e.VOIS_HOST }) });
  const limits = e.VOIS_RATE_LIMITS ?? {};
  return {
    ...base,
    dataDir: e.VOIS_DATA_DIR ? resolve(e.VOIS_DATA_DIR) : base.dataDir,
    publicUrl: (e.VOIS_PUBLIC_URL ?? base.publicUrl).replace(/\/+$/, ''),
    allowedOrigins: e.VOIS_ALLOWED_ORIGINS ?? base.allowedOrigins,
    allowedOriginsByKommune: byKommune,
    sessionTtlSeconds: e.VOIS_SESSION_TTL_SECONDS ?? base.sessionTtlSeconds,
    sandboxClock: e.VOIS_SANDBOX_CLOCK ?? false,
    logRequests: e.VOIS_LOG_REQUESTS ?? true,
    sealThreads: e.VOIS_SEAL_THREADS ?? availableParallelism(),
    tsaUrl: e.VOIS_TSA_URL || undefined,
    databaseUrl: e.VOIS_DATABASE_URL || undefined,
    pendingLoginsPerClient: e.VOIS_PENDING_LOGINS_PER_ADDRESS ?? base.pendingLoginsPerClient,
    identity,
    rateLimits: {
      login: { ...base.rateLimits.login, ...(limits.login !== undefined && { max: limits.login }) },
      token: { ...base.rateLimits.token, ...(limits.token !== undefined && { max: limits.token }) },
      verification: { ...base.rateLimits.verification, ...(limits.verification !== undefined && { max: limits.verification }) },
    },
  };
}

/** Allowed origins for one municipality (global list plus its own). */
export function originsFor(config: Config, ags: string): string[] {
  return [...config.allowedOrigins, ...(config.allowedOriginsByKommune[ags] ?? [])];
}

/** Every origin allowed anywhere (CORS preflights do not say which municipality they are for). */
export function allOrigins(config: Config): Set<string> {
  return new Set([...config.allowedOrigins, ...Object.values(config.allowedOriginsByKommune).flat()]);
}
