import type { Config } from '../config.ts';
import type { Clock } from '../clock.ts';
import type { Sealer } from '../documents/index.ts';
import type { SandboxTsa } from '../documents/timestamp/index.ts';
import type { ExternalLogin } from '../identity/external.ts';
import type { IdentityProvider, SessionRecord, SessionStore } from '../identity/port.ts';
import type { PersonaDirectory } from '../identity/personas.ts';
import type { DocumentStore } from '../issuing/store.ts';
import type { Register } from '../register/port.ts';
import type { AccessLogEntry, Kommune, PersonRecord } from '../register/types.ts';
import type { Store } from '../store/port.ts';
import type { IdempotencyStore } from './idempotency.ts';

/** Everything the routes need, built once by `createApp` from the injected or default ports. */
export interface Services {
  config: Config;
  clock: Clock;
  register: Register;
  identity: IdentityProvider;
  store: Store;
  /** The real login (BundID or OpenID Connect) when `VOIS_IDENTITY` is not the sandbox. */
  externalLogin: ExternalLogin | undefined;
  sessions: SessionStore;
  /** Test personas of the sandbox identity provider; absent with any other provider. */
  personas: PersonaDirectory | undefined;
  documents: DocumentStore;
  idempotency: IdempotencyStore;
  sealer: Sealer;
  /** The sandbox TSA behind `POST /sandbox/tsa`; absent when a real TSA is configured (VOIS_TSA_URL). */
  sandboxTsa: (() => Promise<SandboxTsa>) | undefined;
  /** Operational log (one line, never personal data). */
  log: (line: string) => void;
  rateLimit: (bucket: 'login' | 'token' | 'verification', client: string) => Promise<number | undefined>;
  /** C6 (store): one row per access. */
  logAccess: (entry: AccessLogEntry) => Promise<void>;
}

/** The caller of an authenticated operation: always scoped to the token's person and municipality. */
export interface Auth {
  token: string;
  session: SessionRecord;
  person: PersonRecord;
  kommune: Kommune;
}

export type Env = { Variables: { started: number } };
