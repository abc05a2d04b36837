import { join } from 'node:path';
import type { Hono } from 'hono';
import { createClock } from './clock.ts';
import { ConfigError, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { describeUrl, openPostgres } from './db/postgres.ts';
import { seedIfNew } from './db/seed.ts';
import type { SqlDatabase } from './db/sql.ts';
import { createSealer, createSealerPool, type Sealer } from './documents/index.ts';
import { loadSandboxTsa, type SandboxTsa } from './documents/timestamp/index.ts';
import { createPersonaDirectory, type PersonaDirectory } from './identity/personas.ts';
import type { IdentityProvider } from './identity/port.ts';
import { createExternalIdentityProvider, createExternalLogin } from './identity/external.ts';
import { createSandboxIdentityProvider } from './identity/sandbox.ts';
import { buildHttpApp } from './http/app.ts';
import type { Env, Services } from './http/context.ts';
import type { Register } from './register/port.ts';
import { createSqlRegister } from './register/sql.ts';
import type { Store } from './store/port.ts';
import { createSqlStore } from './store/sql.ts';

/**
 * The ports of the server, each replaceable (server README, "Ports"). What is not given is
 * built from the configuration: the store and the reference register on SQLite in dataDir, or
 * on PostgreSQL with `VOIS_DATABASE_URL`; the sandbox identity provider; a sealer in dataDir.
 */
export interface AppPorts {
  /** The operator's database: idempotency, documents, sessions, logins, access log, rate limits. */
  store?: Store;
  /** The registration register (register/port.ts); default: the reference register in the store's database. */
  register?: Register;
  /** Login (identity/port.ts); default: the sandbox persona picker on the store's logins. */
  identity?: IdentityProvider;
  /** Personas of the sandbox picker; default: read from the store's database. */
  personas?: PersonaDirectory;
  /** A prepared sealer (tests share one to skip key generation); default: created in dataDir. */
  sealer?: Sealer;
  /** The sandbox TSA served at /sandbox/tsa (tests share one); default: loaded from dataDir on first request. */
  sandboxTsa?: SandboxTsa;
  /** Real-time clock (ms); tests move it to expire codes and sessions. */
  now?: () => number;
  /** Operational log sink; default `console.log`. Never receives personal data. */
  log?: (line: string) => void;
}
/** Former name of `AppPorts`. */
export type AppOptions = AppPorts;

export interface VoisApp {
  /** Fetch handler (also usable without a socket, e.g. in a benchmark). */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  hono: Hono<Env>;
  services: Services;
  /** True when this start created and seeded the database. */
  seeded: boolean;
  close(): Promise<void>;
}

/** SQLite in dataDir, or PostgreSQL when `VOIS_DATABASE_URL` is set; migrated either way. */
export async function openConfiguredDatabase(config: Config, log: (line: string) => void): Promise<{ db: SqlDatabase; description: string }> {
  if (config.databaseUrl) return { db: await openPostgres(config.databaseUrl, { log }), description: `PostgreSQL ${describeUrl(config.databaseUrl)}` };
  return { db: openDatabase(config.dataDir).db, description: `SQLite ${join(config.dataDir, 'register.sqlite')}` };
}

/** Wires the app from the given ports and defaults for the rest (opening, migrating and seeding the database if needed). */
export async function createApp(config: Config, ports: AppPorts = {}): Promise<VoisApp> {
  const clock = createClock(ports.now);
  const log = ports.log ?? ((line: string) => console.log(line));
  const cleanup: Array<() => Promise<void> | void> = [];
  const closeAll = async () => {
    for (const fn of cleanup.reverse()) await fn();
  };
  try {
    let db: SqlDatabase | undefined = ports.store?.sql;
    let description = ports.store?.description;
    if (!ports.store) {
      const opened = await openConfiguredDatabase(config, log);
      db = opened.db;
      description = opened.description;
      cleanup.push(() => opened.db.close());
    }
    // The sandbox register is seeded only where the reference register lives.
    const seeded = !ports.register && db ? await seedIfNew(db, clock.today()) : false;
    const sealer =
      ports.sealer ??
      (config.sealThreads > 0
        ? await createSealerPool({ dataDir: config.dataDir, threads: config.sealThreads, tsaUrl: config.tsaUrl })
        : await createSealer({ dataDir: config.dataDir, tsaUrl: config.tsaUrl }));
    if (!ports.sealer) cleanup.push(() => sealer.close?.());
    const store =
      ports.store ??
      (await createSqlStore(db!, {
        clock, sealer, publicUrl: config.publicUrl, sessionTtlSeconds: config.sessionTtlSeconds, codeTtlSeconds: config.codeTtlSeconds,
        pendingLoginsPerClient: config.pendingLoginsPerClient, description: description!,
      }));
    const needDb = (what: string) => {
      if (!db) throw new ConfigError(`createApp: ${what} needs a store on a SQL database (store.sql) or must be passed in`);
      return db;
    };
    const register = ports.register ?? createSqlRegister(needDb('the reference register'), clock);
    const identity =
      ports.identity ??
      (config.identity.kind === 'sandbox' ? createSandboxIdentityProvider(store.logins) : createExternalIdentityProvider(store.logins, config.identity.kind));
    // Real login adapters (VOIS_IDENTITY=bundid|oidc); assertion ids are claimed in the shared store (no replay across instances).
    const externalLogin = await createExternalLogin(config, { identity, claimOnce: (key, expiresAt) => store.claimOnce(key, expiresAt), now: clock.now });
    const personas = identity.kind === 'sandbox' ? (ports.personas ?? createPersonaDirectory(needDb('the sandbox persona picker'), register)) : undefined;

    // The sandbox TSA exists only while no real one is configured; loaded lazily (most servers
    // never receive a request there) and a failed load is retried.
    let sandboxTsa: Promise<SandboxTsa> | undefined = ports.sandboxTsa && Promise.resolve(ports.sandboxTsa);
    const services: Services = {
      config,
      clock,
      register,
      identity,
      store,
      externalLogin,
      sessions: store.sessions,
      personas,
      documents: store.documents,
      idempotency: store.idempotency,
      sealer,
      sandboxTsa: config.tsaUrl
        ? undefined
        : () => (sandboxTsa ??= loadSandboxTsa(config.dataDir).catch((error: unknown) => {
            sandboxTsa = undefined;
            throw error;
          })),
      log,
      rateLimit: (bucket, client) => store.rateLimit(bucket, client, config.rateLimits[bucket]),
      logAccess: (entry) => store.logAccess(entry),
    };
    const hono = buildHttpApp(services);
    return { fetch: hono.fetch, hono, services, seeded, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
