import type { SperreKey } from '@vois-online/client/contract';
import type { AbmeldungRecord, AccessLogEntry, IsoDate, Kommune, PersonRecord, Relative, TransferRecipient } from './types.ts';

/**
 * The registration register as the services see it — the seam to the municipality's
 * registration software. The reference implementation (register/sql.ts) keeps the sandbox
 * register in the operator's own database (SQLite or PostgreSQL); a production adapter talks
 * to the real register (e.g. over XMeld/OSCI) and is passed to `createApp(config, { register })`.
 *
 * Reads and changes are async (a remote system). Municipality metadata (`kommune`, `kommunen`)
 * and the calendar date are configuration and stay synchronous.
 *
 * What a production adapter must guarantee:
 *  1. Idempotent changes. Every change carries `idempotencyKey` (unique per person, operation
 *     and the citizen's Idempotency-Key). Called again with the same key, the register must not
 *     change anything a second time and must answer with the result of the first call (same
 *     `AbmeldungRecord.id`). A key seen with a different change may be refused with an error.
 *  2. Read-your-writes: `person()` right after a change shows it.
 *  3. Errors: a rule the register enforces itself surfaces as an Error (answered 500 and logged
 *     by name); unreachable → throw `DatabaseUnavailable` (db/sql.ts) to answer 503 Retry-After.
 *
 * How a change whose answer was lost is retried without doubling: the server holds the
 * citizen's request under a per-person lock in the store's transaction, asks the register
 * (carrying the key), then writes document and idempotency record and commits. If the answer
 * of the register, or the commit, is lost, the store has no record and the client repeats the
 * request with the same Idempotency-Key (the widgets do so automatically); the server asks the
 * register again with the same key, the register answers with the first result instead of
 * changing twice, and the store now commits the one document and record. With the reference
 * register on the same database all of this is one transaction, so there is nothing to repeat.
 */
export interface Register {
  /** The register's calendar date (Europe/Berlin, or the sandbox clock). */
  today(): IsoDate;
  kommune(ags: string): Kommune | undefined;
  kommunen(): Kommune[];

  /** C2 candidates: exact (NFC) family name and date of birth. */
  findByIdentity(familyName: string, dateOfBirth: string): Promise<PersonRecord[]>;
  person(id: string): Promise<PersonRecord | undefined>;
  /** Spouse, children and parents (for minors) with their full records. */
  relatives(personId: string): Promise<Relative[]>;

  /** A1–A4: ends the given residences as of `moveOutDate` (pending when in the future). */
  deregister(input: { personId: string; residenceId: string; childResidenceIds: string[]; moveOutDate: IsoDate; registeredOn: IsoDate; at: string; idempotencyKey: string }): Promise<AbmeldungRecord>;
  /**
   * The deregistration made earlier under this idempotency key, if any: a retry after a lost
   * answer. The server then checks the rules against the register as it was before that change
   * and answers as the first time (the register returns the same record from `deregister`).
   */
  deregistrationFor(idempotencyKey: string): Promise<AbmeldungRecord | undefined>;
  /** U2: sets/removes blocks, effective at once. Setting the same state twice is harmless. */
  setSperren(input: { personId: string; changes: Array<{ key: SperreKey; active: boolean }>; at: string; idempotencyKey: string }): Promise<void>;

  /** S3: automated retrievals by third parties, security authorities excluded. */
  retrievals(personId: string): Promise<AccessLogEntry[]>;
  /** S2. */
  transferRecipients(): Promise<TransferRecipient[]>;
}
