import type { Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { Sealer } from '../documents/index.ts';
import type { SandboxTsa } from '../documents/timestamp/index.ts';
import type { ExternalLogin } from '../identity/external.ts';
import type { IdentityProvider, SessionRecord, SessionStore } from '../identity/port.ts';
import type { PersonaDirectory } from '../identity/personas.ts';
import type { DocumentStore } from '../issuing/store.ts';
import type { Register } from '../register/port.ts';
import type { Kommune, PersonRecord } from '../register/types.ts';
import type { IdempotencyStore } from './idempotency.ts';

/** Everything the routes need, built once by `createApp`. */
export interface Services {
  config: Config;
  clock: Clock;
  db: Db;
  register: Register;
  identity: IdentityProvider;
  /** The real login (BundID or OpenID Connect) when `VOIS_IDENTITY` is not the sandbox. */
  externalLogin: ExternalLogin | undefined;
  sessions: SessionStore;
  personas: PersonaDirectory;
  documents: DocumentStore;
  idempotency: IdempotencyStore;
  sealer: Sealer;
  /** The sandbox TSA behind `POST /sandbox/tsa` (key loaded or created on first use). */
  sandboxTsa: () => Promise<SandboxTsa>;
  /** Operational log (one line, never personal data). */
  log: (line: string) => void;
  rateLimit: (bucket: 'login' | 'token' | 'verification', client: string) => number | undefined;
}

/** The caller of an authenticated operation: always scoped to the token's person and municipality. */
export interface Auth {
  token: string;
  session: SessionRecord;
  person: PersonRecord;
  kommune: Kommune;
}

export type Env = { Variables: { started: number } };
