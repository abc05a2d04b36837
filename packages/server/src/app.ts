import type { Hono } from 'hono';
import { createClock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { seedIfNew } from './db/seed.ts';
import { createSealer, createSealerPool, type Sealer } from './documents/index.ts';
import { loadSandboxTsa, type SandboxTsa } from './documents/timestamp/index.ts';
import { createPersonaDirectory } from './identity/personas.ts';
import { createMemoryClaimOnce } from './identity/claim-once.ts';
import { createExternalLogin } from './identity/external.ts';
import { createSandboxIdentityProvider } from './identity/sandbox.ts';
import { createSessionStore } from './identity/sessions.ts';
import { buildHttpApp } from './http/app.ts';
import type { Env, Services } from './http/context.ts';
import { createIdempotencyStore } from './http/idempotency.ts';
import { createRateLimiter } from './http/rate-limit.ts';
import { createDocumentStore } from './issuing/store.ts';
import { createSqliteRegister } from './register/sqlite.ts';

export interface AppOptions {
  /** A prepared sealer (tests share one to skip key generation); default: created in dataDir. */
  sealer?: Sealer;
  /** The sandbox TSA served at /sandbox/tsa (tests share one); default: loaded from dataDir on first request. */
  sandboxTsa?: SandboxTsa;
  /** Real-time clock (ms); tests move it to expire codes and sessions. */
  now?: () => number;
  /** Operational log sink; default `console.log`. Never receives personal data. */
  log?: (line: string) => void;
}

export interface VoisApp {
  /** Fetch handler (also usable without a socket, e.g. in a benchmark). */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  hono: Hono<Env>;
  services: Services;
  /** True when this start created and seeded the database. */
  seeded: boolean;
  close(): Promise<void>;
}

/** Opens (and on first start creates, migrates and seeds) the register and wires the app. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<VoisApp> {
  const clock = createClock(options.now);
  const { db } = openDatabase(config.dataDir);
  try {
    const seeded = seedIfNew(db, clock.today());
    const register = createSqliteRegister(db, clock);
    const sealer =
      options.sealer ??
      (config.sealThreads > 0
        ? await createSealerPool({ dataDir: config.dataDir, threads: config.sealThreads, tsaUrl: config.tsaUrl })
        : await createSealer({ dataDir: config.dataDir, tsaUrl: config.tsaUrl }));
    const limiter = createRateLimiter(clock.now);
    let sandboxTsa: Promise<SandboxTsa> | undefined = options.sandboxTsa && Promise.resolve(options.sandboxTsa);
    const identity = createSandboxIdentityProvider(clock, config.codeTtlSeconds);
    // Real login adapters (VOIS_IDENTITY=bundid|oidc). claimOnce: in memory until the shared store provides it.
    const externalLogin = await createExternalLogin(config, { identity, claimOnce: createMemoryClaimOnce(clock.now), now: clock.now });
    const services: Services = {
      config,
      clock,
      db,
      register,
      identity,
      externalLogin,
      sessions: createSessionStore(clock, config.sessionTtlSeconds),
      personas: createPersonaDirectory(db, register),
      documents: createDocumentStore(db, sealer, config.publicUrl),
      idempotency: createIdempotencyStore(db),
      sealer,
      // Lazily: most servers never receive a request there, and a failed load is retried.
      sandboxTsa: () => (sandboxTsa ??= loadSandboxTsa(config.dataDir).catch((error: unknown) => {
        sandboxTsa = undefined;
        throw error;
      })),
      log: options.log ?? ((line) => console.log(line)),
      rateLimit: (bucket, client) => limiter(bucket, client, config.rateLimits[bucket]),
    };
    const hono = buildHttpApp(services);
    const close = async () => {
      db.close();
      if (sealer !== options.sealer) await sealer.close?.();
    };
    return { fetch: hono.fetch, hono, services, seeded, close };
  } catch (error) {
    db.close();
    throw error;
  }
}
