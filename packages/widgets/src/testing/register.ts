/**
 * The register of the widgets' test double: the shared seed (`@vois-online/domain/seed`) as
 * plain records in memory. Like the server's SQLite register it only stores and loads — every
 * decision is made by the domain functions the fake calls.
 */
import type { SperreKey } from '@vois-online/client/contract';
import { abmeldungState } from '@vois-online/domain/move-out';
import { seedData, TRANSFER_RECIPIENTS } from '@vois-online/domain/seed';
import { seedRecords } from '@vois-online/domain/seed-records';
import type { AbmeldungRecord, EidAttributes, AccessLogEntry, IsoDate, PersonRecord, Relative, TransferRecipient } from '@vois-online/domain/types';

export interface MemoryRegister {
  /** The register's calendar date. */
  today(): IsoDate;
  /** The live record (tests may change it to set up a case). */
  person(id: string): PersonRecord | undefined;
  /** What the persona's (simulated) ID card delivers (C2, C7). */
  eidOfPersona(personaId: string): EidAttributes | undefined;
  /** The person a sandbox persona logs in as. */
  personOfPersona(personaId: string): PersonRecord | undefined;
  /** C2 candidates: exact (NFC) family name and date of birth. */
  findByIdentity(familyName: string, dateOfBirth: string): PersonRecord[];
  relatives(personId: string): Relative[];
  /** A1–A4: ends the residences as of `moveOutDate` (pending when in the future). */
  deregister(input: { personId: string; residenceId: string; childResidenceIds: string[]; moveOutDate: IsoDate; registeredOn: IsoDate; at: string }): AbmeldungRecord;
  /** U2: sets/removes blocks; blocks set by a security authority are never touched (C5). */
  setSperren(personId: string, changes: Array<{ key: SperreKey; active: boolean }>, at: string): void;
  /** S3: retrievals by third parties, newest first, security authorities excluded. */
  retrievals(personId: string): AccessLogEntry[];
  transferRecipients(): TransferRecipient[];
}

/** Same order as the SQL register reads them: residences by move-in date, blocks by key. */
const byMoveIn = (a: { moveInDate?: string | undefined }, b: { moveInDate?: string | undefined }) => ((a.moveInDate ?? '') < (b.moveInDate ?? '') ? -1 : (a.moveInDate ?? '') > (b.moveInDate ?? '') ? 1 : 0);

export function createMemoryRegister(today: () => IsoDate): MemoryRegister {
  const data = seedData(today());
  const seed = seedRecords(data);
  const eids = new Map(data.personas.map((p) => [p.id, p.eid]));
  const persons = new Map(seed.persons.map((p) => [p.id, p]));
  let sequence = 0;

  const person = (id: string) => {
    const p = persons.get(id);
    if (!p) return undefined;
    p.residences.sort(byMoveIn);
    p.sperren.sort((a, b) => (a.key < b.key ? -1 : 1));
    return p;
  };

  return {
    today,
    person,
    eidOfPersona: (personaId) => eids.get(personaId),
    personOfPersona: (personaId) => {
      const id = seed.personaPerson.get(personaId);
      return id === undefined ? undefined : person(id);
    },
    findByIdentity: (familyName, dateOfBirth) => [...persons.keys()].map((id) => person(id)!).filter((p) => p.familyName === familyName && p.dateOfBirth === dateOfBirth),
    relatives(personId) {
      const out: Relative[] = [];
      for (const r of seed.relations) {
        if (r.kind !== 'EHEGATTE') continue;
        const other = r.personId === personId ? r.relatedId : r.relatedId === personId ? r.personId : undefined;
        if (other) out.push({ kind: 'EHEGATTE', person: person(other)!, ...(r.since && { since: r.since }) });
      }
      for (const r of seed.relations) if (r.kind === 'KIND' && r.personId === personId) out.push({ kind: 'KIND', person: person(r.relatedId)! });
      for (const r of seed.relations) if (r.kind === 'KIND' && r.relatedId === personId) out.push({ kind: 'ELTERNTEIL', person: person(r.personId)! });
      return out;
    },
    deregister(input) {
      const all = [...persons.values()].flatMap((p) => p.residences);
      for (const id of [input.residenceId, ...input.childResidenceIds]) {
        const residence = all.find((r) => r.id === id);
        // A last line of defence behind A1 and A8, as in the SQL register.
        if (!residence || residence.moveOutDate !== undefined) throw new Error('residence already deregistered');
        residence.moveOutDate = input.moveOutDate;
      }
      sequence += 1;
      return {
        id: `abm-${String(sequence).padStart(6, '0')}`,
        personId: input.personId,
        residenceId: input.residenceId,
        childResidenceIds: input.childResidenceIds,
        moveOutDate: input.moveOutDate,
        registeredOn: input.registeredOn,
        state: abmeldungState(input.moveOutDate, input.registeredOn),
        createdAt: input.at,
      };
    },
    setSperren(personId, changes, at) {
      const p = person(personId)!;
      for (const c of changes) {
        const stored = p.sperren.find((s) => s.key === c.key);
        if (!stored) p.sperren.push({ key: c.key, active: c.active, setBy: 'PERSON', changedAt: at });
        else if (stored.setBy === 'PERSON') Object.assign(stored, { active: c.active, changedAt: at });
      }
      p.sperren.sort((a, b) => (a.key < b.key ? -1 : 1));
    },
    retrievals: (personId) =>
      seed.accessLog.filter((l) => l.personId === personId && l.kind === 'ABRUF' && !l.securityAuthority).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
    transferRecipients: () => TRANSFER_RECIPIENTS.map((r) => ({ ...r })),
  };
}
