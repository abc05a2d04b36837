import type { SperreKey } from '@vois-online/client/contract';
import type { AbmeldungRecord, AccessLogEntry, IsoDate, Kommune, PersonRecord, Relative, TransferRecipient } from './types.ts';

/**
 * The registration register as the services see it. The sandbox implements it on SQLite
 * (register/sqlite.ts); a production adapter would talk to the municipality's registration
 * software. Methods are synchronous so that a change and its idempotency record can share
 * one transaction (A8).
 */
export interface Register {
  /** The register's calendar date (Europe/Berlin, or the sandbox clock). */
  today(): IsoDate;
  kommune(ags: string): Kommune | undefined;
  kommunen(): Kommune[];

  /** C2 candidates: exact (NFC) family name and date of birth. */
  findByIdentity(familyName: string, dateOfBirth: string): PersonRecord[];
  person(id: string): PersonRecord | undefined;
  /** Spouse, children and parents (for minors) with their full records. */
  relatives(personId: string): Relative[];

  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;

  /** A1–A4: ends the given residences as of `moveOutDate` (pending when in the future). */
  deregister(input: { personId: string; residenceId: string; childResidenceIds: string[]; moveOutDate: IsoDate; registeredOn: IsoDate; at: string }): AbmeldungRecord;
  /** U2: sets/removes blocks, effective at once. */
  setSperren(personId: string, changes: Array<{ key: SperreKey; active: boolean }>, at: string): void;

  /** C6. */
  logAccess(entry: AccessLogEntry): void;
  /** S3: automated retrievals by third parties, security authorities excluded. */
  retrievals(personId: string): AccessLogEntry[];
  /** S2. */
  transferRecipients(): TransferRecipient[];
}
